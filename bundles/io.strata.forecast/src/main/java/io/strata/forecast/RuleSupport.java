package io.strata.forecast;

import java.util.ArrayList;
import java.util.List;

import liquibase.change.Change;
import liquibase.change.ColumnConfig;
import liquibase.change.ConstraintsConfig;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.ModifyDataTypeChange;
import liquibase.changelog.ChangeSet;

/**
 * Helpers for rule files, so that a rule about columns reads the same for every change that declares
 * them: {@code import io.strata.forecast.RuleSupport;} then, for example,
 * {@code $column : RuleSupport.Column() from RuleSupport.newColumns($change)}.
 */
public final class RuleSupport {

    private RuleSupport() {
    }

    /**
     * A column as a change declares it.
     *
     * @param table the table's name as the change writes it
     * @param name the column's name
     * @param type the type as written, or null
     * @param constraints the column's constraints (createTable, addColumn), or null
     */
    public record Column(String table, String name, String type, ConstraintsConfig constraints) {

        public String getTable() {
            return table;
        }

        public String getName() {
            return name;
        }

        public String getType() {
            return type;
        }

        public ConstraintsConfig getConstraints() {
            return constraints;
        }

        /** {@code TABLE.COLUMN} */
        public String getQualifiedName() {
            return table + "." + name;
        }
    }

    /** The columns a createTable or addColumn change creates; none for other changes. */
    public static List<Column> newColumns(Change change) {
        List<Column> columns = new ArrayList<>();
        if (change instanceof CreateTableChange create) {
            for (ColumnConfig c : create.getColumns()) {
                columns.add(new Column(create.getTableName(), c.getName(), c.getType(), c.getConstraints()));
            }
        } else if (change instanceof AddColumnChange add) {
            for (ColumnConfig c : add.getColumns()) {
                columns.add(new Column(add.getTableName(), c.getName(), c.getType(), c.getConstraints()));
            }
        }
        return columns;
    }

    /** The columns a change gives a type: those of {@link #newColumns}, and the column of a modifyDataType. */
    public static List<Column> typedColumns(Change change) {
        if (change instanceof ModifyDataTypeChange modify) {
            return List.of(new Column(modify.getTableName(), modify.getColumnName(), modify.getNewDataType(), null));
        }
        return newColumns(change);
    }

    /** Whether the change set has this label (ignoring case). */
    public static boolean hasLabel(ChangeSet changeSet, String label) {
        if (changeSet.getLabels() == null) {
            return false;
        }
        return changeSet.getLabels().getLabels().stream().anyMatch(l -> l.strip().equalsIgnoreCase(label));
    }
}
