package io.strata.forecast.ui.internal.jobs;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

import io.strata.connection.ConnectionException;
import io.strata.core.project.ProjectException;
import io.strata.core.project.Stage;
import io.strata.core.project.StrataProject;
import io.strata.forecast.ui.internal.Messages;
import io.strata.liquibase.ChangeSetInfo;
import io.strata.liquibase.OperationException;
import io.strata.liquibase.Selection;

/** The change sets a deploy would apply to a stage, in the console. */
public final class StatusJob extends StrataJob {

    public StatusJob(IProject project) {
        super(Messages.status_job, project);
    }

    @Override
    protected IStatus perform(IProgressMonitor monitor) throws ProjectException, ConnectionException, OperationException {
        StrataProject strata = load();
        Stage stage = chooseStage(strata);
        monitor.beginTask(NLS.bind(Messages.status_task, stage.name()), IProgressMonitor.UNKNOWN);
        List<ChangeSetInfo> pending = operations(strata).status(stage, Selection.STAGE_DEFAULTS);
        if (pending.isEmpty()) {
            console.println(NLS.bind(Messages.status_upToDate, stage.name()));
        } else {
            console.println(NLS.bind(Messages.status_pending, pending.size(), stage.name()));
            for (ChangeSetInfo changeSet : pending) {
                console.println("  " + changeSet.key() + (changeSet.labels().isEmpty() ? "" : "  [" + changeSet.labels() + "]")
                        + "  " + changeSet.description());
            }
        }
        return Status.OK_STATUS;
    }
}
