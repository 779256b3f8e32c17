package io.strata.changelog.ui.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;

import io.strata.core.ProgressMonitor;
import io.strata.core.project.DeploymentPlan;
import io.strata.core.project.Stage;
import io.strata.core.project.StrataProject;
import io.strata.forecast.Forecaster;
import io.strata.forecast.model.DatabaseModel;
import io.strata.forecast.model.SchemaModel;
import io.strata.forecast.model.TableModel;
import io.strata.liquibase.OperationException;
import io.strata.liquibase.Selection;
import io.strata.liquibase.changeset.ChangeLogIds;

/**
 * What the wizard knows of the change log so far, read off the UI thread: the ids in use and the
 * tables with their columns (the model a forecast from an empty database ends with).
 *
 * @param ids the change log's ids, or {@link ChangeLogIds#NONE} when they could not be read
 * @param tables table name to its column names, in change log order
 * @param problem why the ids or the tables are not known, or null
 */
record ChangeLogFacts(ChangeLogIds ids, Map<String, List<String>> tables, String problem) {

    static final ChangeLogFacts UNKNOWN = new ChangeLogFacts(ChangeLogIds.NONE, Map.of(), null);

    static ChangeLogFacts load(StrataProject project, IProgressMonitor monitor) {
        monitor.beginTask(Messages.READING_CHANGE_LOG, IProgressMonitor.UNKNOWN);
        ChangeLogIds ids;
        try {
            ids = ChangeLogIds.read(project);
        } catch (OperationException e) {
            return new ChangeLogFacts(ChangeLogIds.NONE, Map.of(), e.getMessage());
        }
        Stage stage = firstStage(project);
        if (stage == null) {
            return new ChangeLogFacts(ids, Map.of(), Messages.NO_STAGE);
        }
        try {
            // Every change set counts, whatever its contexts and labels: all contexts, an empty label expression.
            Forecaster.Options options = Forecaster.Options.empty().withSelection(new Selection(List.of(), ""));
            DatabaseModel model = new Forecaster(project, null).forecast(stage, options, adapt(monitor)).after();
            Map<String, List<String>> tables = new LinkedHashMap<>();
            for (SchemaModel schema : model.getSchemas()) {
                for (TableModel table : schema.getTables()) {
                    tables.put(table.getName(), table.getColumnNames());
                }
            }
            return new ChangeLogFacts(ids, tables, null);
        } catch (OperationException | io.strata.connection.ConnectionException | RuntimeException e) {
            return new ChangeLogFacts(ids, Map.of(), Messages.NO_MODEL + (e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    private static Stage firstStage(StrataProject project) {
        for (DeploymentPlan plan : project.plans()) {
            if (!plan.stages().isEmpty()) {
                return plan.stages().get(0);
            }
        }
        return null;
    }

    private static ProgressMonitor adapt(IProgressMonitor monitor) {
        return new ProgressMonitor() {
            @Override
            public void subTask(String name) {
                monitor.subTask(name);
            }

            @Override
            public boolean isCanceled() {
                return monitor.isCanceled();
            }
        };
    }
}
