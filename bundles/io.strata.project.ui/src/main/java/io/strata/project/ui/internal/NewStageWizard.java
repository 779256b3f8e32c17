package io.strata.project.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;

import io.strata.core.StrataProjects;
import io.strata.core.project.DeploymentPlan;
import io.strata.core.project.PlanFile;
import io.strata.core.project.ProjectException;
import io.strata.core.project.Stage;
import io.strata.core.project.StrataProject;

/**
 * New > Stage on a Strata project, its Deployment Plans folder or a plan: the connection page with
 * Test Connection; Finish appends the stage to the plan file, keeping its text and comments.
 */
public final class NewStageWizard extends Wizard implements INewWizard {

    private static final List<String> USUAL_STAGES = List.of("DEV", "TEST", "UAT", "PROD");

    private IProject project;
    private StrataProject strata;
    private DeploymentPlan selectedPlan;
    private String problem;
    private ConnectionPage connectionPage;

    public NewStageWizard() {
        setWindowTitle(Messages.STAGE_WIZARD_TITLE);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        IResource resource = selection == null ? null : Adapters.adapt(selection.getFirstElement(), IResource.class);
        project = resource == null ? null : resource.getProject();
        if (project == null || project.getLocation() == null || !StrataProjects.isStrataProject(dir())) {
            problem = Messages.NO_PROJECT;
            return;
        }
        try {
            strata = StrataProject.load(dir());
        } catch (ProjectException e) {
            problem = String.format(Messages.NOT_READABLE, e.describe());
            return;
        }
        if (strata.plans().isEmpty()) {
            problem = String.format(Messages.NOT_READABLE, "the project has no deployment plan in 'Deployment Plans/'");
            return;
        }
        selectedPlan = strata.plans().get(0);
        if (resource instanceof IFile file && file.getLocation() != null) {
            for (DeploymentPlan plan : strata.plans()) {
                if (plan.file().toAbsolutePath().normalize().equals(file.getLocation().toPath().toAbsolutePath().normalize())) {
                    selectedPlan = plan;
                }
            }
        }
    }

    private Path dir() {
        return project.getLocation().toPath();
    }

    @Override
    public void addPages() {
        if (problem != null) {
            addPage(new ProblemPage(problem));
            return;
        }
        Set<String> used = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        selectedPlan.stages().forEach(s -> used.add(s.name()));
        String next = USUAL_STAGES.stream().filter(s -> !used.contains(s)).findFirst().orElse("");
        connectionPage = new ConnectionPage(Messages.STAGE_PAGE_TITLE, Messages.STAGE_PAGE_DESCRIPTION, this::dir,
                strata.plans(), selectedPlan, next);
        addPage(connectionPage);
    }

    @Override
    public boolean canFinish() {
        return problem == null && super.canFinish();
    }

    @Override
    public boolean performFinish() {
        Stage stage = connectionPage.stage();
        DeploymentPlan plan = connectionPage.plan();
        try {
            PlanFile.appendStage(plan.file(), stage);
        } catch (ProjectException e) {
            connectionPage.setErrorMessage(String.format(Messages.NOT_ADDED, e.describe()));
            return false;
        }
        IFile file = project.getFile(dir().relativize(plan.file()).toString());
        try {
            file.refreshLocal(IResource.DEPTH_ZERO, null);
        } catch (CoreException e) {
            // the navigator refreshes on its own later
        }
        Wizards.storePassword(project.getName(), stage, connectionPage.password());
        Wizards.reveal(Files.exists(plan.file()) ? file : project);
        return true;
    }

    /** The only page when the wizard cannot run: says why. */
    private static final class ProblemPage extends WizardPage {

        ProblemPage(String problem) {
            super("problem");
            setTitle(Messages.STAGE_PAGE_TITLE);
            setErrorMessage(problem);
            setPageComplete(false);
        }

        @Override
        public void createControl(Composite parent) {
            setControl(new Composite(parent, org.eclipse.swt.SWT.NONE));
        }
    }
}
