package io.strata.forecast.ui.internal.jobs;

import java.io.IOException;

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
import io.strata.forecast.Finding;
import io.strata.forecast.ForecastResult;
import io.strata.forecast.Forecaster;
import io.strata.forecast.ui.internal.Messages;
import io.strata.forecast.ui.internal.markers.Markers;
import io.strata.liquibase.OperationException;
import io.strata.rules.ResponseType;

/**
 * Forecast of a stage (live, row counts approximate, the stage's contexts and labels), as
 * {@code strata forecast} runs it: findings to the console and the Problems view, the report to
 * Reports/ and the Report view.
 */
public class ForecastJob extends StrataJob {

    /**
     * Findings written to the console per run; the others are in the Problems view and the report.
     * Thousands of console lines would keep the UI thread busy styling them.
     */
    static final int CONSOLE_FINDINGS = 200;

    public ForecastJob(IProject project) {
        this(Messages.forecast_job, project);
    }

    protected ForecastJob(String name, IProject project) {
        super(name, project);
    }

    @Override
    protected IStatus perform(IProgressMonitor monitor)
            throws ProjectException, ConnectionException, OperationException, IOException, CoreException {
        StrataProject strata = load();
        Stage stage = chooseStage(strata);
        setName(NLS.bind(Messages.forecast_jobOn, stage.name()));
        forecast(strata, stage, monitor);
        return Status.OK_STATUS;
    }

    /** Runs the forecast and shows its outcome everywhere; the result says whether it failed. */
    protected ForecastResult forecast(StrataProject strata, Stage stage, IProgressMonitor monitor)
            throws ConnectionException, OperationException, CoreException {
        ForecastResult result = forecaster(strata).forecast(stage,
                Forecaster.Options.live().withRowCounts(Forecaster.RowCounts.APPROXIMATE), progress());
        monitor.subTask(Messages.forecast_writing);
        var report = writeReport(Messages.forecast_report, () -> reportWriter().forecast(projectDir(), result));
        Markers.replaceFindings(project, stage.name(), result.allFindings(), monitor);
        refresh(ProjectFolder.REPORTS, monitor);
        print(result);
        showReport(report);
        return result;
    }

    private void print(ForecastResult result) {
        long changes = result.changeSets().stream().mapToLong(c -> c.changes().size()).sum();
        console.println(NLS.bind(Messages.forecast_ran, new Object[] { result.stage(), result.modelSource(),
                result.changeSets().size(), changes, result.millis() }));
        int printed = 0;
        int shown = 0;
        for (Finding finding : result.allFindings()) {
            if (finding.severity() == ResponseType.PASS) {
                continue;
            }
            shown++;
            if (printed == CONSOLE_FINDINGS) {
                continue;
            }
            printed++;
            String line = "  " + finding + (finding.hint() == null ? "" : NLS.bind(Messages.forecast_hint, finding.hint()));
            if (finding.fails()) {
                console.error(line);
            } else {
                console.println(line);
            }
        }
        if (shown > printed) {
            console.println(NLS.bind(Messages.forecast_more, shown - printed));
        }
        String counts = NLS.bind(Messages.forecast_counts, new Object[] { result.count(ResponseType.FAIL),
                result.count(ResponseType.WARN), result.count(ResponseType.INFO), result.notSimulated() });
        if (result.failed()) {
            console.error(NLS.bind(Messages.forecast_failed, counts));
        } else {
            console.println(NLS.bind(Messages.forecast_passed, counts));
        }
    }
}
