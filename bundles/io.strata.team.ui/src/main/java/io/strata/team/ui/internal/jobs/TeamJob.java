package io.strata.team.ui.internal.jobs;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.progress.IProgressConstants;

import io.strata.core.ProgressMonitor;
import io.strata.forecast.ui.internal.console.StrataConsole;
import io.strata.forecast.ui.internal.jobs.EngineProgress;
import io.strata.git.GitProblem;
import io.strata.git.ProjectGit.MergeOutcome;
import io.strata.team.ui.TeamUi;
import io.strata.team.ui.internal.Messages;
import io.strata.team.ui.internal.dialogs.Texts;

/**
 * One Git operation on a project, off the UI thread, with the project as scheduling rule, a
 * progress bar and Cancel. What it did goes to the Strata console; a {@link GitProblem} ends in an
 * error dialog with its message (never a stack trace). A pull or merge refreshes the project and
 * shows its conflicts and change log findings ({@link MergeResults}).
 */
public final class TeamJob extends Job {

    /** What a Team operation does; returns what the console says it did. */
    @FunctionalInterface
    public interface Work {
        Result perform(Path projectDir, ProgressMonitor progress) throws GitProblem;
    }

    /**
     * What an operation did: a line for the console, the outcome of a pull or merge (or null),
     * whether files of the project changed (then the workspace is refreshed).
     */
    public record Result(String message, MergeOutcome merge, boolean filesChanged) {
        public static Result said(String message) {
            return new Result(message, null, false);
        }

        public static Result changedFiles(String message) {
            return new Result(message, null, true);
        }

        public static Result merged(MergeOutcome outcome) {
            return new Result(outcome.message(), outcome, true);
        }
    }

    private final IProject project;
    private final Work work;
    private final boolean quiet;
    private Consumer<String> onFailure;

    private TeamJob(String name, IProject project, Work work, boolean quiet) {
        super(name);
        this.project = project;
        this.work = work;
        this.quiet = quiet;
        setRule(project);
        setUser(!quiet);
        setSystem(quiet);
        // Failures are shown in a dialog titled after the job; the platform would show them a second time.
        setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
    }

    /** A Team operation the user started: said in the console, failures in a dialog. */
    public static TeamJob of(String name, IProject project, Work work) {
        return new TeamJob(name, project, work, false);
    }

    /**
     * A read a dialog or view waits for (changes, branches, remotes, history): no console lines;
     * a failure goes to {@code onFailure} on the UI thread, or to an error dialog when it is null.
     */
    public static TeamJob read(String name, IProject project, Work work, Consumer<String> onFailure) {
        TeamJob job = new TeamJob(name, project, work, true);
        job.onFailure = onFailure;
        return job;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == TeamUi.JOB_FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        StrataConsole console = quiet ? null : StrataConsole.get();
        if (console != null) {
            console.started(NLS.bind(Messages.job_started, getName(), project.getName()));
        }
        try {
            monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
            Result result = work.perform(project.getLocation().toPath(), new EngineProgress(monitor));
            if (console != null && result != null && result.message() != null) {
                console.println(result.message());
            }
            if (result != null && result.filesChanged()) {
                new RefreshJob(project, result.merge(), getName()).schedule();
            }
            return Status.OK_STATUS;
        } catch (ProgressMonitor.Cancelled | OperationCanceledException e) {
            return cancelled(console);
        } catch (GitProblem e) {
            // After the user's Cancel the engine stops with a problem that says nothing local changed: not a failure.
            return monitor.isCanceled() ? cancelled(console) : failed(console, e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            ILog.of(getClass()).error(getName() + " failed", e);
            return failed(console, NLS.bind(Messages.job_internalError, e));
        } finally {
            monitor.done();
        }
    }

    private IStatus cancelled(StrataConsole console) {
        if (console != null) {
            console.println(NLS.bind(Messages.job_cancelled, getName()));
        }
        return Status.CANCEL_STATUS;
    }

    private IStatus failed(StrataConsole console, String message) {
        String shown = Texts.sentence(message);
        if (console != null) {
            console.error(NLS.bind(Messages.job_failed, getName(), shown));
        }
        String title = getName();
        Display.getDefault().asyncExec(() -> {
            if (onFailure != null) {
                onFailure.accept(shown);
            } else {
                IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
                MessageDialog.openError(window == null ? null : window.getShell(), title, shown);
            }
        });
        return Status.error(shown);
    }

    /** Runs {@code action} on the UI thread later (from a job's work: opening a dialog with what was read). */
    public static void later(Runnable action) {
        Display.getDefault().asyncExec(() -> {
            if (!PlatformUI.getWorkbench().isClosing()) {
                action.run();
            }
        });
    }
}
