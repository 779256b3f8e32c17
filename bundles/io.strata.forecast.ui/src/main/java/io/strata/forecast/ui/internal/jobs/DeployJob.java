package io.strata.forecast.ui.internal.jobs;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

import io.strata.connection.ConnectionException;
import io.strata.core.ProjectFolder;
import io.strata.core.project.ProjectException;
import io.strata.core.project.Stage;
import io.strata.core.project.StrataProject;
import io.strata.forecast.ForecastResult;
import io.strata.forecast.ui.internal.Messages;
import io.strata.liquibase.ChangeSetInfo;
import io.strata.liquibase.OperationException;
import io.strata.liquibase.Selection;
import io.strata.liquibase.StageOperations;
import io.strata.reports.DeployOutcome;
import io.strata.reports.ReportFiles;

/**
 * Deploy to a stage. Full: forecast first and deploy nothing when the forecast fails; quick:
 * deploy without a forecast. Either way the user confirms the stage, its database and the number
 * of change sets (counted here, off the UI thread) before anything is applied, and a deploy report
 * is written and shown.
 */
public final class DeployJob extends ForecastJob {

    private final boolean quick;

    public DeployJob(IProject project, boolean quick) {
        super(quick ? Messages.deploy_jobQuick : Messages.deploy_job, project);
        this.quick = quick;
    }

    @Override
    protected IStatus perform(IProgressMonitor monitor)
            throws ProjectException, ConnectionException, OperationException, IOException, CoreException {
        StrataProject strata = load();
        Stage stage = chooseStage(strata);
        setName(NLS.bind(quick ? Messages.deploy_jobQuickTo : Messages.deploy_jobTo, stage.name()));
        StageOperations operations = operations(strata);
        int pending;
        if (quick) {
            monitor.subTask(NLS.bind(Messages.deploy_counting, stage.name()));
            pending = operations.status(stage, Selection.STAGE_DEFAULTS).size();
        } else {
            ForecastResult forecast = forecast(strata, stage, monitor);
            if (forecast.failed()) {
                return failed(NLS.bind(Messages.deploy_refused, stage.name()));
            }
            pending = forecast.changeSets().size();
        }
        progress().checkCanceled();
        if (pending > 0 && !StageConfirmation.deploy(strata, stage, pending)) {
            console.println(NLS.bind(Messages.deploy_notConfirmed, stage.name()));
            return Status.CANCEL_STATUS;
        }
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        monitor.subTask(NLS.bind(Messages.deploy_applying, stage.name()));
        Instant started = Instant.now();
        StageOperations.DeployResult result;
        try {
            result = operations.deploy(stage, Selection.STAGE_DEFAULTS);
        } catch (OperationException e) {
            ReportFiles report = writeReport(Messages.deploy_report, () -> reportWriter().deploy(projectDir(),
                    DeployOutcome.failed(stage.name(), started, Duration.between(started, Instant.now()).toMillis(), List.of(),
                            e.kind().name(), e.getMessage())));
            refresh(ProjectFolder.REPORTS, monitor);
            showReport(report);
            throw e;
        }
        console.println(NLS.bind(result.applied().isEmpty() ? Messages.deploy_upToDate : Messages.deploy_done,
                new Object[] { result.applied().size(), stage.name(), result.millis() }));
        for (ChangeSetInfo changeSet : result.applied()) {
            console.println("  " + changeSet.key());
        }
        ReportFiles report = writeReport(Messages.deploy_report,
                () -> reportWriter().deploy(projectDir(), DeployOutcome.succeeded(result, started)));
        refresh(ProjectFolder.REPORTS, monitor);
        showReport(report);
        return Status.OK_STATUS;
    }
}
