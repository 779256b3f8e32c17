package io.strata.forecast.ui.internal.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import io.strata.core.ProgressMonitor;
import io.strata.core.ProjectFolder;
import io.strata.core.StrataProjects;
import io.strata.core.project.ProjectException;
import io.strata.core.project.StrataProject;
import io.strata.forecast.ForecastResult;
import io.strata.forecast.SaveForecast;
import io.strata.forecast.ui.internal.Messages;
import io.strata.forecast.ui.internal.markers.Markers;
import io.strata.liquibase.OperationException;

/**
 * The offline forecast of a project after one of its change logs was saved ({@link SaveForecast}):
 * its findings replace the project's finding markers, whichever run made them (a full Forecast
 * replaces these in turn), so the Problems view always shows the newest run's findings once. No
 * report is written and no database is reached.
 *
 * <p>One job per project: saves that come while it waits move it later (they coalesce); a save
 * while it runs cancels the run and starts it again afterwards. A change log that cannot be read
 * changes no markers (the change log check says why).
 */
public final class ForecastOnSaveJob extends Job {

    /** The family of every forecast on save (tests wait for it). */
    public static final Object FAMILY = ForecastOnSaveJob.class;

    /** How long a save waits for the next one before the forecast starts, in milliseconds. */
    static final long DELAY = 400;

    private static final Map<IProject, ForecastOnSaveJob> JOBS = new ConcurrentHashMap<>();

    private final IProject project;
    /** Files saved since the last run, relative to the project. */
    private final Set<String> saved = ConcurrentHashMap.newKeySet();

    private ForecastOnSaveJob(IProject project) {
        super(NLS.bind(Messages.onSave_job, project.getName()));
        this.project = project;
    }

    /**
     * Forecasts this project soon if {@code savedPath} (relative to the project) is one of its change
     * log files: in its Change Log folder, or its master change log. A run in progress is cancelled
     * and runs again.
     */
    public static void schedule(IProject project, String savedPath) {
        if (project == null || !project.isOpen() || project.getLocation() == null
                || !project.getFile(StrataProjects.PROJECT_FILE).exists()) {
            return;
        }
        ForecastOnSaveJob job = JOBS.computeIfAbsent(project, ForecastOnSaveJob::new);
        job.saved.add(savedPath);
        if (job.getState() == Job.RUNNING) {
            job.cancel();
        }
        job.schedule(DELAY);
    }

    /** Whether a saved file is one of the project's change log files. */
    static boolean isChangeLogFile(StrataProject project, String path) {
        return path.startsWith(ProjectFolder.CHANGE_LOG.folderName() + "/") || path.equals(project.changelog());
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        IPath location = project.getLocation();
        if (location == null || !project.isOpen()) {
            JOBS.remove(project, this);
            return Status.CANCEL_STATUS;
        }
        List<String> files = new ArrayList<>(saved);
        saved.removeAll(files);
        try {
            StrataProject strata = StrataProject.load(location.toPath());
            if (files.stream().noneMatch(f -> isChangeLogFile(strata, f))) {
                return Status.OK_STATUS;
            }
            ForecastResult result = SaveForecast.run(strata, Engine.extensionJars(), new EngineProgress(monitor));
            if (monitor.isCanceled()) {
                throw new ProgressMonitor.Cancelled();
            }
            if (result != null) {
                Markers.replaceFindings(project, result.stage(), result.allFindings(),
                        NLS.bind(Messages.marker_onSaveSource, result.stage()), monitor);
            }
            return Status.OK_STATUS;
        } catch (ProgressMonitor.Cancelled e) {
            saved.addAll(files); // the run that follows forecasts these saves too
            return Status.CANCEL_STATUS;
        } catch (ProjectException | OperationException e) {
            // The change log check (or Check Rules) shows what is wrong; the findings stay as they were.
            return Status.info(NLS.bind(Messages.onSave_notRun, project.getName(), e.getMessage()));
        } catch (CoreException e) {
            return Status.error(NLS.bind(Messages.onSave_failed, project.getName(), e.getMessage()), e);
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
