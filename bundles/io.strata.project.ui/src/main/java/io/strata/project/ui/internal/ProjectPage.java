package io.strata.project.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Composite;

import io.strata.core.project.NewProject;

/** The new project's name, folder and deployment plan name. */
final class ProjectPage extends WizardPage {

    private Text name;
    private Button defaultLocation;
    private Text location;
    private Button browse;
    private Text plan;

    ProjectPage() {
        super("project");
        setTitle(Messages.PROJECT_PAGE_TITLE);
        setDescription(Messages.PROJECT_PAGE_DESCRIPTION);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Form form = new Form(parent, 3, this::changed);
        name = form.text(Messages.PROJECT_NAME, "project.name", 0, 2);
        new Label(form.composite, SWT.NONE).setLayoutData(new GridData());
        defaultLocation = Form.id(new Button(form.composite, SWT.CHECK), "project.defaultLocation");
        defaultLocation.setText(Messages.DEFAULT_LOCATION);
        defaultLocation.setSelection(true);
        defaultLocation.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1));
        defaultLocation.addListener(SWT.Selection, e -> changed());
        location = form.text(Messages.LOCATION, "project.location", 0, 1);
        browse = new Button(form.composite, SWT.PUSH);
        browse.setText(Messages.BROWSE);
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setFilterPath(location.getText());
            String chosen = dialog.open();
            if (chosen != null) {
                location.setText(Path.of(chosen).resolve(name.getText().strip()).toString());
            }
        });
        plan = form.text(Messages.PLAN_NAME, "project.plan", 0, 2);
        form.hint(Messages.PLAN_HINT, 2);
        plan.setText(NewProject.DEFAULT_PLAN);
        setControl(form.composite);
        changed();
    }

    private void changed() {
        if (plan == null) {
            return;
        }
        boolean useDefault = defaultLocation.getSelection();
        location.setEnabled(!useDefault);
        browse.setEnabled(!useDefault);
        if (useDefault) {
            String text = defaultDir().toString();
            if (!text.equals(location.getText())) {
                location.setText(text);
            }
        }
        String problem = problem();
        // Nothing typed yet is not an error: Next stays disabled until there is a name.
        setErrorMessage(name().isEmpty() ? null : problem);
        setPageComplete(problem == null);
    }

    private String problem() {
        String projectName = name();
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        if (!projectName.isEmpty()) {
            IStatus valid = workspace.validateName(projectName, IResource.PROJECT);
            if (!valid.isOK()) {
                return valid.getMessage();
            }
            if (workspace.getRoot().getProject(projectName).exists()) {
                return String.format(Messages.PROJECT_EXISTS, projectName);
            }
        }
        if (location.getText().isBlank()) {
            return Messages.NO_LOCATION;
        }
        return project(null).projectProblem(dir());
    }

    String name() {
        return name.getText().strip();
    }

    /** The project's folder. */
    Path dir() {
        return location.getText().isBlank() ? defaultDir() : Path.of(location.getText().strip());
    }

    /** Whether the project's folder is the workspace's default one for its name. */
    boolean isDefaultLocation() {
        return dir().toAbsolutePath().normalize().equals(defaultDir().toAbsolutePath().normalize());
    }

    private Path defaultDir() {
        return ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath().resolve(name.getText().strip());
    }

    /** What Finish creates, with this first stage. */
    NewProject project(io.strata.core.project.Stage firstStage) {
        return new NewProject(name(), plan.getText().strip(), firstStage);
    }
}
