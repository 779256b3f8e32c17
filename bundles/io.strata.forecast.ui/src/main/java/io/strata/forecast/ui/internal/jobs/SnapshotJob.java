package io.strata.forecast.ui.internal.jobs;

import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

import io.strata.connection.ConnectionException;
import io.strata.connection.StageConnector;
import io.strata.core.ProjectFolder;
import io.strata.core.project.ProjectException;
import io.strata.core.project.Stage;
import io.strata.core.project.StrataProject;
import io.strata.forecast.Forecaster;
import io.strata.forecast.Snapshots;
import io.strata.forecast.ui.internal.Messages;
import io.strata.liquibase.OperationException;
import io.strata.liquibase.SchemaOperations;

/** Snapshot: a stage's schema (for compare) and model with exact row counts (for offline forecasts) into Snapshots/. */
public final class SnapshotJob extends StrataJob {

    public SnapshotJob(IProject project) {
        super(Messages.snapshot_job, project);
    }

    @Override
    protected IStatus perform(IProgressMonitor monitor)
            throws ProjectException, ConnectionException, OperationException, CoreException {
        StrataProject strata = load();
        Stage stage = chooseStage(strata);
        monitor.beginTask(NLS.bind(Messages.snapshot_task, stage.name()), IProgressMonitor.UNKNOWN);
        StageConnector connector = connector();
        Path schema = new SchemaOperations(strata, connector).snapshot(stage);
        progress().checkCanceled();
        Path model = new Snapshots(strata, connector).save(stage, Forecaster.RowCounts.EXACT);
        refresh(ProjectFolder.SNAPSHOTS, monitor);
        console.println(NLS.bind(Messages.snapshot_done, new Object[] { stage.name(), projectDir().relativize(schema),
                projectDir().relativize(model) }));
        return Status.OK_STATUS;
    }
}
