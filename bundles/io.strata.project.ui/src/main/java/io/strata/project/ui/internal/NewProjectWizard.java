package io.strata.project.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.actions.WorkspaceModifyOperation;

import io.strata.core.project.NewProject;
import io.strata.core.project.ProjectException;
import io.strata.core.project.Stage;
import io.strata.ui.internal.project.StrataNature;

/**
 * File > New > Strata Project: name, folder and plan, then the first stage (the reference) with
 * Test Connection. Finish writes the project's files, makes it a workspace project with the Strata
 * nature, keeps the password in secure storage and shows the project in the navigator.
 */
public final class NewProjectWizard extends Wizard implements INewWizard {

    private ProjectPage projectPage;
    private ConnectionPage connectionPage;

    public NewProjectWizard() {
        setWindowTitle(Messages.PROJECT_WIZARD_TITLE);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        // a new project does not depend on the selection
    }

    @Override
    public void addPages() {
        projectPage = new ProjectPage();
        connectionPage = new ConnectionPage(Messages.FIRST_STAGE_PAGE_TITLE, Messages.FIRST_STAGE_PAGE_DESCRIPTION,
                () -> projectPage.dir(), java.util.List.of(), null, "DEV");
        addPage(projectPage);
        addPage(connectionPage);
    }

    @Override
    public boolean performFinish() {
        Stage stage = connectionPage.stage();
        NewProject project = projectPage.project(stage);
        Path dir = projectPage.dir();
        boolean defaultLocation = projectPage.isDefaultLocation();
        IProject[] created = new IProject[1];
        try {
            getContainer().run(true, false, new WorkspaceModifyOperation() {
                @Override
                protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException, InvocationTargetException {
                    SubMonitor progress = SubMonitor.convert(monitor, String.format(Messages.CREATING, project.name()), 3);
                    try {
                        project.create(dir);
                    } catch (ProjectException e) {
                        throw new InvocationTargetException(e);
                    }
                    progress.worked(1);
                    IWorkspace workspace = ResourcesPlugin.getWorkspace();
                    IProject resource = workspace.getRoot().getProject(project.name());
                    IProjectDescription description = workspace.newProjectDescription(project.name());
                    if (!defaultLocation) {
                        description.setLocation(IPath.fromPath(dir));
                    }
                    description.setNatureIds(new String[] { StrataNature.ID });
                    resource.create(description, progress.split(1));
                    resource.open(progress.split(1));
                    // Change logs, plans and rules are UTF-8 (Liquibase and Strata read them so); saying
                    // it here also keeps the "no explicit encoding" warning out of the Problems view.
                    resource.setDefaultCharset("UTF-8", null);
                    created[0] = resource;
                }
            });
        } catch (InvocationTargetException e) {
            setErrorOn(String.format(Messages.NOT_CREATED, Wizards.message(e)));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        Wizards.storePassword(project.name(), stage, connectionPage.password());
        Wizards.reveal(created[0]);
        return true;
    }

    private void setErrorOn(String message) {
        ((org.eclipse.jface.wizard.WizardPage) getContainer().getCurrentPage()).setErrorMessage(message);
    }
}
