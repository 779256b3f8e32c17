package io.strata.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.strata.forecast.model.TableModel;
import liquibase.change.AddColumnConfig;
import liquibase.change.ColumnConfig;
import liquibase.change.ConstraintsConfig;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.AddForeignKeyConstraintChange;
import liquibase.change.core.AddPrimaryKeyChange;
import liquibase.change.core.AddUniqueConstraintChange;
import liquibase.change.core.CreateIndexChange;
import liquibase.change.core.CreateSequenceChange;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.CreateViewChange;
import liquibase.change.core.DropColumnChange;
import liquibase.change.core.DropIndexChange;
import liquibase.change.core.DropSequenceChange;
import liquibase.change.core.DropTableChange;
import liquibase.change.core.DropViewChange;
import liquibase.change.core.RenameColumnChange;
import liquibase.change.core.RenameTableChange;

/**
 * Simulates the plain DDL of sql and sqlFile changes (CREATE/ALTER/DROP of tables, columns, keys,
 * indexes, views and sequences; INSERT/UPDATE/DELETE for row counts) by turning each statement into
 * the Liquibase change it stands for, so that SQL gets the same checks as the change types.
 * Anything else (procedural code, vendor statements) is "not simulated", with the statement named.
 */
final class SqlSimulator {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
    private static final String NAME = "((?:[\\w$]+|\"[^\"]+\"|`[^`]+`|\\[[^\\]]+\\])(?:\\s*\\.\\s*(?:[\\w$]+|\"[^\"]+\"|`[^`]+`|\\[[^\\]]+\\]))?)";
    private static final Pattern CREATE_TABLE = Pattern.compile("CREATE\\s+(?:GLOBAL\\s+|LOCAL\\s+)?(?:TEMP(?:ORARY)?\\s+)?TABLE\\s+(IF\\s+NOT\\s+EXISTS\\s+)?"
            + NAME + "\\s*\\((.*)\\)[^)]*", FLAGS);
    private static final Pattern DROP_TABLE = Pattern.compile("DROP\\s+TABLE\\s+(IF\\s+EXISTS\\s+)?" + NAME + "(\\s+CASCADE.*)?\\s*", FLAGS);
    private static final Pattern ADD_COLUMN = Pattern.compile("ALTER\\s+TABLE\\s+" + NAME + "\\s+ADD\\s+(?:COLUMN\\s+)?(?:IF\\s+NOT\\s+EXISTS\\s+)?(?!CONSTRAINT\\b|PRIMARY\\b|UNIQUE\\b|FOREIGN\\b|INDEX\\b|KEY\\b|CHECK\\b)(.+)", FLAGS);
    private static final Pattern DROP_COLUMN = Pattern.compile("ALTER\\s+TABLE\\s+" + NAME + "\\s+DROP\\s+(?:COLUMN\\s+)?(?:IF\\s+EXISTS\\s+)?(?!CONSTRAINT\\b|PRIMARY\\b|FOREIGN\\b|INDEX\\b|KEY\\b)" + NAME + "\\s*(?:CASCADE)?\\s*", FLAGS);
    private static final Pattern RENAME_TABLE = Pattern.compile("ALTER\\s+TABLE\\s+" + NAME + "\\s+RENAME\\s+TO\\s+" + NAME + "\\s*", FLAGS);
    private static final Pattern RENAME_COLUMN = Pattern.compile("ALTER\\s+TABLE\\s+" + NAME + "\\s+RENAME\\s+COLUMN\\s+" + NAME + "\\s+TO\\s+" + NAME + "\\s*", FLAGS);
    private static final Pattern ADD_CONSTRAINT = Pattern.compile("ALTER\\s+TABLE\\s+" + NAME + "\\s+ADD\\s+(.+)", FLAGS);
    private static final Pattern CREATE_INDEX = Pattern.compile("CREATE\\s+(UNIQUE\\s+)?(?:CLUSTERED\\s+|NONCLUSTERED\\s+)?INDEX\\s+(?:CONCURRENTLY\\s+)?(?:IF\\s+NOT\\s+EXISTS\\s+)?"
            + NAME + "\\s+ON\\s+" + NAME + "\\s*(?:USING\\s+\\w+\\s*)?\\((.*)\\)\\s*", FLAGS);
    private static final Pattern DROP_INDEX = Pattern.compile("DROP\\s+INDEX\\s+(?:CONCURRENTLY\\s+)?(IF\\s+EXISTS\\s+)?" + NAME + "(?:\\s+ON\\s+" + NAME + ")?\\s*", FLAGS);
    private static final Pattern CREATE_VIEW = Pattern.compile("CREATE\\s+(OR\\s+REPLACE\\s+)?(?:FORCE\\s+)?VIEW\\s+" + NAME + "(?:\\s*\\([^)]*\\))?\\s+AS\\s+(.*)", FLAGS);
    private static final Pattern DROP_VIEW = Pattern.compile("DROP\\s+VIEW\\s+(IF\\s+EXISTS\\s+)?" + NAME + ".*", FLAGS);
    private static final Pattern CREATE_SEQUENCE = Pattern.compile("CREATE\\s+SEQUENCE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?" + NAME + ".*", FLAGS);
    private static final Pattern DROP_SEQUENCE = Pattern.compile("DROP\\s+SEQUENCE\\s+(?:IF\\s+EXISTS\\s+)?" + NAME + ".*", FLAGS);
    private static final Pattern INSERT = Pattern.compile("INSERT\\s+INTO\\s+" + NAME + "\\s*(?:\\([^)]*\\))?\\s*VALUES\\s*(.*)", FLAGS);
    private static final Pattern INSERT_SELECT = Pattern.compile("INSERT\\s+INTO\\s+" + NAME + "\\b.*", FLAGS);
    private static final Pattern UPDATE = Pattern.compile("UPDATE\\s+" + NAME + "\\s+SET\\b.*", FLAGS);
    private static final Pattern DELETE = Pattern.compile("DELETE\\s+FROM\\s+" + NAME + "\\s*(WHERE\\b.*)?", FLAGS);
    private static final Pattern NO_SCHEMA_CHANGE = Pattern.compile("(COMMENT\\s+ON|GRANT|REVOKE|ANALYZE|VACUUM|SET|SELECT|COMMIT|BEGIN|START\\s+TRANSACTION)\\b.*", FLAGS);
    private static final Pattern ROUTINE = Pattern.compile("CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:DEFINER\\s*=\\s*\\S+\\s+)?(PROCEDURE|FUNCTION|TRIGGER|PACKAGE(?:\\s+BODY)?)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?" + NAME + ".*", FLAGS);
    private static final Pattern COLUMN_KEYWORDS = Pattern.compile("\\s(NOT\\s+NULL|NULL|DEFAULT|PRIMARY\\s+KEY|UNIQUE|REFERENCES|AUTO_INCREMENT|AUTOINCREMENT|GENERATED|IDENTITY|CHECK|CONSTRAINT|COLLATE|COMMENT|CHARACTER\\s+SET)\\b", FLAGS);

    private final Simulator simulator;

    SqlSimulator(Simulator simulator) {
        this.simulator = simulator;
    }

    /** @return null when every statement was simulated, else why not (naming the statement) */
    String simulate(String sql, String what) {
        if (sql == null) {
            return what + " could not be read";
        }
        List<String> notUnderstood = new ArrayList<>();
        for (String statement : statements(sql)) {
            if (!simulateStatement(statement)) {
                notUnderstood.add(abbreviate(statement));
            }
        }
        if (notUnderstood.isEmpty()) {
            return null;
        }
        return what + " holds statements that are not plain DDL: " + String.join("; ", notUnderstood);
    }

    private boolean simulateStatement(String statement) {
        Matcher m;
        if ((m = CREATE_TABLE.matcher(statement)).matches()) {
            return createTable(m.group(1) != null, name(m.group(2)), m.group(3));
        }
        if ((m = DROP_TABLE.matcher(statement)).matches()) {
            String[] n = name(m.group(2));
            if (m.group(1) != null && simulator.model().table(n[0], n[1]) == null) {
                simulator.effect("drops table " + n[1] + " if it exists (it does not)");
                return true;
            }
            DropTableChange c = new DropTableChange();
            c.setSchemaName(n[0]);
            c.setTableName(n[1]);
            c.setCascadeConstraints(m.group(3) != null);
            return run(c);
        }
        if ((m = RENAME_COLUMN.matcher(statement)).matches()) {
            String[] n = name(m.group(1));
            RenameColumnChange c = new RenameColumnChange();
            c.setSchemaName(n[0]);
            c.setTableName(n[1]);
            c.setOldColumnName(name(m.group(2))[1]);
            c.setNewColumnName(name(m.group(3))[1]);
            return run(c);
        }
        if ((m = RENAME_TABLE.matcher(statement)).matches()) {
            String[] n = name(m.group(1));
            RenameTableChange c = new RenameTableChange();
            c.setSchemaName(n[0]);
            c.setOldTableName(n[1]);
            c.setNewTableName(name(m.group(2))[1]);
            return run(c);
        }
        if ((m = DROP_COLUMN.matcher(statement)).matches()) {
            String[] n = name(m.group(1));
            DropColumnChange c = new DropColumnChange();
            c.setSchemaName(n[0]);
            c.setTableName(n[1]);
            c.setColumnName(name(m.group(2))[1]);
            return run(c);
        }
        if ((m = ADD_COLUMN.matcher(statement)).matches()) {
            String[] n = name(m.group(1));
            AddColumnConfig column = new AddColumnConfig();
            if (!column(m.group(2), column)) {
                return false;
            }
            AddColumnChange c = new AddColumnChange();
            c.setSchemaName(n[0]);
            c.setTableName(n[1]);
            c.addColumn(column);
            return run(c);
        }
        if ((m = ADD_CONSTRAINT.matcher(statement)).matches()) {
            String[] n = name(m.group(1));
            return tableConstraint(n, m.group(2));
        }
        if ((m = CREATE_INDEX.matcher(statement)).matches()) {
            String[] table = name(m.group(3));
            CreateIndexChange c = new CreateIndexChange();
            c.setUnique(m.group(1) != null);
            c.setIndexName(name(m.group(2))[1]);
            c.setSchemaName(table[0]);
            c.setTableName(table[1]);
            for (String column : splitTopLevel(m.group(4))) {
                AddColumnConfig config = new AddColumnConfig();
                String col = column.strip().replaceAll("(?i)\\s+(ASC|DESC)$", "");
                config.setName(col.matches("[\\w$\"`\\[\\]]+") ? name(col)[1] : col);
                if (!col.matches("[\\w$\"`\\[\\]]+")) {
                    config.setComputed(true);
                }
                c.addColumn(config);
            }
            return run(c);
        }
        if ((m = DROP_INDEX.matcher(statement)).matches()) {
            String[] n = name(m.group(2));
            DropIndexChange c = new DropIndexChange();
            c.setSchemaName(n[0]);
            c.setIndexName(n[1]);
            if (m.group(3) != null) {
                c.setTableName(name(m.group(3))[1]);
            }
            if (m.group(1) != null && simulator.model().tableWithIndex(n[0], n[1]) == null) {
                simulator.effect("drops index " + n[1] + " if it exists (it does not)");
                return true;
            }
            return run(c);
        }
        if ((m = CREATE_VIEW.matcher(statement)).matches()) {
            String[] n = name(m.group(2));
            CreateViewChange c = new CreateViewChange();
            c.setSchemaName(n[0]);
            c.setViewName(n[1]);
            c.setReplaceIfExists(m.group(1) != null);
            c.setSelectQuery(m.group(3));
            return run(c);
        }
        if ((m = DROP_VIEW.matcher(statement)).matches()) {
            String[] n = name(m.group(2));
            DropViewChange c = new DropViewChange();
            c.setSchemaName(n[0]);
            c.setViewName(n[1]);
            c.setIfExists(m.group(1) != null);
            return run(c);
        }
        if ((m = CREATE_SEQUENCE.matcher(statement)).matches()) {
            String[] n = name(m.group(1));
            CreateSequenceChange c = new CreateSequenceChange();
            c.setSchemaName(n[0]);
            c.setSequenceName(n[1]);
            return run(c);
        }
        if ((m = DROP_SEQUENCE.matcher(statement)).matches()) {
            String[] n = name(m.group(1));
            DropSequenceChange c = new DropSequenceChange();
            c.setSchemaName(n[0]);
            c.setSequenceName(n[1]);
            return run(c);
        }
        if ((m = INSERT.matcher(statement)).matches()) {
            String[] n = name(m.group(1));
            TableModel table = simulator.table(n[0], n[1]);
            if (table != null) {
                int rows = Math.max(1, splitTopLevel(m.group(2)).size());
                simulator.addRows(table, rows);
                simulator.effect("inserts " + rows + " row(s) into " + table.getName());
            }
            return true;
        }
        if ((m = INSERT_SELECT.matcher(statement)).matches()) {
            String[] n = name(m.group(1));
            TableModel table = simulator.table(n[0], n[1]);
            if (table != null) {
                table.setRowCount(null, false);
                simulator.effect("inserts rows into " + table.getName());
            }
            return true;
        }
        if ((m = UPDATE.matcher(statement)).matches()) {
            String[] n = name(m.group(1));
            TableModel table = simulator.table(n[0], n[1]);
            if (table != null) {
                simulator.effect("updates rows of " + table.getName());
            }
            return true;
        }
        if ((m = DELETE.matcher(statement)).matches()) {
            String[] n = name(m.group(1));
            TableModel table = simulator.table(n[0], n[1]);
            if (table != null) {
                table.setRowCount(m.group(2) == null ? Long.valueOf(0) : null, m.group(2) == null);
                simulator.effect("deletes " + (m.group(2) == null ? "every row" : "rows") + " of " + table.getName());
            }
            return true;
        }
        if ((m = ROUTINE.matcher(statement)).matches()) {
            String[] n = name(m.group(2));
            simulator.model().schema(n[0]).putStoredLogic(new io.strata.forecast.model.StoredLogicModel(n[1], routineKind(statement)));
            simulator.effect("creates " + routineKind(statement) + " " + n[1]);
            return true;
        }
        if (NO_SCHEMA_CHANGE.matcher(statement).matches()) {
            simulator.effect("runs " + statement.strip().split("\\s+")[0].toUpperCase(Locale.ROOT) + " (no change to the schema)");
            return true;
        }
        return false;
    }

    private boolean createTable(boolean ifNotExists, String[] name, String body) {
        CreateTableChange c = new CreateTableChange();
        c.setSchemaName(name[0]);
        c.setTableName(name[1]);
        c.setIfNotExists(ifNotExists);
        List<String> constraints = new ArrayList<>();
        for (String item : splitTopLevel(body)) {
            String trimmed = item.strip();
            if (trimmed.matches("(?is)(CONSTRAINT|PRIMARY\\s+KEY|UNIQUE|FOREIGN\\s+KEY|CHECK|INDEX|KEY|FULLTEXT|SPATIAL|EXCLUDE)\\b.*")) {
                constraints.add(trimmed);
                continue;
            }
            ColumnConfig column = new ColumnConfig();
            if (!column(trimmed, column)) {
                return false;
            }
            c.addColumn(column);
        }
        boolean simulated = run(c);
        String[] tableName = name;
        for (String constraint : constraints) {
            simulated &= tableConstraint(tableName, "CONSTRAINT_IN_CREATE " + constraint);
        }
        return simulated;
    }

    private static final Pattern CONSTRAINT = Pattern.compile("(?:CONSTRAINT_IN_CREATE\\s+)?(?:CONSTRAINT\\s+" + NAME + "\\s+)?"
            + "(PRIMARY\\s+KEY|UNIQUE(?:\\s+KEY|\\s+INDEX)?|FOREIGN\\s+KEY|CHECK|INDEX|KEY)\\s*" + "(?:" + NAME + "\\s*)?\\(([^)]*)\\)\\s*(.*)", FLAGS);
    private static final Pattern REFERENCES = Pattern.compile("REFERENCES\\s+" + NAME + "\\s*\\(([^)]*)\\)(.*)", FLAGS);

    private boolean tableConstraint(String[] table, String text) {
        Matcher m = CONSTRAINT.matcher(text.strip());
        if (!m.matches()) {
            return false;
        }
        String name = m.group(1) == null ? null : name(m.group(1))[1];
        String kind = m.group(2).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        String columns = String.join(",", splitTopLevel(m.group(4)).stream().map(s -> name(s.strip().replaceAll("(?i)\\s+(ASC|DESC)$", ""))[1]).toList());
        switch (kind) {
            case "PRIMARY KEY" -> {
                AddPrimaryKeyChange c = new AddPrimaryKeyChange();
                c.setSchemaName(table[0]);
                c.setTableName(table[1]);
                c.setConstraintName(name);
                c.setColumnNames(columns);
                return run(c);
            }
            case "FOREIGN KEY" -> {
                Matcher r = REFERENCES.matcher(m.group(5).strip());
                if (!r.matches()) {
                    return false;
                }
                String[] target = name(r.group(1));
                AddForeignKeyConstraintChange c = new AddForeignKeyConstraintChange();
                c.setBaseTableSchemaName(table[0]);
                c.setBaseTableName(table[1]);
                c.setConstraintName(name);
                c.setBaseColumnNames(columns);
                c.setReferencedTableSchemaName(target[0]);
                c.setReferencedTableName(target[1]);
                c.setReferencedColumnNames(String.join(",", splitTopLevel(r.group(2)).stream().map(s -> name(s.strip())[1]).toList()));
                return run(c);
            }
            case "CHECK" -> {
                simulator.effect("adds a check constraint to " + table[1]);
                return true;
            }
            case "INDEX", "KEY" -> {
                CreateIndexChange c = new CreateIndexChange();
                c.setSchemaName(table[0]);
                c.setTableName(table[1]);
                c.setIndexName(m.group(3) == null ? name : name(m.group(3))[1]);
                for (String column : columns.split(",")) {
                    AddColumnConfig config = new AddColumnConfig();
                    config.setName(column);
                    c.addColumn(config);
                }
                return run(c);
            }
            default -> {
                AddUniqueConstraintChange c = new AddUniqueConstraintChange();
                c.setSchemaName(table[0]);
                c.setTableName(table[1]);
                c.setConstraintName(name != null ? name : m.group(3) == null ? null : name(m.group(3))[1]);
                c.setColumnNames(columns);
                return run(c);
            }
        }
    }

    /** Reads {@code name TYPE(...) [NOT NULL] [DEFAULT x] [PRIMARY KEY] ...} into a column config. */
    private static boolean column(String definition, ColumnConfig column) {
        String d = definition.strip();
        Matcher name = Pattern.compile("^" + NAME.replace("(?:\\s*\\.\\s*(?:[\\w$]+|\"[^\"]+\"|`[^`]+`|\\[[^\\]]+\\]))?", "") + "\\s+(.+)$", FLAGS).matcher(d);
        if (!name.matches()) {
            return false;
        }
        column.setName(name(name.group(1))[1]);
        String rest = " " + name.group(2);
        Matcher keyword = COLUMN_KEYWORDS.matcher(rest);
        String type = keyword.find() ? rest.substring(0, keyword.start()) : rest;
        column.setType(type.strip());
        String modifiers = rest.substring(type.length()).toUpperCase(Locale.ROOT);
        ConstraintsConfig constraints = new ConstraintsConfig();
        if (modifiers.matches("(?s).*\\bNOT\\s+NULL\\b.*")) {
            constraints.setNullable(false);
        }
        if (modifiers.matches("(?s).*\\bPRIMARY\\s+KEY\\b.*")) {
            constraints.setPrimaryKey(true);
        }
        if (modifiers.matches("(?s).*\\bUNIQUE\\b.*")) {
            constraints.setUnique(true);
        }
        Matcher references = Pattern.compile("REFERENCES\\s+" + NAME + "\\s*\\(([^)]*)\\)", FLAGS).matcher(rest);
        if (references.find()) {
            String[] target = name(references.group(1));
            constraints.setReferencedTableSchemaName(target[0]);
            constraints.setReferencedTableName(target[1]);
            constraints.setReferencedColumnNames(name(references.group(2).strip())[1]);
        }
        Matcher defaultValue = Pattern.compile("\\bDEFAULT\\s+('(?:[^']|'')*'|\\S+)", FLAGS).matcher(rest);
        if (defaultValue.find()) {
            column.setDefaultValue(defaultValue.group(1));
        }
        if (modifiers.matches("(?s).*\\b(AUTO_INCREMENT|AUTOINCREMENT|IDENTITY|GENERATED)\\b.*") || type.strip().toUpperCase(Locale.ROOT).matches("(BIG|SMALL)?SERIAL")) {
            column.setAutoIncrement(true);
        }
        column.setConstraints(constraints);
        return true;
    }

    private boolean run(liquibase.change.Change change) {
        // The change's checks and effects go straight into the current change's result.
        simulator.applyNested(change);
        return true;
    }

    /** {schema or null, name}, without quotes. */
    static String[] name(String qualified) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        for (char ch : qualified.strip().toCharArray()) {
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"' || ch == '`') {
                quote = ch;
            } else if (ch == '[') {
                quote = ']';
            } else if (ch == '.') {
                parts.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        parts.add(cur.toString().strip());
        return parts.size() >= 2 ? new String[] {parts.get(parts.size() - 2), parts.get(parts.size() - 1)} : new String[] {null, parts.get(0)};
    }

    /** Splits SQL into statements at ';' (and lines holding only GO or /), outside quotes and comments; comments removed. */
    static List<String> statements(String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int n = sql.length();
        for (int i = 0; i < n; i++) {
            char c = sql.charAt(i);
            if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') {
                    i++;
                }
                cur.append('\n');
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 1;
                cur.append(' ');
            } else if (c == '\'' || c == '"' || c == '`') {
                int end = i + 1;
                while (end < n && sql.charAt(end) != c) {
                    end++;
                }
                cur.append(sql, i, Math.min(n, end + 1));
                i = end;
            } else if (c == ';') {
                add(statements, cur);
            } else if (c == '\n') {
                int lineEnd = sql.indexOf('\n', i + 1);
                String line = sql.substring(i + 1, lineEnd < 0 ? n : lineEnd).strip();
                cur.append(c);
                if (line.equalsIgnoreCase("GO") || line.equals("/")) {
                    add(statements, cur);
                    i = lineEnd < 0 ? n : lineEnd - 1;
                }
            } else {
                cur.append(c);
            }
        }
        add(statements, cur);
        return statements;
    }

    private static void add(List<String> statements, StringBuilder cur) {
        String s = cur.toString().strip();
        if (!s.isEmpty()) {
            statements.add(s);
        }
        cur.setLength(0);
    }

    /** Splits at commas that are not inside parentheses or quotes. */
    static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        StringBuilder cur = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(cur.toString());
                cur.setLength(0);
                continue;
            }
            cur.append(c);
        }
        if (!cur.toString().isBlank()) {
            parts.add(cur.toString());
        }
        return parts;
    }

    static String routineName(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = ROUTINE.matcher(text.strip());
        return m.matches() ? name(m.group(2))[1] : null;
    }

    static String routineKind(String text) {
        if (text == null) {
            return "procedure";
        }
        Matcher m = ROUTINE.matcher(text.strip());
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") : "procedure";
    }

    private static String abbreviate(String statement) {
        String s = statement.replaceAll("\\s+", " ").strip();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
