package io.strata.changelog.ui.internal.editor;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import io.strata.core.StrataProjects;
import io.strata.liquibase.ChangeLogCheck;
import io.strata.liquibase.ChangeLogProblem;

/**
 * The change log check ({@link ChangeLogCheck}) of a project in the background, after a change log
 * is opened or saved; its problems replace the project's change log markers. One job per project:
 * asking while it waits changes nothing, asking while it runs runs it once more afterwards, so two
 * checks of a project never run at the same time.
 */
public final class ChangeLogCheckJob extends Job {

    /** The family of every change log check (tests wait for it). */
    public static final Object FAMILY = ChangeLogCheckJob.class;

    private static final Map<IProject, ChangeLogCheckJob> JOBS = new ConcurrentHashMap<>();

    private final IProject project;

    private ChangeLogCheckJob(IProject project) {
        super(NLS.bind(EditorMessages.CHECK_JOB, project.getName()));
        this.project = project;
        setSystem(true);
    }

    /** Checks the change log of this project soon, if it is an open Strata project. */
    public static void schedule(IProject project) {
        if (project == null || !project.isOpen() || project.getLocation() == null
                || !project.getFile(StrataProjects.PROJECT_FILE).exists()) {
            return;
        }
        JOBS.computeIfAbsent(project, ChangeLogCheckJob::new).schedule(200);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        IPath location = project.getLocation();
        if (location == null || monitor.isCanceled() || !project.isOpen()) {
            JOBS.remove(project, this);
            return Status.CANCEL_STATUS;
        }
        List<ChangeLogProblem> problems = ChangeLogCheck.check(location.toPath());
        try {
            ChangeLogMarkers.replace(project, problems, monitor);
            return Status.OK_STATUS;
        } catch (CoreException e) {
            return Status.error(NLS.bind(EditorMessages.CHECK_FAILED, project.getName(), e.getMessage()), e);
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
