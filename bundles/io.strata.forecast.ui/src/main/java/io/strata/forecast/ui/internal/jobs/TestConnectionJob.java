package io.strata.forecast.ui.internal.jobs;

import java.nio.file.Path;
import java.time.Instant;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

import io.strata.connection.StageConnector;
import io.strata.core.project.DeploymentPlan;
import io.strata.core.project.ProjectException;
import io.strata.core.project.Stage;
import io.strata.core.project.StrataProject;
import io.strata.forecast.ui.internal.Messages;

/** Test Connection: product, version, user and times of a stage, or why it cannot be reached. */
public final class TestConnectionJob extends StrataJob {

    public TestConnectionJob(IProject project) {
        super(Messages.connection_job, project);
    }

    @Override
    protected IStatus perform(IProgressMonitor monitor) throws ProjectException {
        StrataProject strata = load();
        Stage stage = chooseStage(strata);
        monitor.beginTask(NLS.bind(Messages.connection_task, stage.name()), IProgressMonitor.UNKNOWN);
        StageConnector.TestResult result = connector().test(stage);
        Path planFile = strata.plans().stream().filter(p -> p.stages().contains(stage)).findFirst()
                .map(DeploymentPlan::file).orElse(null);
        ConnectionResults.session().put(new ConnectionResults.Entry(project.getName(), planFile, stage.name(), result,
                Instant.now()));
        if (!result.ok()) {
            return failed(NLS.bind(Messages.connection_failed, new Object[] { stage.name(), result.failure().title(), result.message() }));
        }
        console.println(NLS.bind(Messages.connection_ok, new Object[] { stage.name(), result.message(), result.connectMillis(),
                result.roundTripMillis() }));
        return Status.OK_STATUS;
    }
}
