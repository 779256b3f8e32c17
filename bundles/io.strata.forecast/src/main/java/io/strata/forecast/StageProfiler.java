package io.strata.forecast;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.strata.forecast.model.ColumnModel;
import io.strata.forecast.model.DatabaseModel;
import io.strata.forecast.model.ForeignKeyModel;
import io.strata.forecast.model.IndexModel;
import io.strata.forecast.model.KeyModel;
import io.strata.forecast.model.Names;
import io.strata.forecast.model.SchemaModel;
import io.strata.forecast.model.SequenceModel;
import io.strata.forecast.model.TableModel;
import io.strata.forecast.model.ViewModel;
import liquibase.CatalogAndSchema;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.snapshot.DatabaseSnapshot;
import liquibase.snapshot.SnapshotControl;
import liquibase.snapshot.SnapshotGeneratorFactory;
import liquibase.structure.DatabaseObject;
import liquibase.structure.core.Column;
import liquibase.structure.core.ForeignKey;
import liquibase.structure.core.Index;
import liquibase.structure.core.PrimaryKey;
import liquibase.structure.core.Sequence;
import liquibase.structure.core.Table;
import liquibase.structure.core.UniqueConstraint;
import liquibase.structure.core.View;

/**
 * Builds the model of a live stage: its schema through Liquibase's snapshot (the whole default
 * schema, or only the tables a limited forecast needs) and the row counts of its tables, exactly
 * ({@code COUNT(*)}) or from the database's statistics. Call inside a Liquibase scope.
 */
final class StageProfiler {

    /** How row counts are found. */
    enum RowCounts {
        /** {@code SELECT COUNT(*)} per table: exact, slower on large tables. */
        EXACT,
        /** The database's statistics (pg_class.reltuples, information_schema.TABLES): instant, approximate. */
        APPROXIMATE,
        /** None: the forecast says "row count unknown" where it matters. */
        NONE
    }

    private static final Set<String> TRACKING_TABLES = Set.of("DATABASECHANGELOG", "DATABASECHANGELOGLOCK");

    private StageProfiler() {
    }

    /**
     * @param onlyTables the tables to profile (any case), or null for every table of the default schema
     */
    static DatabaseModel profile(Database database, String typeId, Collection<String> onlyTables, RowCounts rowCounts) throws Exception {
        String schemaName = database.getDefaultSchemaName();
        DatabaseModel model = new DatabaseModel(typeId, schemaName);
        SnapshotControl control = new SnapshotControl(database, Table.class, Column.class, PrimaryKey.class, UniqueConstraint.class,
                Index.class, ForeignKey.class, View.class, Sequence.class);
        DatabaseSnapshot snapshot;
        if (onlyTables == null) {
            snapshot = SnapshotGeneratorFactory.getInstance().createSnapshot(new CatalogAndSchema(null, schemaName), database, control);
        } else {
            DatabaseObject[] examples = onlyTables.stream().distinct()
                    .map(t -> (DatabaseObject) new Table(null, schemaName, database.correctObjectName(t, Table.class))).toArray(DatabaseObject[]::new);
            if (examples.length == 0) {
                return model;
            }
            snapshot = SnapshotGeneratorFactory.getInstance().createSnapshot(examples, database, control);
        }
        for (Table t : snapshot.get(Table.class)) {
            if (TRACKING_TABLES.contains(t.getName().toUpperCase(Locale.ROOT))) {
                continue;
            }
            SchemaModel schema = model.schema(t.getSchema() == null ? schemaName : t.getSchema().getName());
            TableModel table = schema.addTable(t.getName());
            table.setRemarks(t.getRemarks());
            for (Column c : t.getColumns()) {
                ColumnModel column = new ColumnModel(c.getName(), c.getType() == null ? "" : c.getType().toString());
                column.setNullable(!Boolean.FALSE.equals(c.isNullable()));
                column.setDefaultValue(c.getDefaultValue() == null ? null : c.getDefaultValue().toString());
                column.setAutoIncrement(c.isAutoIncrement());
                column.setRemarks(c.getRemarks());
                table.addColumn(column);
            }
            PrimaryKey pk = t.getPrimaryKey();
            if (pk != null) {
                table.setPrimaryKey(new KeyModel(pk.getName(), pk.getColumnNamesAsList()));
            }
            for (UniqueConstraint u : t.getUniqueConstraints()) {
                table.addUniqueConstraint(new KeyModel(u.getName(), u.getColumns().stream().map(Column::getName).toList()));
            }
            for (Index i : t.getIndexes()) {
                boolean backsKey = pk != null && Names.same(i.getName(), pk.getName())
                        || t.getUniqueConstraints().stream().anyMatch(u -> Names.same(u.getName(), i.getName()));
                if (!backsKey) {
                    table.addIndex(new IndexModel(i.getName(), i.getColumns().stream().map(Column::getName).toList(),
                            Boolean.TRUE.equals(i.isUnique())));
                }
            }
            for (ForeignKey f : t.getOutgoingForeignKeys()) {
                Table target = f.getPrimaryKeyTable();
                String targetSchema = target.getSchema() == null ? null : target.getSchema().getName();
                table.addForeignKey(new ForeignKeyModel(f.getName(), f.getForeignKeyColumns().stream().map(Column::getName).toList(),
                        Names.same(targetSchema, schema.getName()) ? null : targetSchema, target.getName(),
                        f.getPrimaryKeyColumns().stream().map(Column::getName).toList(),
                        f.getDeleteRule() == null ? null : f.getDeleteRule().name()));
            }
        }
        for (View v : snapshot.get(View.class)) {
            model.schema(v.getSchema() == null ? schemaName : v.getSchema().getName()).putView(new ViewModel(v.getName(), v.getDefinition()));
        }
        for (Sequence s : snapshot.get(Sequence.class)) {
            model.schema(s.getSchema() == null ? schemaName : s.getSchema().getName()).putSequence(new SequenceModel(s.getName(),
                    s.getStartValue() == null ? null : s.getStartValue().toString(), s.getIncrementBy() == null ? null : s.getIncrementBy().toString()));
        }
        if (rowCounts != RowCounts.NONE) {
            countRows(database, model, rowCounts);
        }
        return model;
    }

    private static void countRows(Database database, DatabaseModel model, RowCounts rowCounts) throws SQLException {
        Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        for (SchemaModel schema : model.getSchemas()) {
            Map<String, Long> estimates = rowCounts == RowCounts.APPROXIMATE ? estimates(connection, model.getDatabaseType(), schema.getName())
                    : Map.of();
            for (TableModel table : schema.getTables()) {
                Long estimate = estimates.get(Names.key(table.getName()));
                if (estimate != null && estimate >= 0) {
                    table.setRowCount(estimate, false);
                    continue;
                }
                try (Statement statement = connection.createStatement();
                        ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + database.escapeTableName(null, schema.getName(), table.getName()))) {
                    rs.next();
                    table.setRowCount(rs.getLong(1), true);
                }
            }
        }
    }

    /** The database's own row estimates per table (upper-case name), empty where there are none. */
    private static Map<String, Long> estimates(Connection connection, String type, String schema) {
        String query = switch (type) {
            case "postgresql" -> "SELECT c.relname, c.reltuples::bigint FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = ? AND c.relkind IN ('r', 'p')";
            case "mariadb", "mysql" -> "SELECT TABLE_NAME, TABLE_ROWS FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?";
            case "h2" -> "SELECT TABLE_NAME, ROW_COUNT_ESTIMATE FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = ?";
            default -> null;
        };
        Map<String, Long> estimates = new HashMap<>();
        if (query == null) {
            return estimates;
        }
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, schema);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long rows = rs.getLong(2);
                    estimates.put(Names.key(rs.getString(1)), rs.wasNull() ? -1 : rows);
                }
            }
        } catch (SQLException e) {
            // No statistics readable (permissions, version): count exactly instead.
            estimates.clear();
        }
        return estimates;
    }

    /** The tables a list of changes touches, for a limited forecast (names as written). */
    static List<String> touchedTables(Collection<liquibase.change.Change> changes) {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        for (liquibase.change.Change change : changes) {
            names.addAll(ChangeTargets.tables(change));
        }
        return List.copyOf(names);
    }
}
