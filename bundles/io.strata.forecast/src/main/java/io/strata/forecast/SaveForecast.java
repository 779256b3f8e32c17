package io.strata.forecast;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.strata.connection.ConnectionException;
import io.strata.core.ProgressMonitor;
import io.strata.core.project.DeploymentPlan;
import io.strata.core.project.Stage;
import io.strata.core.project.StrataProject;
import io.strata.liquibase.OperationException;

/**
 * The forecast an editor runs after a change log is saved: offline (never a database), with the
 * project's rules, for the reference stage (its contexts and labels) from that stage's model in
 * {@code Snapshots/} when there is one ({@code strata snapshot} keeps it current), else from an
 * empty model. Nothing is written: no report, no model.
 */
public final class SaveForecast {

    private SaveForecast() {
    }

    /** The stage forecast: the reference stage of the first plan that has stages, or null when no plan has any. */
    public static Stage stage(StrataProject project) {
        for (DeploymentPlan plan : project.plans()) {
            if (plan.referenceStage().isPresent()) {
                return plan.referenceStage().get();
            }
        }
        return null;
    }

    /** Offline from the stage's model file when it exists, else from an empty model. */
    public static Forecaster.Options options(StrataProject project, Stage stage) {
        Path model = ModelFile.of(project.dir(), stage.name());
        return Files.isRegularFile(model) ? Forecaster.Options.offline() : Forecaster.Options.empty();
    }

    /**
     * Runs it.
     *
     * @param extensions jars of Liquibase extensions the change log may use
     * @return the result, or null when the project has no stage to forecast
     * @throws OperationException when the change log or the rules cannot be read, or the model file is not valid
     * @throws ProgressMonitor.Cancelled when the monitor was cancelled
     */
    public static ForecastResult run(StrataProject project, List<Path> extensions, ProgressMonitor monitor) throws OperationException {
        Stage stage = stage(project);
        if (stage == null) {
            return null;
        }
        try {
            return new Forecaster(project, null).extensions(extensions).forecast(stage, options(project, stage), monitor);
        } catch (ConnectionException e) {
            throw new IllegalStateException("an offline forecast connected to stage " + stage.name(), e);
        }
    }
}
