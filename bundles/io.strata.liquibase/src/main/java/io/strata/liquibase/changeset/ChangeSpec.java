package io.strata.liquibase.changeset;

import java.nio.file.Path;
import java.util.List;

/**
 * One change of a new change set, as a wizard gathers it. Each kind validates its fields and
 * writes itself as the Liquibase XML element(s) of that change.
 */
public sealed interface ChangeSpec {

    /** What the user calls this kind of change: "Create Table", "Add Column"... */
    String kind();

    /** Adds the problems of this change's fields; {@code field} is the prefix of their field paths. */
    void validate(String field, Checks checks);

    /** Writes the change's element(s). */
    void write(XmlBlock xml);

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void writeColumn(XmlBlock xml, ColumnSpec c) {
        String def = blankToNull(c.defaultValue());
        String defaultAttribute = "defaultValue";
        if (def != null) {
            if (ColumnTypes.isNumber(c.type())) {
                defaultAttribute = "defaultValueNumeric";
            } else if (ColumnTypes.isBoolean(c.type())) {
                defaultAttribute = "defaultValueBoolean";
                def = def.toLowerCase(java.util.Locale.ROOT);
            } else if (ColumnTypes.isTime(c.type()) && def.matches("(?i)current_timestamp|current_date|current_time|now\\(\\)")) {
                defaultAttribute = "defaultValueComputed";
            } else {
                def = c.defaultValue(); // a string default keeps its spaces
            }
        }
        String[] attributes = { "name", c.name().strip(), "type", c.fullType(), defaultAttribute, def };
        boolean constraints = c.primaryKey() || !c.nullable() || c.unique();
        if (!constraints) {
            xml.empty("column", attributes);
            return;
        }
        xml.open("column", attributes);
        xml.empty("constraints", "primaryKey", c.primaryKey() ? "true" : null, "nullable",
                c.primaryKey() || !c.nullable() ? "false" : null, "unique", c.unique() ? "true" : null);
        xml.close("column");
    }

    private static void validateColumns(String field, Checks checks, String kind, String tableName, List<ColumnSpec> columns) {
        checks.name(field + ".tableName", kind + ": the table name", tableName);
        checks.columns(field + ".columns", kind + (tableName == null || tableName.isBlank() ? "" : " " + tableName.strip()), columns);
    }

    private static void writeColumns(XmlBlock xml, String element, String tableName, List<ColumnSpec> columns) {
        xml.open(element, "tableName", tableName.strip());
        columns.forEach(c -> writeColumn(xml, c));
        xml.close(element);
    }

    /** Create Table with its columns. */
    record CreateTable(String tableName, List<ColumnSpec> columns) implements ChangeSpec {
        public CreateTable {
            columns = List.copyOf(columns);
        }

        @Override
        public String kind() {
            return "Create Table";
        }

        @Override
        public void validate(String field, Checks checks) {
            validateColumns(field, checks, kind(), tableName, columns);
        }

        @Override
        public void write(XmlBlock xml) {
            writeColumns(xml, "createTable", tableName, columns);
        }
    }

    /** Add Column: one or more columns added to an existing table. */
    record AddColumn(String tableName, List<ColumnSpec> columns) implements ChangeSpec {
        public AddColumn {
            columns = List.copyOf(columns);
        }

        @Override
        public String kind() {
            return "Add Column";
        }

        @Override
        public void validate(String field, Checks checks) {
            validateColumns(field, checks, kind(), tableName, columns);
        }

        @Override
        public void write(XmlBlock xml) {
            writeColumns(xml, "addColumn", tableName, columns);
        }
    }

    /** Create Index on columns of a table. */
    record CreateIndex(String tableName, String indexName, List<String> columns, boolean unique) implements ChangeSpec {
        public CreateIndex {
            columns = List.copyOf(columns);
        }

        @Override
        public String kind() {
            return "Create Index";
        }

        @Override
        public void validate(String field, Checks checks) {
            checks.name(field + ".tableName", "Create Index: the table name", tableName);
            checks.name(field + ".indexName", "Create Index: the index name", indexName);
            checks.columnNames(field + ".columns", "Create Index", columns);
        }

        @Override
        public void write(XmlBlock xml) {
            xml.open("createIndex", "tableName", tableName.strip(), "indexName", indexName.strip(), "unique", unique ? "true" : null);
            columns.forEach(c -> xml.empty("column", "name", c.strip()));
            xml.close("createIndex");
        }
    }

    /**
     * Add Foreign Key.
     *
     * @param onDelete CASCADE, SET NULL, SET DEFAULT, RESTRICT, NO ACTION, or null for the database's default
     */
    record AddForeignKey(String constraintName, String baseTable, List<String> baseColumns, String referencedTable,
            List<String> referencedColumns, String onDelete) implements ChangeSpec {
        public AddForeignKey {
            baseColumns = List.copyOf(baseColumns);
            referencedColumns = List.copyOf(referencedColumns);
        }

        @Override
        public String kind() {
            return "Add Foreign Key";
        }

        @Override
        public void validate(String field, Checks checks) {
            checks.name(field + ".constraintName", "Add Foreign Key: the constraint name", constraintName);
            checks.name(field + ".baseTable", "Add Foreign Key: the table", baseTable);
            checks.columnNames(field + ".baseColumns", "Add Foreign Key (columns)", baseColumns);
            checks.name(field + ".referencedTable", "Add Foreign Key: the referenced table", referencedTable);
            checks.columnNames(field + ".referencedColumns", "Add Foreign Key (referenced columns)", referencedColumns);
            if (baseColumns.size() != referencedColumns.size() && !baseColumns.isEmpty() && !referencedColumns.isEmpty()) {
                checks.add(Problem.INVALID_VALUE, field + ".referencedColumns", "Add Foreign Key: " + baseColumns.size()
                        + " column(s) reference " + referencedColumns.size() + " column(s); give as many referenced columns as columns.");
            }
            String action = blankToNull(onDelete);
            if (action != null && !List.of("CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT", "NO ACTION").contains(action)) {
                checks.add(Problem.INVALID_VALUE, field + ".onDelete", "Add Foreign Key: on delete '" + action
                        + "' is not one of CASCADE, SET NULL, SET DEFAULT, RESTRICT, NO ACTION.");
            }
        }

        @Override
        public void write(XmlBlock xml) {
            xml.empty("addForeignKeyConstraint", "constraintName", constraintName.strip(), "baseTableName", baseTable.strip(),
                    "baseColumnNames", String.join(", ", baseColumns.stream().map(String::strip).toList()),
                    "referencedTableName", referencedTable.strip(),
                    "referencedColumnNames", String.join(", ", referencedColumns.stream().map(String::strip).toList()),
                    "onDelete", blankToNull(onDelete));
        }
    }

    /** Drop Table. */
    record DropTable(String tableName, boolean cascadeConstraints) implements ChangeSpec {
        @Override
        public String kind() {
            return "Drop Table";
        }

        @Override
        public void validate(String field, Checks checks) {
            checks.name(field + ".tableName", "Drop Table: the table name", tableName);
        }

        @Override
        public void write(XmlBlock xml) {
            xml.empty("dropTable", "tableName", tableName.strip(), "cascadeConstraints", cascadeConstraints ? "true" : null);
        }
    }

    /** Drop Column. */
    record DropColumn(String tableName, String columnName) implements ChangeSpec {
        @Override
        public String kind() {
            return "Drop Column";
        }

        @Override
        public void validate(String field, Checks checks) {
            checks.name(field + ".tableName", "Drop Column: the table name", tableName);
            checks.name(field + ".columnName", "Drop Column: the column name", columnName);
        }

        @Override
        public void write(XmlBlock xml) {
            xml.empty("dropColumn", "tableName", tableName.strip(), "columnName", columnName.strip());
        }
    }

    /** Rename Table. */
    record RenameTable(String oldName, String newName) implements ChangeSpec {
        @Override
        public String kind() {
            return "Rename Table";
        }

        @Override
        public void validate(String field, Checks checks) {
            checks.name(field + ".oldName", "Rename Table: the table name", oldName);
            checks.name(field + ".newName", "Rename Table: the new name", newName);
        }

        @Override
        public void write(XmlBlock xml) {
            xml.empty("renameTable", "oldTableName", oldName.strip(), "newTableName", newName.strip());
        }
    }

    /**
     * Rename Column.
     *
     * @param columnType the column's type, which MySQL and MariaDB need; null elsewhere
     */
    record RenameColumn(String tableName, String oldName, String newName, String columnType) implements ChangeSpec {
        @Override
        public String kind() {
            return "Rename Column";
        }

        @Override
        public void validate(String field, Checks checks) {
            checks.name(field + ".tableName", "Rename Column: the table name", tableName);
            checks.name(field + ".oldName", "Rename Column: the column name", oldName);
            checks.name(field + ".newName", "Rename Column: the new name", newName);
            checks.text(field + ".columnType", "Rename Column: the type", columnType);
        }

        @Override
        public void write(XmlBlock xml) {
            xml.empty("renameColumn", "tableName", tableName.strip(), "oldColumnName", oldName.strip(), "newColumnName",
                    newName.strip(), "columnDataType", blankToNull(columnType));
        }
    }

    /** Modify Type of a column. */
    record ModifyType(String tableName, String columnName, String newType) implements ChangeSpec {
        @Override
        public String kind() {
            return "Modify Type";
        }

        @Override
        public void validate(String field, Checks checks) {
            checks.name(field + ".tableName", "Modify Type: the table name", tableName);
            checks.name(field + ".columnName", "Modify Type: the column name", columnName);
            checks.required(field + ".newType", "Modify Type: the new type", newType);
        }

        @Override
        public void write(XmlBlock xml) {
            xml.empty("modifyDataType", "tableName", tableName.strip(), "columnName", columnName.strip(), "newDataType", newType.strip());
        }
    }

    /** Raw SQL, run as written (statements split at ';'). */
    record RawSql(String sql) implements ChangeSpec {
        @Override
        public String kind() {
            return "Raw SQL";
        }

        @Override
        public void validate(String field, Checks checks) {
            checks.required(field + ".sql", "Raw SQL: the SQL", sql);
        }

        @Override
        public void write(XmlBlock xml) {
            xml.sql("sql", sql.strip());
        }
    }

    /**
     * Load SQL Scripts: each script becomes its own change set (same author, labels and contexts; id
     * suffixed with the script's file name when there are several) running the file with
     * {@code <sqlFile>}. It must be the only change of its {@link NewChangeSet}.
     *
     * @param scripts the script files, inside the project folder
     */
    record SqlScripts(List<Path> scripts) implements ChangeSpec {
        public SqlScripts {
            scripts = List.copyOf(scripts);
        }

        @Override
        public String kind() {
            return "Load SQL Scripts";
        }

        @Override
        public void validate(String field, Checks checks) {
            if (scripts.isEmpty()) {
                checks.add(Problem.MISSING, field + ".scripts", "Load SQL Scripts: choose at least one script.");
            }
        }

        /** Not written by itself: {@link NewChangeSet} writes one change set per script. */
        @Override
        public void write(XmlBlock xml) {
            throw new UnsupportedOperationException("SqlScripts are written by NewChangeSet, one change set per script");
        }
    }
}
