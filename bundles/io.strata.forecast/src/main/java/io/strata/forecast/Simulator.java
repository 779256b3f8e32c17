package io.strata.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.strata.forecast.model.ColumnModel;
import io.strata.forecast.model.DataType;
import io.strata.forecast.model.DatabaseModel;
import io.strata.forecast.model.ForeignKeyModel;
import io.strata.forecast.model.IndexModel;
import io.strata.forecast.model.KeyModel;
import io.strata.forecast.model.Names;
import io.strata.forecast.model.SchemaModel;
import io.strata.forecast.model.SequenceModel;
import io.strata.forecast.model.StoredLogicModel;
import io.strata.forecast.model.TableModel;
import io.strata.forecast.model.ViewModel;
import io.strata.rules.ResponseType;
import liquibase.change.AddColumnConfig;
import liquibase.change.Change;
import liquibase.change.ColumnConfig;
import liquibase.change.ConstraintsConfig;
import liquibase.change.core.AddAutoIncrementChange;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.AddDefaultValueChange;
import liquibase.change.core.AddForeignKeyConstraintChange;
import liquibase.change.core.AddLookupTableChange;
import liquibase.change.core.AddNotNullConstraintChange;
import liquibase.change.core.AddPrimaryKeyChange;
import liquibase.change.core.AddUniqueConstraintChange;
import liquibase.change.core.AlterSequenceChange;
import liquibase.change.core.CreateIndexChange;
import liquibase.change.core.CreateProcedureChange;
import liquibase.change.core.CreateSequenceChange;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.CreateViewChange;
import liquibase.change.core.DeleteDataChange;
import liquibase.change.core.DropAllForeignKeyConstraintsChange;
import liquibase.change.core.DropColumnChange;
import liquibase.change.core.DropDefaultValueChange;
import liquibase.change.core.DropForeignKeyConstraintChange;
import liquibase.change.core.DropIndexChange;
import liquibase.change.core.DropNotNullConstraintChange;
import liquibase.change.core.DropPrimaryKeyChange;
import liquibase.change.core.DropProcedureChange;
import liquibase.change.core.DropSequenceChange;
import liquibase.change.core.DropTableChange;
import liquibase.change.core.DropUniqueConstraintChange;
import liquibase.change.core.DropViewChange;
import liquibase.change.core.EmptyChange;
import liquibase.change.core.ExecuteShellCommandChange;
import liquibase.change.core.InsertDataChange;
import liquibase.change.core.LoadDataChange;
import liquibase.change.core.LoadUpdateDataChange;
import liquibase.change.core.MergeColumnChange;
import liquibase.change.core.ModifyDataTypeChange;
import liquibase.change.core.OutputChange;
import liquibase.change.core.RawSQLChange;
import liquibase.change.core.RenameColumnChange;
import liquibase.change.core.RenameSequenceChange;
import liquibase.change.core.RenameTableChange;
import liquibase.change.core.RenameViewChange;
import liquibase.change.core.SQLFileChange;
import liquibase.change.core.SetColumnRemarksChange;
import liquibase.change.core.SetTableRemarksChange;
import liquibase.change.core.StopChange;
import liquibase.change.core.TagDatabaseChange;
import liquibase.change.core.UpdateDataChange;
import liquibase.change.custom.CustomChangeWrapper;

/**
 * Applies Liquibase's changes to a {@link DatabaseModel}, one at a time, and says what a real
 * deployment would hit on the way: objects that exist already or are missing, name collisions,
 * foreign keys without a proper target, NOT NULL on populated tables, type changes that can lose
 * data, drops of data. Not thread-safe; one per forecast.
 */
final class Simulator {

    /** What the simulation of one change found. */
    record Issue(String code, ResponseType severity, String message, String hint, Finding.Fix fix) {
    }

    /** What one change does to the model. */
    record Result(ChangeForecast.Outcome outcome, String effect, List<Issue> issues) {
    }

    private final DatabaseModel model;
    private final SqlSimulator sql;
    private List<Issue> issues;
    private final List<String> effects = new ArrayList<>();

    Simulator(DatabaseModel model) {
        this.model = model;
        this.sql = new SqlSimulator(this);
    }

    DatabaseModel model() {
        return model;
    }

    /** Applies one change to the model. */
    Result apply(Change change) {
        issues = new ArrayList<>();
        effects.clear();
        String notSimulated = null;
        try {
            notSimulated = dispatch(change);
        } catch (RuntimeException e) {
            notSimulated = "the simulation of this " + change.getSerializedObjectName() + " failed: " + e;
        }
        if (notSimulated != null) {
            issue("NOT_SIMULATED", ResponseType.INFO, "Not simulated: " + notSimulated + ".",
                    "Check this change by hand or with a rule in Rules/SqlRules; the model after it may differ from the database.");
            String done = effects.isEmpty() ? "" : " (simulated: " + String.join("; ", effects) + ")";
            return new Result(ChangeForecast.Outcome.NOT_SIMULATED, notSimulated + done, issues);
        }
        return new Result(ChangeForecast.Outcome.SIMULATED, effects.isEmpty() ? "no change to the schema" : String.join("; ", effects), issues);
    }

    /** Applies a change that stands for a statement of an sql change, into the current change's result. */
    void applyNested(Change change) {
        dispatch(change);
    }

    /** @return null when simulated, else why not */
    private String dispatch(Change change) {
        switch (change) {
            case CreateTableChange c -> createTable(c);
            case AddColumnChange c -> addColumn(c);
            case DropTableChange c -> dropTable(c);
            case DropColumnChange c -> dropColumn(c);
            case RenameTableChange c -> renameTable(c);
            case RenameColumnChange c -> renameColumn(c);
            case ModifyDataTypeChange c -> modifyDataType(c);
            case CreateIndexChange c -> createIndex(c);
            case DropIndexChange c -> dropIndex(c);
            case AddPrimaryKeyChange c -> addPrimaryKey(c);
            case DropPrimaryKeyChange c -> dropPrimaryKey(c);
            case AddUniqueConstraintChange c -> addUnique(c);
            case DropUniqueConstraintChange c -> dropUnique(c);
            case AddForeignKeyConstraintChange c -> addForeignKey(c);
            case DropForeignKeyConstraintChange c -> dropForeignKey(c);
            case DropAllForeignKeyConstraintsChange c -> dropAllForeignKeys(c);
            case AddNotNullConstraintChange c -> addNotNull(c);
            case DropNotNullConstraintChange c -> dropNotNull(c);
            case AddDefaultValueChange c -> addDefault(c);
            case DropDefaultValueChange c -> dropDefault(c);
            case AddAutoIncrementChange c -> addAutoIncrement(c);
            case MergeColumnChange c -> mergeColumns(c);
            case AddLookupTableChange c -> addLookupTable(c);
            case CreateViewChange c -> createView(c);
            case DropViewChange c -> dropView(c);
            case RenameViewChange c -> renameView(c);
            case CreateSequenceChange c -> createSequence(c);
            case AlterSequenceChange c -> alterSequence(c);
            case DropSequenceChange c -> dropSequence(c);
            case RenameSequenceChange c -> renameSequence(c);
            case CreateProcedureChange c -> createProcedure(c);
            case DropProcedureChange c -> dropProcedure(c);
            case SetTableRemarksChange c -> setTableRemarks(c);
            case SetColumnRemarksChange c -> setColumnRemarks(c);
            case InsertDataChange c -> insert(c);
            case LoadUpdateDataChange c -> loadData(c, true);
            case LoadDataChange c -> loadData(c, false);
            case UpdateDataChange c -> updateData(c);
            case DeleteDataChange c -> deleteData(c);
            case TagDatabaseChange c -> effect("tags the database '" + c.getTag() + "'");
            case OutputChange c -> effect("prints a message");
            case EmptyChange c -> effect("does nothing");
            case StopChange c -> {
                issue("STOP", ResponseType.WARN, "The deployment stops at this change: " + (c.getMessage() == null ? "" : c.getMessage()),
                        "Remove the stop change when the deployment should go on.");
                effect("stops the deployment");
            }
            case SQLFileChange c -> {
                return sql.simulate(c.getSql(), "the SQL file " + c.getPath());
            }
            case RawSQLChange c -> {
                return sql.simulate(c.getSql(), "the SQL");
            }
            case CustomChangeWrapper c -> {
                return "a custom change (class " + c.getClassName() + ") does what its Java code does; Strata cannot know what";
            }
            case ExecuteShellCommandChange c -> {
                return "a shell command (" + c.getExecutable() + ") runs outside the database";
            }
            default -> {
                return "Strata does not know the change type " + change.getSerializedObjectName() + " (" + change.getClass().getName() + ")";
            }
        }
        return null;
    }

    // ----- tables and columns ------------------------------------------------------------------

    private void createTable(CreateTableChange c) {
        SchemaModel schema = model.schema(c.getSchemaName());
        if (schema.table(c.getTableName()) != null) {
            if (Boolean.TRUE.equals(c.getIfNotExists())) {
                effect("keeps table " + c.getTableName() + " (it exists; ifNotExists)");
                return;
            }
            fail("TABLE_EXISTS", "Table " + qualified(c.getSchemaName(), c.getTableName()) + " already exists at this point of the deployment.",
                    "Give the new table another name, drop the old one first, or add ifNotExists / a tableExists precondition.");
            return;
        }
        if (schema.view(c.getTableName()) != null) {
            fail("NAME_IN_USE", "A view called " + c.getTableName() + " exists; a table cannot have the same name.",
                    "Give the table another name, or drop the view first.");
            return;
        }
        TableModel table = schema.addTable(c.getTableName());
        table.setRemarks(c.getRemarks());
        table.setRowCount(0L, true);
        List<String> pk = new ArrayList<>();
        String pkName = null;
        for (ColumnConfig column : c.getColumns()) {
            if (table.column(column.getName()) != null) {
                fail("DUPLICATE_COLUMN", "Table " + c.getTableName() + " would have two columns called " + column.getName() + ".",
                        "Rename or remove one of them.");
                continue;
            }
            table.addColumn(toColumn(column));
            ConstraintsConfig k = column.getConstraints();
            if (k != null && Boolean.TRUE.equals(k.isPrimaryKey())) {
                pk.add(column.getName());
                pkName = k.getPrimaryKeyName() != null ? k.getPrimaryKeyName() : pkName;
                table.column(column.getName()).setNullable(false);
            }
        }
        if (!pk.isEmpty()) {
            checkConstraintName(table.getSchema(), pkName);
            table.setPrimaryKey(new KeyModel(pkName, pk));
        }
        for (ColumnConfig column : c.getColumns()) {
            columnConstraints(table, column);
        }
        effect("creates table " + table.getName() + " with " + table.getColumnCount() + " column(s)"
                + (pk.isEmpty() ? ", no primary key" : ", primary key (" + String.join(", ", pk) + ")"));
    }

    /** The unique and foreign key constraints written on a column. */
    private void columnConstraints(TableModel table, ColumnConfig column) {
        ConstraintsConfig k = column.getConstraints();
        if (k == null) {
            return;
        }
        if (Boolean.TRUE.equals(k.isUnique())) {
            checkConstraintName(table.getSchema(), k.getUniqueConstraintName());
            table.addUniqueConstraint(new KeyModel(k.getUniqueConstraintName(), List.of(column.getName())));
        }
        String refTable = k.getReferencedTableName();
        String refColumns = k.getReferencedColumnNames();
        if (refTable == null && k.getReferences() != null) {
            // references="TABLE(COLUMN)"
            String refs = k.getReferences().strip();
            int open = refs.indexOf('(');
            if (open > 0 && refs.endsWith(")")) {
                refTable = refs.substring(0, open).strip();
                refColumns = refs.substring(open + 1, refs.length() - 1);
            }
        }
        if (refTable != null) {
            String refSchema = k.getReferencedTableSchemaName();
            if (refTable.contains(".") && refSchema == null) {
                refSchema = refTable.substring(0, refTable.indexOf('.'));
                refTable = refTable.substring(refTable.indexOf('.') + 1);
            }
            foreignKey(table, k.getForeignKeyName(), List.of(column.getName()), refSchema, refTable,
                    refColumns == null ? List.of() : split(refColumns), Boolean.TRUE.equals(k.isDeleteCascade()) ? "CASCADE" : null);
        }
    }

    private ColumnModel toColumn(ColumnConfig column) {
        ColumnModel c = new ColumnModel(column.getName(), column.getType());
        ConstraintsConfig k = column.getConstraints();
        if (k != null && Boolean.FALSE.equals(k.isNullable())) {
            c.setNullable(false);
        }
        if (Boolean.TRUE.equals(column.isAutoIncrement())) {
            c.setAutoIncrement(true);
        }
        Object defaultValue = column.getDefaultValueObject();
        if (defaultValue != null) {
            c.setDefaultValue(String.valueOf(defaultValue));
        }
        c.setRemarks(column.getRemarks());
        return c;
    }

    private void addColumn(AddColumnChange c) {
        TableModel table = table(c.getSchemaName(), c.getTableName());
        if (table == null) {
            return;
        }
        for (AddColumnConfig column : c.getColumns()) {
            if (table.column(column.getName()) != null) {
                fail("COLUMN_EXISTS", "Column " + column.getName() + " already exists in table " + table.getName() + ".",
                        "Give the new column another name, or add a columnExists precondition.");
                continue;
            }
            ColumnModel added = toColumn(column);
            ConstraintsConfig k = column.getConstraints();
            boolean primaryKey = k != null && Boolean.TRUE.equals(k.isPrimaryKey());
            if ((!added.isNullable() || primaryKey) && added.getDefaultValue() == null && !added.isAutoIncrement()) {
                notNullOnRows(table, column.getName(), "adds column " + column.getName() + " as NOT NULL without a default value");
            }
            table.addColumn(added);
            if (primaryKey) {
                if (table.getPrimaryKey() != null) {
                    fail("PRIMARY_KEY_EXISTS", "Table " + table.getName() + " has a primary key already ("
                            + String.join(", ", table.getPrimaryKey().columns()) + "); column " + column.getName() + " cannot be another.",
                            "Drop the existing primary key first, or make the new column unique instead.");
                } else {
                    table.setPrimaryKey(new KeyModel(k.getPrimaryKeyName(), List.of(column.getName())));
                }
            }
            columnConstraints(table, column);
            effect("adds column " + added.describe() + " to " + table.getName());
        }
    }

    /** NOT NULL without a value for existing rows: fails on a populated table. */
    private void notNullOnRows(TableModel table, String column, String what) {
        if (table.hasRows()) {
            fail("NOT_NULL_ON_POPULATED_TABLE", "This change " + what + ", but table " + table.getName() + " holds "
                    + table.getRowCount() + (table.isRowCountExact() ? "" : " (estimated)") + " row(s): the database rejects it.",
                    "Give column " + column + " a default value (defaultValue...), or add it as nullable, fill it, then add the NOT NULL constraint.");
        } else if (table.getRowCount() == null) {
            warn("NOT_NULL_ON_POPULATED_TABLE", "This change " + what + "; it fails if table " + table.getName()
                    + " holds rows (its row count is unknown to this forecast).",
                    "Give column " + column + " a default value, or forecast against the live stage or a snapshot with row counts.");
        }
    }

    private void dropTable(DropTableChange c) {
        TableModel table = table(c.getSchemaName(), c.getTableName());
        if (table == null) {
            return;
        }
        if (!Boolean.TRUE.equals(c.isCascadeConstraints())) {
            for (TableModel other : model.getTables()) {
                if (other == table) {
                    continue;
                }
                for (ForeignKeyModel fk : other.getForeignKeys()) {
                    if (references(other, fk, table)) {
                        fail("TABLE_REFERENCED", "Table " + table.getName() + " is referenced by foreign key " + fk.name() + " of table "
                                + other.getName() + "; the database refuses to drop it.",
                                "Drop the foreign key " + fk.name() + " first, or set cascadeConstraints=\"true\".");
                    }
                }
            }
        }
        dataLoss(table, "drops table " + table.getName());
        model.schema(table.getSchema()).removeTable(table.getName());
        for (TableModel other : model.getTables()) {
            other.removeForeignKeysIf(fk -> references(other, fk, table));
        }
        effect("drops table " + table.getName());
    }

    private static boolean references(TableModel owner, ForeignKeyModel fk, TableModel target) {
        String refSchema = fk.referencedSchema() == null ? owner.getSchema() : fk.referencedSchema();
        return Names.same(fk.referencedTable(), target.getName()) && Names.same(refSchema, target.getSchema());
    }

    private void dataLoss(TableModel table, String what) {
        if (table.hasRows()) {
            warn("DATA_LOSS", "This change " + what + ", which holds " + table.getRowCount() + (table.isRowCountExact() ? "" : " (estimated)")
                    + " row(s): their data is lost.", "Make sure the data is no longer needed or copied elsewhere first; a rollback cannot bring it back.");
        } else if (table.getRowCount() == null) {
            info("DATA_LOSS", "This change " + what + "; any data in it is lost (the row count is unknown to this forecast).",
                    "Forecast against the live stage or a snapshot with row counts to know.");
        }
    }

    private void dropColumn(DropColumnChange c) {
        TableModel table = table(c.getSchemaName(), c.getTableName());
        if (table == null) {
            return;
        }
        List<String> names = new ArrayList<>();
        if (c.getColumnName() != null) {
            names.add(c.getColumnName());
        }
        if (c.getColumns() != null) {
            c.getColumns().forEach(column -> names.add(column.getName()));
        }
        for (String name : names) {
            if (column(table, name) == null) {
                continue;
            }
            dataLoss(table, "drops column " + name + " of table " + table.getName());
            table.removeColumn(name);
            table.removeIndexesIf(i -> i.columns().stream().anyMatch(n -> Names.same(n, name)));
            table.removeUniqueConstraintsIf(k -> k.columns().stream().anyMatch(n -> Names.same(n, name)));
            table.removeForeignKeysIf(f -> f.columns().stream().anyMatch(n -> Names.same(n, name)));
            if (table.getPrimaryKey() != null && table.getPrimaryKey().columns().stream().anyMatch(n -> Names.same(n, name))) {
                warn("PRIMARY_KEY_COLUMN_DROPPED", "Column " + name + " is part of the primary key of " + table.getName()
                        + "; some databases refuse to drop it, the others drop the key.", "Drop or change the primary key first.");
                table.setPrimaryKey(null);
            }
            effect("drops column " + name + " of " + table.getName());
        }
        if (table.getColumnCount() == 0) {
            fail("NO_COLUMNS_LEFT", "Table " + table.getName() + " would have no column left.", "Drop the table instead.");
        }
    }

    private void renameTable(RenameTableChange c) {
        TableModel table = table(c.getSchemaName(), c.getOldTableName());
        if (table == null) {
            return;
        }
        SchemaModel schema = model.schema(table.getSchema());
        if (schema.hasRelation(c.getNewTableName()) && !Names.same(c.getOldTableName(), c.getNewTableName())) {
            fail("RENAME_COLLISION", "Cannot rename table " + c.getOldTableName() + " to " + c.getNewTableName()
                    + ": a table or view of that name exists.", "Choose another new name, or drop the other object first.");
            return;
        }
        for (TableModel other : model.getTables()) {
            other.replaceForeignKeys(f -> references(other, f, table)
                    ? new ForeignKeyModel(f.name(), f.columns(), f.referencedSchema(), c.getNewTableName(), f.referencedColumns(), f.onDelete())
                    : f);
        }
        schema.renameTable(c.getOldTableName(), c.getNewTableName());
        effect("renames table " + c.getOldTableName() + " to " + c.getNewTableName());
    }

    private void renameColumn(RenameColumnChange c) {
        TableModel table = table(c.getSchemaName(), c.getTableName());
        if (table == null || column(table, c.getOldColumnName()) == null) {
            return;
        }
        if (table.column(c.getNewColumnName()) != null && !Names.same(c.getOldColumnName(), c.getNewColumnName())) {
            fail("RENAME_COLLISION", "Cannot rename column " + c.getOldColumnName() + " of " + table.getName() + " to "
                    + c.getNewColumnName() + ": that column exists.", "Choose another new name.");
            return;
        }
        for (TableModel other : model.getTables()) {
            other.replaceForeignKeys(f -> references(other, f, table)
                    ? new ForeignKeyModel(f.name(), f.columns(), f.referencedSchema(), f.referencedTable(),
                            f.referencedColumns().stream().map(n -> Names.same(n, c.getOldColumnName()) ? c.getNewColumnName() : n).toList(), f.onDelete())
                    : f);
        }
        table.renameColumn(c.getOldColumnName(), c.getNewColumnName());
        effect("renames column " + c.getOldColumnName() + " of " + table.getName() + " to " + c.getNewColumnName());
    }

    private void modifyDataType(ModifyDataTypeChange c) {
        TableModel table = table(c.getSchemaName(), c.getTableName());
        ColumnModel column = table == null ? null : column(table, c.getColumnName());
        if (column == null) {
            return;
        }
        DataType from = column.getDataType();
        DataType to = DataType.parse(c.getNewDataType());
        if (!from.fitsInto(to) && !from.text().isEmpty()) {
            String message = "Changing " + table.getName() + "." + column.getName() + " from " + from + " to " + to
                    + " can truncate, round or fail on existing values";
            String hint = "Check the longest/largest values first, or widen instead of narrowing.";
            if (table.hasRows()) {
                warn("TYPE_CHANGE_CAN_LOSE_DATA", message + " (the table holds " + table.getRowCount() + " row(s)).", hint);
            } else if (table.getRowCount() == null) {
                warn("TYPE_CHANGE_CAN_LOSE_DATA", message + " (the table's row count is unknown to this forecast).", hint);
            } else {
                info("TYPE_CHANGE_CAN_LOSE_DATA", message + "; the table is empty now.", hint);
            }
        }
        for (TableModel other : model.getTables()) {
            for (ForeignKeyModel fk : other.getForeignKeys()) {
                if (references(other, fk, table) && fk.referencedColumns().stream().anyMatch(n -> Names.same(n, column.getName()))) {
                    int i = indexOf(fk.referencedColumns(), column.getName());
                    ColumnModel referencing = i < fk.columns().size() ? other.column(fk.columns().get(i)) : null;
                    if (referencing != null && !referencing.getDataType().compatibleForKey(to)) {
                        fail("FOREIGN_KEY_TYPE_MISMATCH", "Column " + other.getName() + "." + referencing.getName() + " (" + referencing.getType()
                                + ") references " + table.getName() + "." + column.getName() + ", whose new type " + to + " does not match.",
                                "Change both columns' types together, or drop foreign key " + fk.name() + " first.");
                    }
                }
            }
        }
        column.setType(c.getNewDataType());
        effect("changes " + table.getName() + "." + column.getName() + " from " + from + " to " + to);
    }

    private void mergeColumns(MergeColumnChange c) {
        TableModel table = table(c.getSchemaName(), c.getTableName());
        if (table == null || column(table, c.getColumn1Name()) == null || column(table, c.getColumn2Name()) == null) {
            return;
        }
        if (table.column(c.getFinalColumnName()) != null && !Names.same(c.getFinalColumnName(), c.getColumn1Name())
                && !Names.same(c.getFinalColumnName(), c.getColumn2Name())) {
            fail("COLUMN_EXISTS", "Column " + c.getFinalColumnName() + " already exists in table " + table.getName() + ".",
                    "Choose another name for the merged column.");
            return;
        }
        table.removeColumn(c.getColumn1Name());
        table.removeColumn(c.getColumn2Name());
        table.addColumn(new ColumnModel(c.getFinalColumnName(), c.getFinalColumnType()));
        effect("merges " + c.getColumn1Name() + " and " + c.getColumn2Name() + " of " + table.getName() + " into " + c.getFinalColumnName());
    }

    private void addLookupTable(AddLookupTableChange c) {
        TableModel existing = table(c.getExistingTableSchemaName(), c.getExistingTableName());
        ColumnModel column = existing == null ? null : column(existing, c.getExistingColumnName());
        if (column == null) {
            return;
        }
        SchemaModel schema = model.schema(c.getNewTableSchemaName());
        if (schema.hasRelation(c.getNewTableName())) {
            fail("TABLE_EXISTS", "Table " + c.getNewTableName() + " already exists.", "Give the lookup table another name.");
            return;
        }
        TableModel lookup = schema.addTable(c.getNewTableName());
        String type = c.getNewColumnDataType() != null ? c.getNewColumnDataType() : column.getType();
        lookup.addColumn(new ColumnModel(c.getNewColumnName(), type).setNullable(false));
        lookup.setPrimaryKey(new KeyModel(null, List.of(c.getNewColumnName())));
        lookup.setRowCount(null, false);
        foreignKey(existing, c.getFinalConstraintName(), List.of(column.getName()), schema.getName(), lookup.getName(),
                List.of(c.getNewColumnName()), null);
        effect("creates lookup table " + lookup.getName() + " from " + existing.getName() + "." + column.getName());
    }

    // ----- keys, indexes, constraints ----------------------------------------------------------

    private void createIndex(CreateIndexChange c) {
        TableModel table = table(c.getSchemaName(), c.getTableName());
        if (table == null) {
            return;
        }
        List<String> columns = new ArrayList<>();
        for (AddColumnConfig column : c.getColumns()) {
            if (Boolean.TRUE.equals(column.getComputed())) {
                columns.add(column.getName());
            } else if (column(table, column.getName()) != null) {
                columns.add(column.getName());
            }
        }
        if (columns.size() < c.getColumns().size()) {
            return;
        }
        if (c.getIndexName() != null) {
            TableModel holder = model.indexNamesPerTable() ? (table.index(c.getIndexName()) != null ? table : null)
                    : model.tableWithIndex(table.getSchema(), c.getIndexName());
            if (holder != null) {
                fail("INDEX_EXISTS", "An index called " + c.getIndexName() + " exists already (on table " + holder.getName() + ").",
                        "Give the new index another name.");
                return;
            }
            checkConstraintName(table.getSchema(), c.getIndexName());
        }
        for (IndexModel existing : table.getIndexes()) {
            if (existing.columns().size() == columns.size() && existing.covers(columns)) {
                warn("DUPLICATE_INDEX", "Index " + c.getIndexName() + " has the same columns as index " + existing.name() + " of "
                        + table.getName() + " (" + String.join(", ", columns) + ").", "Drop one of them: a duplicate index only slows writes.");
            }
        }
        boolean unique = Boolean.TRUE.equals(c.isUnique());
        if (unique && table.hasRows()) {
            warn("UNIQUE_ON_POPULATED_TABLE", "Unique index " + c.getIndexName() + " on " + table.getName() + " fails if the "
                    + table.getRowCount() + " existing row(s) hold duplicates in (" + String.join(", ", columns) + ").",
                    "Check for duplicates first (SELECT ... GROUP BY ... HAVING COUNT(*) > 1).");
        }
        table.addIndex(new IndexModel(c.getIndexName(), columns, unique));
        effect("creates " + (unique ? "unique " : "") + "index " + c.getIndexName() + " on " + table.getName() + " (" + String.join(", ", columns) + ")");
    }

    private void dropIndex(DropIndexChange c) {
        TableModel table = c.getTableName() != null ? model.table(c.getSchemaName(), c.getTableName())
                : model.tableWithIndex(c.getSchemaName(), c.getIndexName());
        if (table == null || table.index(c.getIndexName()) == null) {
            fail("INDEX_MISSING", "There is no index called " + c.getIndexName()
                    + (c.getTableName() == null ? "" : " on table " + c.getTableName()) + " at this point of the deployment.",
                    "Correct the index name, or add an indexExists precondition.");
            return;
        }
        table.removeIndex(table.index(c.getIndexName()));
        effect("drops index " + c.getIndexName() + " of " + table.getName());
    }

    private void addPrimaryKey(AddPrimaryKeyChange c) {
        TableModel table = table(c.getSchemaName(), c.getTableName());
        List<String> columns = columns(table, c.getColumnNames());
        if (columns == null) {
            return;
        }
        if (table.getPrimaryKey() != null) {
            fail("PRIMARY_KEY_EXISTS", "Table " + table.getName() + " has a primary key already ("
                    + String.join(", ", table.getPrimaryKey().columns()) + ").", "Drop the existing primary key first.");
            return;
        }
        checkConstraintName(table.getSchema(), c.getConstraintName());
        if (table.hasRows()) {
            warn("KEY_ON_POPULATED_TABLE", "The primary key on " + table.getName() + " fails if its " + table.getRowCount()
                    + " row(s) hold duplicates or NULLs in (" + String.join(", ", columns) + ").", "Check the data first.");
        }
        for (String name : columns) {
            table.column(name).setNullable(false);
        }
        table.setPrimaryKey(new KeyModel(c.getConstraintName(), columns));
        effect("adds primary key " + (c.getConstraintName() == null ? "" : c.getConstraintName() + " ") + "(" + String.join(", ", columns)
                + ") to " + table.getName());
    }

    private void dropPrimaryKey(DropPrimaryKeyChange c) {
        TableModel table = table(c.getSchemaName(), c.getTableName());
        if (table == null) {
            return;
        }
        if (table.getPrimaryKey() == null) {
            fail("PRIMARY_KEY_MISSING", "Table " + table.getName() + " has no primary key to drop.", "Remove this change, or add a primaryKeyExists precondition.");
            return;
        }
        for (TableModel other : model.getTables()) {
            for (ForeignKeyModel fk : other.getForeignKeys()) {
                if (references(other, fk, table) && table.getPrimaryKey().hasColumns(fk.referencedColumns())) {
                    fail("KEY_REFERENCED", "The primary key of " + table.getName() + " is referenced by foreign key " + fk.name()
                            + " of " + other.getName() + ".", "Drop the foreign key first.");
                }
            }
        }
        table.setPrimaryKey(null);
        effect("drops the primary key of " + table.getName());
    }

    private void addUnique(AddUniqueConstraintChange c) {
        TableModel table = table(c.getSchemaName(), c.getTableName());
        List<String> columns = columns(table, c.getColumnNames());
        if (columns == null) {
            return;
        }
        checkConstraintName(table.getSchema(), c.getConstraintName());
        if (table.hasRows()) {
            warn("KEY_ON_POPULATED_TABLE", "Unique constraint " + c.getConstraintName() + " on " + table.getName() + " fails if its "
                    + table.getRowCount() + " row(s) hold duplicates in (" + String.join(", ", columns) + ").", "Check for duplicates first.");
        }
        table.addUniqueConstraint(new KeyModel(c.getConstraintName(), columns));
        effect("adds unique constraint " + c.getConstraintName() + " (" + String.join(", ", columns) + ") to " + table.getName());
    }

    private void dropUnique(DropUniqueConstraintChange c) {
        TableModel table = table(c.getSchemaName(), c.getTableName());
        if (table == null) {
            return;
        }
        KeyModel key = table.getUniqueConstraints().stream().filter(k -> Names.same(k.name(), c.getConstraintName())).findFirst().orElse(null);
        if (key == null) {
            fail("CONSTRAINT_MISSING", "Table " + table.getName() + " has no unique constraint called " + c.getConstraintName() + ".",
                    "Correct the constraint name.");
            return;
        }
        table.removeUniqueConstraint(key);
        effect("drops unique constraint " + c.getConstraintName() + " of " + table.getName());
    }

    private void addForeignKey(AddForeignKeyConstraintChange c) {
        TableModel table = table(c.getBaseTableSchemaName(), c.getBaseTableName());
        List<String> columns = columns(table, c.getBaseColumnNames());
        if (columns == null) {
            return;
        }
        String onDelete = c.getOnDelete() != null ? c.getOnDelete() : Boolean.TRUE.equals(c.getDeleteCascade()) ? "CASCADE" : null;
        foreignKey(table, c.getConstraintName(), columns, c.getReferencedTableSchemaName(), c.getReferencedTableName(),
                split(c.getReferencedColumnNames()), onDelete);
    }

    private void foreignKey(TableModel table, String name, List<String> columns, String refSchema, String refTableName,
            List<String> refColumns, String onDelete) {
        String schema = refSchema == null ? table.getSchema() : refSchema;
        TableModel target = Names.same(refTableName, table.getName()) && Names.same(schema, table.getSchema()) ? table
                : model.table(schema, refTableName);
        if (target == null) {
            String closest = closestTable(schema, refTableName);
            issue("FOREIGN_KEY_TARGET_MISSING", ResponseType.FAIL, "Foreign key " + (name == null ? "" : name + " ") + "of " + table.getName()
                    + " references table " + refTableName + ", which does not exist at this point of the deployment." + didYouMean(closest),
                    "Create " + refTableName + " in an earlier change set, or correct the referenced table name.", fix(refTableName, closest));
            return;
        }
        if (refColumns.size() != columns.size()) {
            fail("FOREIGN_KEY_COLUMNS", "Foreign key " + name + " has " + columns.size() + " column(s) but references "
                    + refColumns.size() + ".", "Give as many referenced columns as base columns.");
            return;
        }
        for (int i = 0; i < columns.size(); i++) {
            ColumnModel base = table.column(columns.get(i));
            ColumnModel referenced = target.column(refColumns.get(i));
            if (referenced == null) {
                fail("FOREIGN_KEY_TARGET_MISSING", "Foreign key " + name + " references column " + refColumns.get(i) + " of "
                        + target.getName() + ", which has no such column (it has " + String.join(", ", target.getColumnNames()) + ").",
                        "Correct the referenced column name.");
                return;
            }
            if (base != null && !base.getDataType().text().isEmpty() && !referenced.getDataType().text().isEmpty()) {
                if (!base.getDataType().compatibleForKey(referenced.getDataType())) {
                    fail("FOREIGN_KEY_TYPE_MISMATCH", "Foreign key " + name + ": " + table.getName() + "." + base.getName() + " is " + base.getType()
                            + " but " + target.getName() + "." + referenced.getName() + " is " + referenced.getType() + ".",
                            "Give both columns the same type (" + referenced.getType() + ").");
                } else if (!base.getDataType().base().equals(referenced.getDataType().base())
                        || !java.util.Objects.equals(base.getSize(), referenced.getSize())) {
                    warn("FOREIGN_KEY_TYPE_MISMATCH", "Foreign key " + name + ": " + table.getName() + "." + base.getName() + " is " + base.getType()
                            + " while " + target.getName() + "." + referenced.getName() + " is " + referenced.getType()
                            + "; some databases refuse this, all of them compare more slowly.", "Give both columns the same type.");
                }
            }
        }
        if (!target.isUniqueKey(refColumns)) {
            fail("FOREIGN_KEY_TARGET_NOT_UNIQUE", "Foreign key " + name + " references (" + String.join(", ", refColumns) + ") of "
                    + target.getName() + ", which is not its primary key or a unique key: the database refuses it.",
                    "Reference the primary key of " + target.getName() + ", or add a unique constraint on those columns first.");
        }
        if (name != null) {
            checkConstraintName(table.getSchema(), name);
        }
        if (table.hasRows()) {
            info("FOREIGN_KEY_ON_POPULATED_TABLE", "Foreign key " + name + " is checked against the " + table.getRowCount()
                    + " existing row(s) of " + table.getName() + "; rows without a match make it fail.", "Check for orphan rows first.");
        }
        table.addForeignKey(new ForeignKeyModel(name, columns, refSchema, target.getName(), refColumns, onDelete));
        effect("adds foreign key " + (name == null ? "" : name + " ") + table.getName() + "(" + String.join(", ", columns) + ") -> "
                + target.getName() + "(" + String.join(", ", refColumns) + ")");
    }

    private void dropForeignKey(DropForeignKeyConstraintChange c) {
        TableModel table = table(c.getBaseTableSchemaName(), c.getBaseTableName());
        if (table == null) {
            return;
        }
        ForeignKeyModel fk = table.foreignKey(c.getConstraintName());
        if (fk == null) {
            fail("CONSTRAINT_MISSING", "Table " + table.getName() + " has no foreign key called " + c.getConstraintName() + ".",
                    "Correct the constraint name" + (table.getForeignKeys().isEmpty() ? "." : " (it has: "
                            + String.join(", ", table.getForeignKeys().stream().map(f -> String.valueOf(f.name())).toList()) + ")."));
            return;
        }
        table.removeForeignKey(fk);
        effect("drops foreign key " + fk.name() + " of " + table.getName());
    }

    private void dropAllForeignKeys(DropAllForeignKeyConstraintsChange c) {
        TableModel table = table(c.getBaseTableSchemaName(), c.getBaseTableName());
        if (table == null) {
            return;
        }
        int n = table.getForeignKeys().size();
        table.clearForeignKeys();
        effect("drops the " + n + " foreign key(s) of " + table.getName());
    }

    private void addNotNull(AddNotNullConstraintChange c) {
        TableModel table = table(c.getSchemaName(), c.getTableName());
        ColumnModel column = table == null ? null : column(table, c.getColumnName());
        if (column == null) {
            return;
        }
        if (c.getDefaultNullValue() == null && column.isNullable()) {
            if (table.hasRows()) {
                warn("NOT_NULL_ON_POPULATED_TABLE", "NOT NULL on " + table.getName() + "." + column.getName() + " fails if any of its "
                        + table.getRowCount() + " row(s) holds NULL there.", "Set defaultNullValue so that Liquibase fills the NULLs first.");
            } else if (table.getRowCount() == null) {
                info("NOT_NULL_ON_POPULATED_TABLE", "NOT NULL on " + table.getName() + "." + column.getName()
                        + " fails if a row holds NULL there (the row count is unknown to this forecast).", "Set defaultNullValue.");
            }
        }
        column.setNullable(false);
        effect("makes " + table.getName() + "." + column.getName() + " NOT NULL");
    }

    private void dropNotNull(DropNotNullConstraintChange c) {
        TableModel table = table(c.getSchemaName(), c.getTableName());
        ColumnModel column = table == null ? null : column(table, c.getColumnName());
        if (column == null) {
            return;
        }
        if (table.getPrimaryKey() != null && table.getPrimaryKey().columns().stream().anyMatch(n -> Names.same(n, column.getName()))) {
            fail("PRIMARY_KEY_COLUMN", "Column " + column.getName() + " is part of the primary key of " + table.getName()
                    + "; it cannot be nullable.", "Drop the primary key first, or keep the column NOT NULL.");
            return;
        }
        column.setNullable(true);
        effect("makes " + table.getName() + "." + column.getName() + " nullable");
    }

    private void addDefault(AddDefaultValueChange c) {
        TableModel table = table(c.getSchemaName(), c.getTableName());
        ColumnModel column = table == null ? null : column(table, c.getColumnName());
        if (column == null) {
            return;
        }
        Object value = firstNonNull(c.getDefaultValue(), c.getDefaultValueNumeric(), c.getDefaultValueDate(), c.getDefaultValueBoolean(),
                c.getDefaultValueComputed(), c.getDefaultValueSequenceNext());
        column.setDefaultValue(value == null ? null : String.valueOf(value));
        effect("sets the default of " + table.getName() + "." + column.getName() + " to " + value);
    }

    private void dropDefault(DropDefaultValueChange c) {
        TableModel table = table(c.getSchemaName(), c.getTableName());
        ColumnModel column = table == null ? null : column(table, c.getColumnName());
        if (column == null) {
            return;
        }
        column.setDefaultValue(null);
        effect("drops the default of " + table.getName() + "." + column.getName());
    }

    private void addAutoIncrement(AddAutoIncrementChange c) {
        TableModel table = table(c.getSchemaName(), c.getTableName());
        ColumnModel column = table == null ? null : column(table, c.getColumnName());
        if (column == null) {
            return;
        }
        if (!column.getDataType().isNumeric() && !column.getDataType().text().isEmpty()) {
            fail("AUTO_INCREMENT_TYPE", "Column " + table.getName() + "." + column.getName() + " is " + column.getType()
                    + "; only numeric columns can be auto-increment.", "Change its type to a whole-number type first.");
            return;
        }
        column.setAutoIncrement(true);
        effect("makes " + table.getName() + "." + column.getName() + " auto-increment");
    }

    /** Constraint names (primary keys, unique constraints, foreign keys and indexes in some databases) are unique per schema. */
    private void checkConstraintName(String schema, String name) {
        if (name == null) {
            return;
        }
        TableModel holder = model.tableWithConstraint(schema, name);
        if (holder == null && !model.indexNamesPerTable()) {
            holder = model.tableWithIndex(schema, name);
        }
        if (holder != null) {
            fail("CONSTRAINT_NAME_IN_USE", "The name " + name + " is used already by a constraint or index of table " + holder.getName() + ".",
                    "Give the new constraint another name.");
        }
    }

    // ----- views, sequences, stored logic, remarks ---------------------------------------------

    private void createView(CreateViewChange c) {
        SchemaModel schema = model.schema(c.getSchemaName());
        if (schema.table(c.getViewName()) != null) {
            fail("NAME_IN_USE", "A table called " + c.getViewName() + " exists; a view cannot have the same name.", "Give the view another name.");
            return;
        }
        boolean exists = schema.view(c.getViewName()) != null;
        if (exists && !Boolean.TRUE.equals(c.getReplaceIfExists())) {
            fail("VIEW_EXISTS", "View " + c.getViewName() + " already exists at this point of the deployment.",
                    "Set replaceIfExists=\"true\" to redefine it, or give the new view another name.");
            return;
        }
        schema.putView(new ViewModel(c.getViewName(), c.getSelectQuery()));
        effect((exists ? "replaces" : "creates") + " view " + c.getViewName());
    }

    private void dropView(DropViewChange c) {
        SchemaModel schema = model.schema(c.getSchemaName());
        if (schema.view(c.getViewName()) == null) {
            if (!Boolean.TRUE.equals(c.isIfExists())) {
                fail("VIEW_MISSING", "There is no view called " + c.getViewName() + " at this point of the deployment.",
                        "Correct the view name, or set ifExists=\"true\".");
            }
            return;
        }
        schema.removeView(c.getViewName());
        effect("drops view " + c.getViewName());
    }

    private void renameView(RenameViewChange c) {
        SchemaModel schema = model.schema(c.getSchemaName());
        ViewModel view = schema.view(c.getOldViewName());
        if (view == null) {
            fail("VIEW_MISSING", "There is no view called " + c.getOldViewName() + " to rename.", "Correct the view name.");
            return;
        }
        if (schema.hasRelation(c.getNewViewName())) {
            fail("RENAME_COLLISION", "Cannot rename view " + c.getOldViewName() + " to " + c.getNewViewName() + ": that name is in use.",
                    "Choose another new name.");
            return;
        }
        schema.removeView(c.getOldViewName());
        schema.putView(new ViewModel(c.getNewViewName(), view.definition()));
        effect("renames view " + c.getOldViewName() + " to " + c.getNewViewName());
    }

    private void createSequence(CreateSequenceChange c) {
        SchemaModel schema = model.schema(c.getSchemaName());
        if (schema.sequence(c.getSequenceName()) != null) {
            fail("SEQUENCE_EXISTS", "Sequence " + c.getSequenceName() + " already exists at this point of the deployment.",
                    "Give the new sequence another name, or add a sequenceExists precondition.");
            return;
        }
        schema.putSequence(new SequenceModel(c.getSequenceName(), string(c.getStartValue()), string(c.getIncrementBy())));
        effect("creates sequence " + c.getSequenceName());
    }

    private void alterSequence(AlterSequenceChange c) {
        SchemaModel schema = model.schema(c.getSchemaName());
        SequenceModel sequence = schema.sequence(c.getSequenceName());
        if (sequence == null) {
            fail("SEQUENCE_MISSING", "There is no sequence called " + c.getSequenceName() + " at this point of the deployment.",
                    "Correct the sequence name.");
            return;
        }
        schema.putSequence(new SequenceModel(sequence.name(), sequence.startValue(),
                c.getIncrementBy() == null ? sequence.incrementBy() : string(c.getIncrementBy())));
        effect("alters sequence " + c.getSequenceName());
    }

    private void dropSequence(DropSequenceChange c) {
        SchemaModel schema = model.schema(c.getSchemaName());
        if (schema.removeSequence(c.getSequenceName()) == null) {
            fail("SEQUENCE_MISSING", "There is no sequence called " + c.getSequenceName() + " at this point of the deployment.",
                    "Correct the sequence name.");
            return;
        }
        effect("drops sequence " + c.getSequenceName());
    }

    private void renameSequence(RenameSequenceChange c) {
        SchemaModel schema = model.schema(c.getSchemaName());
        SequenceModel sequence = schema.sequence(c.getOldSequenceName());
        if (sequence == null) {
            fail("SEQUENCE_MISSING", "There is no sequence called " + c.getOldSequenceName() + " to rename.", "Correct the sequence name.");
            return;
        }
        if (schema.sequence(c.getNewSequenceName()) != null) {
            fail("RENAME_COLLISION", "Cannot rename sequence " + c.getOldSequenceName() + " to " + c.getNewSequenceName()
                    + ": that sequence exists.", "Choose another new name.");
            return;
        }
        schema.removeSequence(c.getOldSequenceName());
        schema.putSequence(new SequenceModel(c.getNewSequenceName(), sequence.startValue(), sequence.incrementBy()));
        effect("renames sequence " + c.getOldSequenceName() + " to " + c.getNewSequenceName());
    }

    private void createProcedure(CreateProcedureChange c) {
        String name = c.getProcedureName();
        if (name == null) {
            name = SqlSimulator.routineName(c.getProcedureText());
        }
        if (name == null) {
            effect("creates stored logic (its name is not given)");
            return;
        }
        SchemaModel schema = model.schema(c.getSchemaName());
        String kind = SqlSimulator.routineKind(c.getProcedureText());
        if (schema.storedLogic(name) != null && !Boolean.TRUE.equals(c.getReplaceIfExists())
                && !c.getProcedureText().toUpperCase(Locale.ROOT).contains("OR REPLACE")) {
            fail("PROCEDURE_EXISTS", "Stored " + kind + " " + name + " already exists at this point of the deployment.",
                    "Use CREATE OR REPLACE or replaceIfExists=\"true\".");
            return;
        }
        schema.putStoredLogic(new StoredLogicModel(name, kind));
        effect("creates " + kind + " " + name);
    }

    private void dropProcedure(DropProcedureChange c) {
        SchemaModel schema = model.schema(c.getSchemaName());
        if (schema.removeStoredLogic(c.getProcedureName()) == null) {
            fail("PROCEDURE_MISSING", "There is no stored procedure called " + c.getProcedureName() + " at this point of the deployment.",
                    "Correct the procedure name.");
            return;
        }
        effect("drops procedure " + c.getProcedureName());
    }

    private void setTableRemarks(SetTableRemarksChange c) {
        TableModel table = table(c.getSchemaName(), c.getTableName());
        if (table != null) {
            table.setRemarks(c.getRemarks());
            effect("sets the remarks of " + table.getName());
        }
    }

    private void setColumnRemarks(SetColumnRemarksChange c) {
        TableModel table = table(c.getSchemaName(), c.getTableName());
        ColumnModel column = table == null ? null : column(table, c.getColumnName());
        if (column != null) {
            column.setRemarks(c.getRemarks());
            effect("sets the remarks of " + table.getName() + "." + column.getName());
        }
    }

    // ----- data --------------------------------------------------------------------------------

    private void insert(InsertDataChange c) {
        TableModel table = table(c.getSchemaName(), c.getTableName());
        if (table == null) {
            return;
        }
        for (ColumnConfig column : c.getColumns()) {
            column(table, column.getName());
        }
        for (ColumnModel column : table.getColumns()) {
            boolean given = c.getColumns().stream().anyMatch(k -> Names.same(k.getName(), column.getName()) && k.getValueObject() != null);
            if (!given && !column.isNullable() && column.getDefaultValue() == null && !column.isAutoIncrement()) {
                fail("NOT_NULL_VIOLATION", "The insert into " + table.getName() + " gives no value for " + column.getName()
                        + ", which is NOT NULL without a default.", "Give a value for " + column.getName() + ".");
            }
        }
        addRows(table, 1);
        effect("inserts a row into " + table.getName());
    }

    private void loadData(LoadDataChange c, boolean update) {
        TableModel table = table(c.getSchemaName(), c.getTableName());
        if (table == null) {
            return;
        }
        if (c.getColumns() != null) {
            for (ColumnConfig column : c.getColumns()) {
                if (column.getName() != null && !"skip".equalsIgnoreCase(String.valueOf(column.getType()))) {
                    column(table, column.getName());
                }
            }
        }
        if (!update) {
            table.setRowCount(null, false);
        }
        effect((update ? "loads or updates rows of " : "loads rows into ") + table.getName() + " from " + c.getFile());
    }

    private void updateData(UpdateDataChange c) {
        TableModel table = table(c.getSchemaName(), c.getTableName());
        if (table == null) {
            return;
        }
        for (ColumnConfig column : c.getColumns()) {
            column(table, column.getName());
        }
        effect("updates rows of " + table.getName());
    }

    private void deleteData(DeleteDataChange c) {
        TableModel table = table(c.getSchemaName(), c.getTableName());
        if (table == null) {
            return;
        }
        if (c.getWhere() == null || c.getWhere().isBlank()) {
            dataLoss(table, "deletes every row of table " + table.getName());
            table.setRowCount(0L, true);
            effect("deletes every row of " + table.getName());
        } else {
            table.setRowCount(null, false);
            effect("deletes rows of " + table.getName());
        }
    }

    void addRows(TableModel table, long rows) {
        if (table.getRowCount() != null) {
            table.setRowCount(table.getRowCount() + rows, table.isRowCountExact());
        }
    }

    // ----- helpers -----------------------------------------------------------------------------

    /** The table, or null after a TABLE_MISSING failure. */
    TableModel table(String schema, String name) {
        TableModel table = model.table(schema, name);
        if (table == null && model.isPartial()) {
            info("NOT_IN_LIMITED_MODEL", "Table " + qualified(schema, name) + " is not in the limited model of this forecast; "
                    + "this change was not checked against it.", "Run a full forecast to check it.");
        } else if (table == null) {
            String closest = closestTable(schema, name);
            issue("TABLE_MISSING", ResponseType.FAIL, "Table " + qualified(schema, name) + " does not exist at this point of the deployment."
                    + didYouMean(closest), "Create it in an earlier change set, or correct the table name.", fix(name, closest));
        }
        return table;
    }

    /** The column, or null after a COLUMN_MISSING failure. */
    ColumnModel column(TableModel table, String name) {
        ColumnModel column = table.column(name);
        if (column == null) {
            fail("COLUMN_MISSING", "Table " + table.getName() + " has no column " + name + " at this point of the deployment"
                    + " (it has " + String.join(", ", table.getColumnNames()) + ").", "Add the column in an earlier change set, or correct its name.");
        }
        return column;
    }

    /** The columns named in a comma-separated list, or null after a failure (also when the table is null). */
    private List<String> columns(TableModel table, String commaSeparated) {
        if (table == null) {
            return null;
        }
        List<String> names = split(commaSeparated);
        for (String name : names) {
            if (column(table, name) == null) {
                return null;
            }
        }
        return names;
    }

    /** The table of the schema whose name is closest to a misspelt one, or null. */
    private String closestTable(String schema, String name) {
        SchemaModel s = model.findSchema(schema);
        return s == null ? null : io.strata.core.Spelling.closest(Names.key(name), s.getTables().stream().map(TableModel::getName).toList());
    }

    private static String didYouMean(String closest) {
        return closest == null ? "" : " Did you mean " + closest + "?";
    }

    /** The quick fix "write {@code closest} for {@code name}", or null when there is nothing to suggest. */
    private static Finding.Fix fix(String name, String closest) {
        return closest == null || name == null ? null : new Finding.Fix(name, closest);
    }

    static List<String> split(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static int indexOf(List<String> names, String name) {
        for (int i = 0; i < names.size(); i++) {
            if (Names.same(names.get(i), name)) {
                return i;
            }
        }
        return -1;
    }

    private static String qualified(String schema, String name) {
        return schema == null || schema.isBlank() ? name : schema + "." + name;
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    private static Object firstNonNull(Object... values) {
        for (Object v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    void effect(String text) {
        effects.add(text);
    }

    void fail(String code, String message, String hint) {
        issue(code, ResponseType.FAIL, message, hint);
    }

    void warn(String code, String message, String hint) {
        issue(code, ResponseType.WARN, message, hint);
    }

    void info(String code, String message, String hint) {
        issue(code, ResponseType.INFO, message, hint);
    }

    private void issue(String code, ResponseType severity, String message, String hint) {
        issue(code, severity, message, hint, null);
    }

    private void issue(String code, ResponseType severity, String message, String hint, Finding.Fix fix) {
        issues.add(new Issue(code, severity, message, hint, fix));
    }
}
