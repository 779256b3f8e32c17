package io.strata.dsl.ide;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tables and their columns at one point of a change log, each with where it was defined. Tables and
 * columns are immutable values: a change that alters a table puts a new one in the map, so a value
 * taken at one point keeps showing that point.
 */
final class Schema {

    /** A column: its type and constraints as written, where it was defined and by which change set. */
    record Column(String name, String type, String constraints, Definition definition, String origin) {
    }

    /** A table (or view: columns null, not known) with its columns by upper-cased name. */
    record Table(String name, Definition definition, String origin, Map<String, Column> columns) {

        Table withColumns(Map<String, Column> newColumns) {
            return new Table(name, definition, origin, newColumns);
        }

        Column column(String column) {
            return columns == null ? null : columns.get(key(column));
        }

        /** "table PERSON (changeSet 1 by alice, changelog.strata:3)" and a line per column. */
        String describe() {
            StringBuilder text = new StringBuilder(columns == null ? "view " : "table ").append(name);
            text.append(" (").append(origin).append(", ").append(where(definition)).append(')');
            if (columns != null) {
                for (Column column : columns.values()) {
                    text.append("\n  ").append(column.name());
                    if (column.type() != null) {
                        text.append(' ').append(column.type());
                    }
                    if (column.constraints() != null && !column.constraints().isEmpty()) {
                        text.append(' ').append(column.constraints());
                    }
                }
            }
            return text.toString();
        }
    }

    final Map<String, Table> tables;
    /** False once a change runs that may create anything (sql, a procedure, a custom change): unknown names are not reported then. */
    boolean complete = true;

    Schema() {
        this.tables = new LinkedHashMap<>();
    }

    Schema(Schema from) {
        this.tables = new LinkedHashMap<>(from.tables);
        this.complete = from.complete;
    }

    static String key(String name) {
        return name == null ? "" : name.replace("\"", "").replace("`", "").strip().toUpperCase(Locale.ROOT);
    }

    static String where(Definition definition) {
        return definition == null ? "unknown place" : definition.file() + ":" + definition.line();
    }

    Table table(String name) {
        return tables.get(key(name));
    }

    void put(Table table) {
        tables.put(key(table.name()), table);
    }

    Table remove(String name) {
        return tables.remove(key(name));
    }

    Collection<String> tableNames() {
        List<String> names = new ArrayList<>();
        tables.values().forEach(t -> names.add(t.name()));
        return names;
    }

    /** The table with a column added (or replaced). */
    static Table withColumn(Table table, Column column) {
        if (table.columns() == null) {
            return table;
        }
        Map<String, Column> columns = new LinkedHashMap<>(table.columns());
        columns.put(key(column.name()), column);
        return table.withColumns(columns);
    }

    /** The table without a column. */
    static Table withoutColumn(Table table, String column) {
        if (table.columns() == null) {
            return table;
        }
        Map<String, Column> columns = new LinkedHashMap<>(table.columns());
        columns.remove(key(column));
        return table.withColumns(columns);
    }
}
