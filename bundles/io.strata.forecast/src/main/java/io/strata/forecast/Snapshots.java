package io.strata.forecast;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.strata.connection.ConnectionException;
import io.strata.connection.StageConnector;
import io.strata.core.project.Stage;
import io.strata.core.project.StrataProject;
import io.strata.forecast.model.DatabaseModel;
import io.strata.liquibase.LiquibaseRunner;
import io.strata.liquibase.OperationException;
import liquibase.changelog.RanChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;

/**
 * Saves a stage's model ({@code Snapshots/<stage>.model.json}): its schema, row counts and the
 * change sets applied there, for offline forecasts.
 */
public final class Snapshots {

    private final StrataProject project;
    private final StageConnector connector;

    public Snapshots(StrataProject project, StageConnector connector) {
        this.project = project;
        this.connector = connector;
    }

    /** Profiles the stage and writes its model file; returns the file. */
    public Path save(Stage stage, Forecaster.RowCounts rowCounts) throws ConnectionException, OperationException {
        Path file = ModelFile.of(project.dir(), stage.name());
        try (Connection connection = connector.open(stage)) {
            new LiquibaseRunner(project.dir()).inScope(() -> {
                Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
                if (stage.connection().defaultSchema() != null) {
                    database.setDefaultSchemaName(stage.connection().defaultSchema());
                }
                List<AppliedChangeSetKey> applied = new ArrayList<>();
                for (RanChangeSet ran : database.getRanChangeSetList()) {
                    applied.add(new AppliedChangeSetKey(ran.getChangeLog(), ran.getId(), ran.getAuthor(),
                            ran.getLastCheckSum() == null ? null : ran.getLastCheckSum().toString()));
                }
                DatabaseModel model = StageProfiler.profile(database, stage.connection().type().id(), null,
                        StageProfiler.RowCounts.valueOf(rowCounts.name()));
                ModelFile.write(file, new ModelFile.Content(stage.name(), Instant.now(), model, applied));
                return null;
            });
            return file;
        } catch (SQLException e) {
            throw new OperationException(OperationException.Kind.OTHER, "Stage " + stage.name() + ": " + e.getMessage(), e);
        } catch (liquibase.exception.LiquibaseException e) {
            Throwable cause = e.getCause() instanceof IOException io ? io : e;
            throw new OperationException(OperationException.Kind.OTHER, "Stage " + stage.name() + ": the model could not be saved: "
                    + cause.getMessage(), e);
        }
    }
}
