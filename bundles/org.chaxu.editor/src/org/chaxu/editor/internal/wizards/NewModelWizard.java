// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.internal.wizards;

import org.chaxu.core.ChaxuProjects;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Date;

import org.chaxu.editor.ChaxuEditor;
import org.chaxu.editor.internal.Ids;
import org.chaxu.editor.internal.Messages;
import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.GovernanceFactory;
import org.chaxu.governance.GovernanceModel;
import org.chaxu.governance.GovernancePackage;
import org.chaxu.governance.Level;
import org.chaxu.governance.Rank;
import org.chaxu.governance.util.GovernanceResourceFactoryImpl;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

/**
 * File → New → Chaxu model: a file name, then the region's name and its top unit with its
 * level. Writes a valid model (the unit, the reference date) and opens it in the Chaxu editor.
 */
public final class NewModelWizard extends Wizard implements INewWizard {

    private Messages messages;
    private IStructuredSelection selection;
    private IWorkbench workbench;
    private WizardNewFileCreationPage filePage;
    private RegionPage regionPage;

    @Override
    public void init(IWorkbench newWorkbench, IStructuredSelection newSelection) {
        this.workbench = newWorkbench;
        this.selection = newSelection;
        IResource selected = newSelection != null && newSelection.getFirstElement() instanceof IResource r ? r : null;
        messages = new Messages(ChaxuProjects.locale(selected == null ? null : selected.getProject()));
        setWindowTitle(messages.get("wizard.new.title"));
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        filePage = new WizardNewFileCreationPage("file", selection) {
            @Override
            protected InputStream getInitialContents() {
                return new ByteArrayInputStream(contents());
            }
        };
        filePage.setTitle(messages.get("wizard.new.title"));
        filePage.setDescription(messages.get("wizard.new.file"));
        filePage.setFileExtension("chaxu");
        filePage.setFileName("region.chaxu");
        addPage(filePage);
        regionPage = new RegionPage();
        addPage(regionPage);
    }

    @Override
    public boolean performFinish() {
        IFile file = filePage.createNewFile();
        if (file == null) {
            return false;
        }
        try {
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, ChaxuEditor.ID, true);
        } catch (PartInitException e) {
            // the file is created; it opens with a double-click
        }
        return true;
    }

    /** The new model as XMI: the region, its reference date, its top unit. */
    byte[] contents() {
        return contents(regionPage.region(), regionPage.unit(), regionPage.level(), new Date());
    }

    /** A new model with one unit at the top of the region. */
    public static byte[] contents(String region, String unitName, Level level, Date asOf) {
        GovernanceModel model = GovernanceFactory.eINSTANCE.createGovernanceModel();
        model.setName(region);
        model.setAsOf(asOf);
        Resource resource = new GovernanceResourceFactoryImpl().createResource(URI.createURI("new.chaxu"));
        resource.getContents().add(model);
        AdministrativeUnit unit = GovernanceFactory.eINSTANCE.createAdministrativeUnit();
        unit.setId(Ids.fresh(resource, unitName.isBlank() ? "unit" : unitName));
        unit.setName(unitName);
        unit.setLevel(level);
        unit.setRank(switch (level) {
        case CENTRAL -> Rank.NATIONAL;
        case PROVINCIAL -> Rank.MINISTERIAL;
        case PREFECTURAL -> Rank.PREFECTURAL;
        case COUNTY -> Rank.COUNTY;
        });
        model.getUnits().add(unit);
        // the unit's level and rank are spelled out even where they are the metamodel's defaults
        org.chaxu.engine.ModelFormat.keepWritten(unit, GovernancePackage.Literals.ADMINISTRATIVE_UNIT__LEVEL);
        org.chaxu.engine.ModelFormat.keepWritten(unit, GovernancePackage.Literals.ADMINISTRATIVE_UNIT__RANK);
        return org.chaxu.engine.ModelFormat.text(resource, null).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The region's name and its top unit. */
    final class RegionPage extends WizardPage {
        private Text region;
        private Text unit;
        private Combo level;

        RegionPage() {
            super("region");
            setTitle(messages.get("wizard.new.title"));
            setDescription(messages.get("wizard.new.region"));
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
            new Label(body, SWT.NONE).setText(messages.get("wizard.new.regionName"));
            region = new Text(body, SWT.BORDER);
            region.setText(messages.get("wizard.new.regionDefault"));
            GridDataFactory.fillDefaults().grab(true, false).applyTo(region);
            new Label(body, SWT.NONE).setText(messages.get("wizard.new.unitName"));
            unit = new Text(body, SWT.BORDER);
            unit.setText(messages.get("wizard.new.unitDefault"));
            GridDataFactory.fillDefaults().grab(true, false).applyTo(unit);
            new Label(body, SWT.NONE).setText(messages.get("wizard.new.level"));
            level = new Combo(body, SWT.READ_ONLY);
            for (Level literal : Level.VALUES) {
                level.add(messages.literal(literal));
            }
            level.select(Level.PROVINCIAL.getValue());
            region.addListener(SWT.Modify, e -> validate());
            unit.addListener(SWT.Modify, e -> validate());
            setControl(body);
            validate();
        }

        private void validate() {
            boolean ok = !region.getText().isBlank() && !unit.getText().isBlank();
            setErrorMessage(ok ? null : messages.get("wizard.new.missing"));
            setPageComplete(ok);
        }

        String region() {
            return region == null ? messages.get("wizard.new.regionDefault") : region.getText().trim();
        }

        String unit() {
            return unit == null ? messages.get("wizard.new.unitDefault") : unit.getText().trim();
        }

        Level level() {
            return level == null ? Level.PROVINCIAL : Level.get(level.getSelectionIndex());
        }
    }
}
