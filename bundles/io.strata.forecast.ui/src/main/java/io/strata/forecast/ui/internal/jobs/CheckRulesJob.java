package io.strata.forecast.ui.internal.jobs;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

import io.strata.core.ProjectFolder;
import io.strata.core.RulesPhase;
import io.strata.forecast.ForecastRules;
import io.strata.forecast.ui.internal.Messages;
import io.strata.forecast.ui.internal.markers.Markers;
import io.strata.reports.ReportFiles;
import io.strata.reports.RuleCheck;
import io.strata.rules.RuleProblem;
import io.strata.rules.RuleSet;
import io.strata.rules.RulesCheck;

/**
 * Check Rules: compiles every rule file of the project the way the forecast does; problems go to
 * the console and, at their line and column, to the Problems view; the report is shown.
 */
public final class CheckRulesJob extends StrataJob {

    public CheckRulesJob(IProject project) {
        super(Messages.rules_job, project);
    }

    @Override
    protected IStatus perform(IProgressMonitor monitor) throws IOException, CoreException {
        monitor.beginTask(Messages.rules_task, IProgressMonitor.UNKNOWN);
        Instant started = Instant.now();
        RulesCheck check = ForecastRules.check(projectDir());
        long millis = Duration.between(started, Instant.now()).toMillis();
        List<String> files = new ArrayList<>();
        RuleSet ruleSet = RuleSet.read(projectDir());
        for (RulesPhase phase : RulesPhase.values()) {
            ruleSet.sources(phase).forEach(source -> files.add(source.name()));
        }
        progress().checkCanceled();
        Markers.replaceRuleProblems(project, check.problems(), monitor);
        if (check.ok()) {
            console.println(RulesCheck.NO_ERRORS + " " + NLS.bind(Messages.rules_checked, check.files(), millis));
        } else {
            for (RuleProblem problem : check.problems()) {
                console.error("  " + problem);
            }
            long failing = check.problems().stream().map(RuleProblem::source).distinct().count();
            console.error(NLS.bind(Messages.rules_errors, new Object[] { check.problems().size(), failing, check.files() }));
        }
        ReportFiles report = writeReport(Messages.rules_report, () -> reportWriter().checkRules(projectDir(),
                new RuleCheck("Rules", started, millis, files, check.problems())));
        refresh(ProjectFolder.REPORTS, monitor);
        showReport(report);
        return Status.OK_STATUS;
    }
}
