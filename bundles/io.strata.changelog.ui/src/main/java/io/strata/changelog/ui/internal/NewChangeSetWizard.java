package io.strata.changelog.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.ide.undo.WorkspaceUndoUtil;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

import io.strata.core.StrataProjects;
import io.strata.core.project.ProjectException;
import io.strata.core.project.StrataProject;
import io.strata.liquibase.changeset.ChangeSpec;
import io.strata.liquibase.changeset.InvalidChangeSetException;
import io.strata.liquibase.changeset.NewChangeSet;
import io.strata.liquibase.changeset.Problem;

/**
 * File > New > Change Set, and New > Change Set on the Change Log folder: gathers a change set
 * (page 1), its change (page 2), shows the preview (page 3), and on Finish appends it through
 * {@link NewChangeSet} as an undoable operation.
 */
public class NewChangeSetWizard extends Wizard implements INewWizard {

    /** The key under which widgets carry an id for tests (the test driver's {@code SwtDriver.ID_KEY}). */
    static final String ID_KEY = "strata.id";

    private IWorkbench workbench;
    private IProject project;
    private StrataProject strataProject;
    private String projectProblem;
    private String initialTarget;
    private ChangeLogFacts facts;
    private final List<Consumer<ChangeLogFacts>> factsListeners = new ArrayList<>();

    private ChangeSetPage setPage;
    private ChangePage changePage;
    private PreviewPage previewPage;

    public NewChangeSetWizard() {
        setWindowTitle(Messages.WIZARD_TITLE);
        setNeedsProgressMonitor(true);
    }

    /** The kind of change page 2 starts with, or null to let the user choose. */
    protected ChangeKind initialKind() {
        return null;
    }

    @Override
    public void init(IWorkbench wb, IStructuredSelection selection) {
        this.workbench = wb;
        IResource resource = selection == null ? null : Adapters.adapt(selection.getFirstElement(), IResource.class);
        if (resource == null) {
            resource = firstStrataProject();
        }
        if (resource == null) {
            projectProblem = Messages.NO_PROJECT;
            return;
        }
        project = resource.getProject();
        Path dir = project.getLocation().toPath();
        if (!StrataProjects.isStrataProject(dir)) {
            projectProblem = Messages.NO_PROJECT;
            return;
        }
        try {
            strataProject = StrataProject.load(dir);
        } catch (ProjectException e) {
            projectProblem = e.getMessage();
            return;
        }
        initialTarget = strataProject.changelog();
        if (resource instanceof IFile file && isChangeLogFile(file.getName())) {
            initialTarget = file.getProjectRelativePath().toString();
        }
    }

    /** Whether New Change Set can append to a file of this name: XML or DSL ({@code .strata}). */
    static boolean isChangeLogFile(String name) {
        return NewChangeSet.appendsTo(name);
    }

    private static IResource firstStrataProject() {
        for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            if (p.isOpen() && p.getLocation() != null && StrataProjects.isStrataProject(p.getLocation().toPath())) {
                return p;
            }
        }
        return null;
    }

    @Override
    public void addPages() {
        setPage = new ChangeSetPage(this);
        changePage = new ChangePage(this, initialKind());
        previewPage = new PreviewPage(this);
        addPage(setPage);
        addPage(changePage);
        addPage(previewPage);
    }

    @Override
    public void createPageControls(org.eclipse.swt.widgets.Composite pageContainer) {
        super.createPageControls(pageContainer);
        if (strataProject != null) {
            loadFacts();
        }
    }

    /** Reads the change log's ids and tables in a Job; pages hear of them on the UI thread. */
    private void loadFacts() {
        Display display = Display.getCurrent();
        StrataProject p = strataProject;
        Job job = Job.create(Messages.READING_CHANGE_LOG, monitor -> {
            ChangeLogFacts loaded = ChangeLogFacts.load(p, monitor);
            display.asyncExec(() -> {
                if (getContainer() != null && getContainer().getShell() != null && !getContainer().getShell().isDisposed()) {
                    facts = loaded;
                    factsListeners.forEach(l -> l.accept(loaded));
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /** Calls {@code listener} when the facts arrive (at once if they are there). */
    void onFacts(Consumer<ChangeLogFacts> listener) {
        factsListeners.add(listener);
        if (facts != null) {
            listener.accept(facts);
        }
    }

    /** The facts read so far, or null while they are being read. */
    ChangeLogFacts facts() {
        return facts;
    }

    StrataProject strataProject() {
        return strataProject;
    }

    String projectProblem() {
        return projectProblem;
    }

    String initialTarget() {
        return initialTarget;
    }

    /** The operation as the pages describe it now. */
    NewChangeSet operation() {
        NewChangeSet op = new NewChangeSet(strataProject);
        setPage.fill(op);
        ChangeSpec change = changePage.change();
        if (change != null) {
            op.change(change);
        }
        return op;
    }

    /** The first problem among those whose field starts with one of {@code prefixes}, or null. */
    static Problem firstProblem(List<Problem> problems, String... prefixes) {
        for (Problem problem : problems) {
            for (String prefix : prefixes) {
                if (problem.field().equals(prefix) || problem.field().startsWith(prefix + ".") || problem.field().startsWith(prefix + "[")) {
                    return problem;
                }
            }
        }
        return null;
    }

    @Override
    public boolean performFinish() {
        NewChangeSet op = operation();
        AppendChangeSetOperation append = new AppendChangeSetOperation(op, project);
        IOperationHistory history = workbench.getOperationSupport().getOperationHistory();
        append.addContext(WorkspaceUndoUtil.getWorkspaceUndoContext());
        try {
            getContainer().run(true, false, monitor -> {
                try {
                    IStatus status = history.execute(append, monitor, WorkspaceUndoUtil.getUIInfoAdapter(getShell()));
                    if (!status.isOK()) {
                        throw new InvocationTargetException(new ExecutionException(status.getMessage()));
                    }
                } catch (ExecutionException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            showFailure(e.getCause());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        IFile file = project.getFile(op.target());
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        if (window != null) {
            BasicNewResourceWizard.selectAndReveal(file, window);
            IWorkbenchPage page = window.getActivePage();
            if (page != null) {
                try {
                    IDE.openEditor(page, file);
                } catch (PartInitException e) {
                    ((WizardPage) getContainer().getCurrentPage()).setMessage(e.getMessage(), IStatus.WARNING);
                }
            }
        }
        return true;
    }

    private void showFailure(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof ExecutionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        IWizardPage current = getContainer().getCurrentPage();
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        if (cause instanceof InvalidChangeSetException invalid && !invalid.problems().isEmpty()) {
            Problem first = invalid.problems().get(0);
            message = first.message();
            current = first.field().startsWith("changes") ? changePage : setPage;
            getContainer().showPage(current);
        }
        ((WizardPage) current).setErrorMessage(String.format(Messages.FINISH_FAILED, message));
    }

    @Override
    public boolean canFinish() {
        return strataProject != null && setPage.isPageComplete() && changePage.isPageComplete();
    }
}
