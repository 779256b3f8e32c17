package io.strata.dsl.ide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.strata.core.Spelling;
import io.strata.dsl.DslIssue;
import io.strata.dsl.DslNodes;

/**
 * Runs the changes of a document's change sets in order over a {@link Schema} (starting from what
 * the {@link DslContext} knows), the way {@link io.strata.dsl.ReferenceCheck} runs Liquibase's
 * change objects over a whole change log, but on the written elements: every table and column name
 * becomes a {@link Ref} with its token's region and what it resolves to at that point, and a name
 * that resolves to nothing becomes a problem with that region and the closest known name. Like
 * ReferenceCheck it stops reporting once a change it cannot see into runs (sql, sqlFile, a
 * procedure, a custom change, a command) and does not report in change sets with preconditions.
 */
final class Walk {

    /** A table or column name in the text: what it resolves to (null when nothing), and whether it defines it. */
    record Ref(Region region, Highlight.Style style, String name, Schema.Table table, Schema.Column column, boolean defines) {
    }

    /** An unknown table or column: the token, the message, the closest known name (or null). */
    record Problem(String code, Region region, String changeSetId, String message, String suggestion) {
    }

    private final String text;
    private final String file;
    private final Lines lines;
    final Schema schema;
    final List<Ref> refs = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    private String origin;
    private String changeSetId;
    private boolean report;

    /** A walk that changes {@code schema} (pass a copy to keep the original). */
    Walk(String text, String file, Lines lines, Schema schema) {
        this.text = text;
        this.file = file;
        this.lines = lines;
        this.schema = schema;
    }

    /**
     * Runs the top-level elements; with {@code limit} >= 0 only the changes that end before it
     * (the schema as a change at {@code limit} sees it).
     */
    Walk run(List<Element> top, int limit) {
        return run(top, 0, limit, null);
    }

    /** Every {@link #CHECKPOINT} top-level elements, a copy of the schema before that element. */
    static final int CHECKPOINT = 128;

    /**
     * Runs the top-level elements from index {@code from} (as {@link #run(List, int)}); with
     * {@code checkpoints} not null, puts the schema before every {@link #CHECKPOINT}th element there.
     */
    Walk run(List<Element> top, int from, int limit, List<Schema> checkpoints) {
        for (int i = from; i < top.size(); i++) {
            Element element = top.get(i);
            if (limit >= 0 && element.range.offset() >= limit) {
                break;
            }
            if (checkpoints != null && i % CHECKPOINT == 0) {
                checkpoints.add(new Schema(schema));
            }
            if ("changeSet".equals(element.type)) {
                changeSet(element, limit);
            }
        }
        return this;
    }

    /** Runs one change set's changes (with {@code limit} >= 0 only those that end before it). */
    void changeSet(Element element, int limit) {
        changeSetId = element.value("id");
        origin = "changeSet " + changeSetId + (element.value("author") != null ? " by " + element.value("author") : "");
        report = element.children.stream().noneMatch(c -> "preConditions".equals(c.type) && !c.children.isEmpty());
        for (Element change : element.children) {
            if (limit >= 0 && change.range.end() > limit) {
                break;
            }
            if (!Catalog.CHANGE_SET_ELEMENTS.contains(change.type)) {
                change(change);
            }
        }
    }

    private void change(Element c) {
        switch (c.type) {
            case "createTable" -> create(c, "tableName", true);
            case "createView" -> create(c, "viewName", false);
            case "dropTable" -> drop(c, "tableName");
            case "dropView" -> drop(c, "viewName");
            case "renameTable" -> rename(c, "oldTableName", "newTableName");
            case "renameView" -> rename(c, "oldViewName", "newViewName");
            case "addColumn" -> {
                Schema.Table table = table(c, "tableName");
                for (Element column : c.children) {
                    if ("column".equals(column.type)) {
                        constraintsRefs(column);
                        String name = column.value("name");
                        Region region = column.valueRegion("name");
                        if (table != null && name != null && region != null) {
                            Schema.Column defined = column(column, name, region);
                            table = Schema.withColumn(table, defined);
                            schema.put(table);
                            refs.add(new Ref(region, Highlight.Style.COLUMN, name, table, defined, true));
                        }
                    }
                }
            }
            case "dropColumn" -> {
                Schema.Table table = table(c, "tableName");
                List<String> dropped = new ArrayList<>();
                if (column(table, c, "columnName")) {
                    dropped.add(c.value("columnName"));
                }
                for (Element column : c.children) {
                    if ("column".equals(column.type) && column(table, column, "name")) {
                        dropped.add(column.value("name"));
                    }
                }
                if (table != null) {
                    for (String name : dropped) {
                        table = Schema.withoutColumn(table, name);
                    }
                    schema.put(table);
                }
            }
            case "renameColumn" -> {
                Schema.Table table = table(c, "tableName");
                if (column(table, c, "oldColumnName") && c.value("newColumnName") != null) {
                    Schema.Column old = table.column(c.value("oldColumnName"));
                    Region region = c.valueRegion("newColumnName");
                    Schema.Column renamed = new Schema.Column(c.value("newColumnName"),
                            c.value("columnDataType") != null ? c.value("columnDataType") : old.type(), old.constraints(), definition(region), origin);
                    table = Schema.withColumn(Schema.withoutColumn(table, old.name()), renamed);
                    schema.put(table);
                    refs.add(new Ref(region, Highlight.Style.COLUMN, renamed.name(), table, renamed, true));
                }
            }
            case "modifyDataType" -> {
                Schema.Table table = table(c, "tableName");
                if (column(table, c, "columnName") && c.value("newDataType") != null) {
                    Schema.Column old = table.column(c.value("columnName"));
                    schema.put(Schema.withColumn(table, new Schema.Column(old.name(), c.value("newDataType"), old.constraints(), old.definition(),
                            old.origin())));
                }
            }
            case "addNotNullConstraint", "dropNotNullConstraint", "addDefaultValue", "dropDefaultValue", "addAutoIncrement", "setColumnRemarks" ->
                column(table(c, "tableName"), c, "columnName");
            case "createIndex", "insert", "update", "loadData", "loadUpdateData" -> {
                Schema.Table table = table(c, "tableName");
                for (Element column : c.children) {
                    if ("column".equals(column.type) && !c.type.startsWith("load")) {
                        column(table, column, "name");
                    }
                }
            }
            case "addPrimaryKey", "addUniqueConstraint" -> columns(table(c, "tableName"), c, "columnNames");
            case "addForeignKeyConstraint" -> {
                columns(table(c, "baseTableName"), c, "baseColumnNames");
                columns(table(c, "referencedTableName"), c, "referencedColumnNames");
            }
            case "dropForeignKeyConstraint", "dropAllForeignKeyConstraints" -> table(c, "baseTableName");
            case "delete", "setTableRemarks", "dropPrimaryKey", "dropUniqueConstraint" -> table(c, "tableName");
            case "sql", "sqlFile", "createProcedure", "customChange", "executeCommand" -> schema.complete = false;
            default -> {
                // Changes that do not touch tables or columns (tags, sequences, output...).
            }
        }
    }

    private void create(Element c, String attribute, boolean withColumns) {
        String name = c.value(attribute);
        Region region = c.valueRegion(attribute);
        if (name == null || region == null) {
            return;
        }
        Map<String, Schema.Column> columns = withColumns ? new LinkedHashMap<>() : null;
        List<Element> columnElements = new ArrayList<>();
        if (withColumns) {
            for (Element column : c.children) {
                String columnName = column.value("name");
                if ("column".equals(column.type) && columnName != null && column.valueRegion("name") != null) {
                    columns.put(Schema.key(columnName), column(column, columnName, column.valueRegion("name")));
                    columnElements.add(column);
                }
            }
        }
        Schema.Table table = new Schema.Table(name, definition(region), origin, columns);
        schema.put(table);
        refs.add(new Ref(region, Highlight.Style.TABLE, name, table, null, true));
        for (Element column : columnElements) {
            Schema.Column defined = table.column(column.value("name"));
            refs.add(new Ref(column.valueRegion("name"), Highlight.Style.COLUMN, defined.name(), table, defined, true));
            constraintsRefs(column);
        }
    }

    /** A column's {@code referencedTableName=} (on its line or in its constraints block). */
    private void constraintsRefs(Element column) {
        if (column.attribute("referencedTableName") != null) {
            table(column, "referencedTableName");
        }
        for (Element nested : column.children) {
            if ("constraints".equals(nested.type) && nested.attribute("referencedTableName") != null) {
                table(nested, "referencedTableName");
            }
        }
    }

    private void drop(Element c, String attribute) {
        Schema.Table table = table(c, attribute);
        if (table != null) {
            schema.remove(table.name());
        }
    }

    private void rename(Element c, String from, String to) {
        Schema.Table table = table(c, from);
        String newName = c.value(to);
        Region region = c.valueRegion(to);
        if (table != null && newName != null && region != null) {
            schema.remove(table.name());
            Schema.Table renamed = new Schema.Table(newName, definition(region), origin, table.columns());
            schema.put(renamed);
            refs.add(new Ref(region, Highlight.Style.TABLE, newName, renamed, null, true));
        }
    }

    private Schema.Column column(Element column, String name, Region region) {
        StringBuilder constraints = new StringBuilder();
        for (Element.Attr attr : column.attributes) {
            if (DslNodes.CONSTRAINTS.contains(attr.name())) {
                constraints.append(constraints.isEmpty() ? "" : " ").append(attr.name()).append('=').append(attr.value());
            }
        }
        for (Element nested : column.children) {
            if ("constraints".equals(nested.type)) {
                for (Element.Attr attr : nested.attributes) {
                    constraints.append(constraints.isEmpty() ? "" : " ").append(attr.name()).append('=').append(attr.value());
                }
            }
        }
        return new Schema.Column(name, column.value("type"), constraints.toString(), definition(region), origin);
    }

    /** The table an attribute (or the main value standing for it) names: a reference, reported when unknown. */
    private Schema.Table table(Element c, String attribute) {
        String name = c.value(attribute);
        Region region = c.valueRegion(attribute);
        if (name == null || region == null) {
            return null;
        }
        Schema.Table table = schema.table(name);
        refs.add(new Ref(region, Highlight.Style.TABLE, name, table, null, false));
        if (table == null) {
            String closest = Spelling.closest(name, schema.tableNames());
            problem(DslIssue.UNKNOWN_TABLE, region, c.type + " refers to table " + name + ", which no earlier change set creates"
                    + (closest != null ? ": did you mean " + closest + "?" : ": create it first or check its name"), closest);
        }
        return table;
    }

    /** Whether the column an attribute names exists in the table (a reference, reported when not). */
    private boolean column(Schema.Table table, Element c, String attribute) {
        String name = c.value(attribute);
        Region region = c.valueRegion(attribute);
        if (name == null || region == null) {
            return false;
        }
        return column(table, name, region, c.type.equals("column") && c.parent != null ? c.parent.type : c.type);
    }

    private boolean column(Schema.Table table, String name, Region region, String change) {
        Schema.Column column = table == null ? null : table.column(name);
        refs.add(new Ref(region, Highlight.Style.COLUMN, name, table, column, false));
        if (table != null && table.columns() != null && column == null) {
            String closest = Spelling.closest(name, table.columns().values().stream().map(Schema.Column::name).toList());
            problem(DslIssue.UNKNOWN_COLUMN, region, change + " refers to column " + table.name() + "." + name
                    + ", which the table does not have at that point" + (closest != null ? ": did you mean " + closest + "?" : ""), closest);
        }
        return column != null;
    }

    /** A comma-separated list of columns: each name is a reference with its own region inside the value's token. */
    private void columns(Schema.Table table, Element c, String attribute) {
        String names = c.value(attribute);
        Region region = c.valueRegion(attribute);
        if (names == null || region == null) {
            return;
        }
        String token = text.substring(region.offset(), region.end());
        int from = 0;
        for (String part : names.split(",")) {
            String name = part.strip();
            int at = token.indexOf(name, from);
            if (name.isEmpty() || at < 0) {
                continue;
            }
            from = at + name.length();
            column(table, name, new Region(region.offset() + at, name.length()), c.type);
        }
    }

    private Definition definition(Region region) {
        return new Definition(file, region.offset(), region.length(), lines.line(region.offset()));
    }

    private void problem(String code, Region region, String message, String suggestion) {
        if (report && schema.complete) {
            problems.add(new Problem(code, region, changeSetId, "change set '" + changeSetId + "': " + message, suggestion));
        }
    }

    /** 1-based lines of offsets. */
    static final class Lines {
        private final int[] starts;

        Lines(String text) {
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    count++;
                }
            }
            starts = new int[count];
            int line = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts[line++] = i + 1;
                }
            }
        }

        int line(int offset) {
            int low = 0;
            int high = starts.length - 1;
            while (low < high) {
                int mid = (low + high + 1) >>> 1;
                if (starts[mid] <= offset) {
                    low = mid;
                } else {
                    high = mid - 1;
                }
            }
            return low + 1;
        }

        int column(int offset) {
            return offset - starts[line(offset) - 1] + 1;
        }
    }
}
