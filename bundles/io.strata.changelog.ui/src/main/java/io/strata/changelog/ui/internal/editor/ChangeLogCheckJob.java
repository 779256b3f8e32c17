package io.strata.changelog.ui.internal.editor;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import io.strata.core.StrataProjects;
import io.strata.liquibase.ChangeLogCheck;
import io.strata.liquibase.ChangeLogProblem;

/**
 * The change log check ({@link ChangeLogCheck}) of a project in the background, after a change log
 * is opened or saved; its problems replace the project's change log markers. One check per project
 * at a time; one still waiting when another is asked for is dropped.
 */
public final class ChangeLogCheckJob extends Job {

    /** The family of every change log check (tests wait for it). */
    public static final Object FAMILY = ChangeLogCheckJob.class;

    private final IProject project;

    private ChangeLogCheckJob(IProject project) {
        super(NLS.bind(EditorMessages.CHECK_JOB, project.getName()));
        this.project = project;
        setRule(new OneCheckPerProject(project));
        setSystem(true);
    }

    /** Checks the change log of this project soon, if it is an open Strata project. */
    public static void schedule(IProject project) {
        if (project == null || !project.isOpen() || project.getLocation() == null
                || !project.getFile(StrataProjects.PROJECT_FILE).exists()) {
            return;
        }
        for (Job job : Job.getJobManager().find(FAMILY)) {
            if (job instanceof ChangeLogCheckJob check && check.project.equals(project) && job.getState() == Job.WAITING) {
                job.cancel();
            }
        }
        new ChangeLogCheckJob(project).schedule(200);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        IPath location = project.getLocation();
        if (location == null || monitor.isCanceled() || !project.isOpen()) {
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

    /** Two checks of one project do not run at the same time. */
    private record OneCheckPerProject(IProject project) implements ISchedulingRule {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule instanceof OneCheckPerProject other && other.project.equals(project);
        }
    }
}
