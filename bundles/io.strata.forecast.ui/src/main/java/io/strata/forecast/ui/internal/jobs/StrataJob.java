package io.strata.forecast.ui.internal.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;
import org.eclipse.ui.progress.IProgressConstants;

import io.strata.connection.ConnectionException;
import io.strata.connection.ConnectionFailure;
import io.strata.core.ProgressMonitor;
import io.strata.core.ProjectFolder;
import io.strata.core.project.ProjectException;
import io.strata.core.project.Stage;
import io.strata.core.project.StrataProject;
import io.strata.forecast.Forecaster;
import io.strata.forecast.ui.ForecastUi;
import io.strata.forecast.ui.internal.Messages;
import io.strata.forecast.ui.internal.console.StrataConsole;
import io.strata.forecast.ui.internal.credentials.SecureStorageCredentials;
import io.strata.forecast.ui.internal.report.ReportView;
import io.strata.forecast.ui.internal.stages.StageChoice;
import io.strata.liquibase.OperationException;
import io.strata.connection.StageConnector;
import io.strata.liquibase.StageOperations;
import io.strata.reports.ReportFiles;
import io.strata.reports.ReportFormat;
import io.strata.reports.ReportWriter;
import io.strata.ui.internal.app.StrataPerspective;
import io.strata.ui.preferences.StrataPreferences;

/**
 * A piece of Strata work on a project, run off the UI thread with a progress bar and Cancel.
 * Writes what it does to the Strata console; a failure the user can act on ends the job with an
 * error status that says what to do (no stack trace), and cancelling ends it as cancelled.
 */
public abstract class StrataJob extends Job {

    protected final IProject project;
    protected final StrataConsole console = StrataConsole.get();
    private final SecureStorageCredentials credentials;
    private ProgressMonitor engineProgress = ProgressMonitor.NONE;
    private Stage stage;

    protected StrataJob(String name, IProject project) {
        super(name);
        this.project = project;
        this.credentials = new SecureStorageCredentials(project.getName());
        setUser(true);
        // Failures are shown by failed() in a dialog titled after the job; the platform would show them a second time.
        setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == ForecastUi.JOB_FAMILY;
    }

    /** Does the work; returns the job's status. */
    protected abstract IStatus perform(IProgressMonitor monitor)
            throws ProjectException, ConnectionException, OperationException, IOException, CoreException;

    @Override
    protected final IStatus run(IProgressMonitor monitor) {
        long start = System.nanoTime();
        engineProgress = new EngineProgress(monitor);
        console.started(NLS.bind(Messages.job_started, getName(), project.getName()));
        console.show();
        try {
            IStatus status = perform(monitor);
            if (status.getSeverity() == IStatus.CANCEL) {
                // work that noticed Cancel itself and returned, rather than throwing
                console.println(NLS.bind(Messages.job_cancelled, getName(), millis(start)));
            } else if (status.getSeverity() != IStatus.ERROR) {
                console.println(NLS.bind(Messages.job_finished, getName(), millis(start)));
            }
            return status;
        } catch (ProgressMonitor.Cancelled | OperationCanceledException e) {
            console.println(NLS.bind(Messages.job_cancelled, getName(), millis(start)));
            return Status.CANCEL_STATUS;
        } catch (ProjectException e) {
            return failed(e.describe());
        } catch (ConnectionException e) {
            if (e.failure() == ConnectionFailure.BAD_CREDENTIALS && stage != null && credentials.forgetStored(stage)) {
                return failed(e.getMessage() + " " + Messages.job_storedPasswordRemoved);
            }
            return failed(e.getMessage());
        } catch (OperationException e) {
            return failed(e.getMessage());
        } catch (IOException e) {
            return failed(NLS.bind(Messages.job_ioFailure, e.getMessage()));
        } catch (CoreException e) {
            return failed(e.getStatus().getMessage());
        } catch (RuntimeException | LinkageError e) {
            ILog.of(getClass()).error(getName() + " failed", e);
            return failed(NLS.bind(Messages.job_internalError, e));
        } finally {
            monitor.done();
        }
    }

    /** Ends the job with this message in the console and in the error the user sees. */
    protected IStatus failed(String message) {
        console.error(message);
        String title = getName();
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            MessageDialog.openError(window == null ? null : window.getShell(), title, message);
        });
        return Status.error(message);
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    // ----- what the jobs share ------------------------------------------------------------------

    protected ProgressMonitor progress() {
        return engineProgress;
    }

    protected Path projectDir() {
        return project.getLocation().toPath();
    }

    protected StrataProject load() throws ProjectException {
        return StrataProject.load(projectDir());
    }

    /** The stage to work on: the only one, or the one the user picks (the last choice first). */
    protected Stage chooseStage(StrataProject strata) throws ProjectException {
        return chooseStage(strata.plans().stream().flatMap(p -> p.stages().stream()).toList());
    }

    /** The stage to work on among these: the only one, or the one the user picks (the last choice first). */
    protected Stage chooseStage(List<Stage> stages) throws ProjectException {
        if (stages.isEmpty()) {
            throw new ProjectException(projectDir(), 0, Messages.job_noStages);
        }
        Stage chosen = stages.size() == 1 ? stages.get(0) : StageChoice.ask(project, getName(), stages);
        if (chosen == null) {
            throw new OperationCanceledException();
        }
        stage = chosen;
        return chosen;
    }

    protected StageConnector connector() {
        return Engine.connector(credentials);
    }

    protected StageOperations operations(StrataProject strata) {
        return new StageOperations(strata, connector()).extensions(Engine.extensionJars());
    }

    protected Forecaster forecaster(StrataProject strata) {
        return new Forecaster(strata, connector()).extensions(Engine.extensionJars());
    }

    /** A report the engine writes; one that cannot be written is said in the console and changes nothing else. */
    protected interface ReportWork {
        ReportFiles write() throws IOException;
    }

    protected ReportFiles writeReport(String what, ReportWork work) {
        try {
            ReportFiles files = work.write();
            console.println(NLS.bind(Messages.job_report, what, projectDir().relativize(files.html() != null ? files.html() : files.dir())));
            return files;
        } catch (IOException | RuntimeException e) {
            console.error(NLS.bind(Messages.job_reportFailed, projectDir().resolve(ProjectFolder.REPORTS.folderName()), e.getMessage()));
            return null;
        }
    }

    /**
     * Asks the user on the UI thread while the job waits (a dialog on the workbench window's shell);
     * null when the workbench is gone.
     */
    static <T> T askUser(Function<Shell, T> question) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return null;
        }
        AtomicReference<T> answer = new AtomicReference<>();
        PlatformUI.getWorkbench().getDisplay().syncExec(() -> {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            answer.set(question.apply(window == null ? null : window.getShell()));
        });
        return answer.get();
    }

    /** Shows the project's file in an editor and selects it in the Project Navigator (on the UI thread, later). */
    protected void openLater(Path file) {
        IFile resource = project.getFile(IPath.fromOSString(projectDir().relativize(file).toString()));
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            if (window == null || window.getActivePage() == null || !resource.exists()) {
                return;
            }
            try {
                window.getActivePage().showView(StrataPerspective.NAVIGATOR_ID, null, IWorkbenchPage.VIEW_VISIBLE);
                BasicNewResourceWizard.selectAndReveal(resource, window);
                IDE.openEditor(window.getActivePage(), resource);
            } catch (PartInitException e) {
                console.error(NLS.bind(Messages.job_cannotOpen, resource.getProjectRelativePath(), e.getMessage()));
            }
        });
    }

    /** Refreshes a folder of the project (Reports/, Snapshots/...) so the navigator shows what the engine wrote. */
    protected void refresh(ProjectFolder folder, IProgressMonitor monitor) throws CoreException {
        IFolder resource = project.getFolder(folder.folderName());
        if (!resource.exists()) {
            project.refreshLocal(IResource.DEPTH_ONE, monitor); // finds the folder the engine created...
        }
        resource.refreshLocal(IResource.DEPTH_INFINITE, monitor); // ...and what is in it
    }

    /**
     * The report writer with the formats of the preferences (Window > Preferences > Strata); a
     * setting the engine does not accept falls back to every format, and says so in the console.
     */
    protected ReportWriter reportWriter() {
        try {
            return new ReportWriter().formats(ReportFormat.parse(StrataPreferences.reportFormats()));
        } catch (IllegalArgumentException e) {
            console.error(e.getMessage());
            return new ReportWriter();
        }
    }

    /** Shows the HTML report in the Report view (on the UI thread, later), unless the preferences say not to. */
    protected void showReport(ReportFiles files) {
        if (files != null && files.html() != null && StrataPreferences.openReport()) {
            ReportView.showLater(files.html());
        }
    }
}
