package io.strata.rules.ui.internal.wizard;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

import io.strata.core.RulesPhase;
import io.strata.rules.ui.RulesUi;
import io.strata.rules.ui.internal.drl.Messages;
import io.strata.rules.ui.internal.drl.RulesFileName;

/**
 * Create Rules File: asks for the phase folder (preset from the selection) and a file name,
 * creates the file with the phase's template and opens it in the DRL editor.
 */
public final class NewRulesFileWizard extends Wizard implements INewWizard {

    private IWorkbench workbench;
    private NewRulesFilePage page;
    private IFile created;

    public NewRulesFileWizard() {
        setWindowTitle(Messages.get("wizard.title"));
        setNeedsProgressMonitor(false);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
        IResource selected = selection == null || selection.isEmpty() ? null
                : Adapters.adapt(selection.getFirstElement(), IResource.class);
        IFolder phaseFolder = selected == null ? null : RulesFolders.phaseFolderOf(selected);
        IProject project;
        RulesPhase phase;
        if (phaseFolder != null) {
            project = phaseFolder.getProject();
            phase = RulesFolders.phaseOf(phaseFolder);
        } else {
            project = selected != null && RulesFolders.isStrataProject(selected.getProject()) ? selected.getProject()
                    : RulesFolders.firstStrataProject();
            phase = RulesPhase.FORECAST;
        }
        page = new NewRulesFilePage(project, phase);
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        CreateRulesFile operation = page.operation();
        RulesFileName name = operation.check(page.typedName());
        if (!name.ok()) {
            page.setErrorMessage(name.error());
            return false;
        }
        try {
            created = operation.perform(name, new NullProgressMonitor());
        } catch (CoreException e) {
            page.setErrorMessage(Messages.get("wizard.createFailed", name.fileName(), e.getStatus().getMessage()));
            return false;
        }
        IWorkbenchPage activePage = workbench == null || workbench.getActiveWorkbenchWindow() == null ? null
                : workbench.getActiveWorkbenchWindow().getActivePage();
        if (activePage != null) {
            try {
                IDE.openEditor(activePage, created, RulesUi.EDITOR_ID, true);
            } catch (PartInitException e) {
                page.setErrorMessage(Messages.get("wizard.createFailed", name.fileName(), e.getMessage()));
                return false;
            }
        }
        return true;
    }

    /** The file Finish created, or {@code null}. */
    public IFile created() {
        return created;
    }
}
