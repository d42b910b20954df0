// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal;

import java.net.URL;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.chaxu.engine.Finding;
import org.chaxu.engine.Severity;
import org.chaxu.governance.provider.GovernanceItemProviderAdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * The generated item providers of {@code org.chaxu.model.edit} seen through JFace: a tree
 * content provider over their children, a label provider with their icons (decorated with
 * the worst live finding inside the element) and our readable labels. EMF's own JFace
 * adapters live in EMF's UI bundles, which Chaxu does not use.
 */
public final class ItemProviders {

    private ItemProviders() {
    }

    /** Chaxu's item providers, plus EMF's resource and reflective ones as fallback. */
    public static ComposedAdapterFactory adapterFactory() {
        ComposedAdapterFactory factory = new ComposedAdapterFactory();
        factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        factory.addAdapterFactory(new GovernanceItemProviderAdapterFactory());
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        return factory;
    }

    /** The item providers' children (the containment tree) as a JFace tree. */
    public static final class TreeContent implements ITreeContentProvider {
        private final ComposedAdapterFactory factory;

        public TreeContent(ComposedAdapterFactory factory) {
            this.factory = factory;
        }

        @Override
        public Object[] getElements(Object input) {
            if (input instanceof Object[] array) {
                return array;
            }
            IStructuredItemContentProvider provider = (IStructuredItemContentProvider) factory.adapt(input,
                    IStructuredItemContentProvider.class);
            return provider == null ? new Object[0] : provider.getElements(input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            ITreeItemContentProvider provider = (ITreeItemContentProvider) factory.adapt(parent, ITreeItemContentProvider.class);
            return provider == null ? new Object[0] : provider.getChildren(parent).toArray();
        }

        @Override
        public Object getParent(Object element) {
            ITreeItemContentProvider provider = (ITreeItemContentProvider) factory.adapt(element, ITreeItemContentProvider.class);
            return provider == null ? null : provider.getParent(element);
        }

        @Override
        public boolean hasChildren(Object element) {
            ITreeItemContentProvider provider = (ITreeItemContentProvider) factory.adapt(element, ITreeItemContentProvider.class);
            return provider != null && provider.hasChildren(element);
        }
    }

    /** Updates the labels and icons of the elements whose findings changed (null: of every element). */
    public static void updateDecorations(org.eclipse.jface.viewers.StructuredViewer viewer, java.util.Set<?> changed) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        if (changed == null) {
            viewer.refresh(true);
        } else if (!changed.isEmpty()) {
            viewer.update(changed.toArray(), null);
        }
    }

    /** The item provider's icon of an element (EMF gives it as a URL). */
    public static ImageDescriptor icon(ComposedAdapterFactory factory, Object element) {
        IItemLabelProvider provider = (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
        Object image = provider == null ? null : provider.getImage(element);
        return image instanceof URL url ? ImageDescriptor.createFromURL(url) : null;
    }

    /** The small overlay for a severity (error, warning, information). */
    public static ImageDescriptor overlay(Severity severity) {
        ISharedImages shared = PlatformUI.getWorkbench().getSharedImages();
        return switch (severity) {
        case ERROR -> shared.getImageDescriptor(ISharedImages.IMG_DEC_FIELD_ERROR);
        case WARNING -> shared.getImageDescriptor(ISharedImages.IMG_DEC_FIELD_WARNING);
        case INFO -> ImageDescriptor.createFromImage(FieldDecorationRegistry.getDefault()
                .getFieldDecoration(FieldDecorationRegistry.DEC_INFORMATION).getImage());
        };
    }

    /** The full-size icon for a severity, as the Problems view shows it. */
    public static Image severityImage(Severity severity) {
        ISharedImages shared = PlatformUI.getWorkbench().getSharedImages();
        return switch (severity) {
        case ERROR -> shared.getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
        case WARNING -> shared.getImage(ISharedImages.IMG_OBJS_WARN_TSK);
        case INFO -> shared.getImage(ISharedImages.IMG_OBJS_INFO_TSK);
        };
    }

    /** The findings as lines "[RULE] message", or null when there are none. */
    public static String tooltip(List<Finding> findings) {
        return findings.isEmpty() ? null
                : findings.stream().map(Finding::text).collect(Collectors.joining("\n"));
    }

    /** At most this many characters on a line of a tooltip, so that it fits the screen. */
    static final int TOOLTIP_LINE = 100;

    /** A tooltip's text with its long lines broken at spaces (or, in Chinese, anywhere) to fit the screen. */
    public static String wrapped(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            while (line.length() > TOOLTIP_LINE) {
                int cut = line.lastIndexOf(' ', TOOLTIP_LINE);
                if (cut < TOOLTIP_LINE / 2) {
                    cut = TOOLTIP_LINE; // no space near: Chinese, or a long token
                }
                out.append(line, 0, cut).append('\n');
                line = line.substring(cut).stripLeading();
            }
            out.append(line);
        }
        return out.toString();
    }
}
