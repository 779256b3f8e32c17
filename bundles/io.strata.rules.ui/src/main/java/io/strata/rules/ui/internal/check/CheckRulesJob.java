package io.strata.rules.ui.internal.check;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;

import io.strata.core.StrataProjects;
import io.strata.forecast.ForecastRules;
import io.strata.rules.RulesCheck;
import io.strata.rules.ui.internal.drl.Messages;

/**
 * Check Rules on a project in the background ({@link ForecastRules#check}: every rule file
 * compiled against every forecast fact, phases that did not change come from the cache), then
 * the project's rule problem markers replaced by the problems found. One check per project runs
 * at a time; a check still waiting when another is asked for is dropped.
 */
public final class CheckRulesJob extends Job {

    /** The family of every Check Rules job (tests wait for it). */
    public static final Object FAMILY = CheckRulesJob.class;

    private final IProject project;

    private CheckRulesJob(IProject project) {
        super(Messages.get("check.job", project.getName()));
        this.project = project;
        setRule(new OneCheckPerProject(project));
    }

    /** Checks the rules of this project soon, if it is an open Strata project. */
    public static void schedule(IProject project) {
        if (project == null || !project.isOpen() || project.getLocation() == null
                || !project.getFile(StrataProjects.PROJECT_FILE).exists()) {
            return;
        }
        for (Job job : Job.getJobManager().find(FAMILY)) {
            if (job instanceof CheckRulesJob check && check.project.equals(project) && job.getState() == Job.WAITING) {
                job.cancel();
            }
        }
        new CheckRulesJob(project).schedule();
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        IPath location = project.getLocation();
        if (location == null || monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        Path projectDir = location.toPath();
        try {
            RulesCheck check = ForecastRules.check(projectDir);
            RuleMarkers.replace(project, check.problems(), monitor);
            return Status.OK_STATUS;
        } catch (IOException | CoreException e) {
            return Status.error(Messages.get("check.failed", project.getName(), e.getMessage()), e);
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
