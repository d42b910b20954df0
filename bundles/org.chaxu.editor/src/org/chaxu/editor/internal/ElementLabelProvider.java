// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal;

import java.util.function.Supplier;

import org.chaxu.engine.Severity;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/**
 * The editor's one label provider (trees, tables, the outline): icons of the item providers, the
 * texts of {@link ElementLabels}, the worst live finding as an overlay and the
 * findings as a tooltip. The images live as long as the control it is made for.
 */
public class ElementLabelProvider extends ColumnLabelProvider {
    private final ComposedAdapterFactory factory;
    private final ElementLabels labels;
    private final Supplier<LiveFindings> findings;
    private final LocalResourceManager images;

    public ElementLabelProvider(ComposedAdapterFactory factory, ElementLabels labels, Supplier<LiveFindings> findings, Control owner) {
        this.factory = factory;
        this.labels = labels;
        this.findings = findings;
        this.images = new LocalResourceManager(JFaceResources.getResources(), owner);
    }

    @Override
    public String getText(Object element) {
        return labels.text(element);
    }

    @Override
    public Image getImage(Object element) {
        ImageDescriptor base = ItemProviders.icon(factory, element);
        if (base == null) {
            return null;
        }
        Severity worst = element instanceof EObject e ? findings.get().worstInside(e) : null;
        ImageDescriptor overlay = worst == null ? null : ItemProviders.overlay(worst);
        return images.create(overlay == null ? base : new DecorationOverlayIcon(base, overlay, IDecoration.BOTTOM_LEFT));
    }

    @Override
    public String getToolTipText(Object element) {
        return element instanceof EObject e ? ItemProviders.wrapped(ItemProviders.tooltip(findings.get().on(e))) : null;
    }

    /** An element of another file (a registry unit) is greyed: shown, not edited here. */
    @Override
    public org.eclipse.swt.graphics.Color getForeground(Object element) {
        return labels.isForeign(element)
                ? org.eclipse.swt.widgets.Display.getCurrent().getSystemColor(org.eclipse.swt.SWT.COLOR_DARK_GRAY) : null;
    }
}
