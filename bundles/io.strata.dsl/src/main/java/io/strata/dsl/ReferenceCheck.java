package io.strata.dsl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.strata.core.Spelling;
import liquibase.change.AbstractSQLChange;
import liquibase.change.Change;
import liquibase.change.ColumnConfig;
import liquibase.change.core.AddAutoIncrementChange;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.AddDefaultValueChange;
import liquibase.change.core.AddForeignKeyConstraintChange;
import liquibase.change.core.AddNotNullConstraintChange;
import liquibase.change.core.AddPrimaryKeyChange;
import liquibase.change.core.AddUniqueConstraintChange;
import liquibase.change.core.CreateIndexChange;
import liquibase.change.core.CreateProcedureChange;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.CreateViewChange;
import liquibase.change.core.DeleteDataChange;
import liquibase.change.core.DropColumnChange;
import liquibase.change.core.DropDefaultValueChange;
import liquibase.change.core.DropNotNullConstraintChange;
import liquibase.change.core.DropTableChange;
import liquibase.change.core.DropViewChange;
import liquibase.change.core.ExecuteShellCommandChange;
import liquibase.change.core.InsertDataChange;
import liquibase.change.core.LoadDataChange;
import liquibase.change.core.ModifyDataTypeChange;
import liquibase.change.core.RenameColumnChange;
import liquibase.change.core.RenameTableChange;
import liquibase.change.core.RenameViewChange;
import liquibase.change.core.SetColumnRemarksChange;
import liquibase.change.core.UpdateDataChange;
import liquibase.change.custom.CustomChangeWrapper;
import liquibase.changelog.ChangeSet;

/**
 * References to tables and columns, checked in order over a whole change log (any format, with
 * its includes) as Liquibase parsed it: a change that uses a table no earlier change set created,
 * or a column its table does not have at that point, is reported. The walk assumes the change log
 * builds the schema from nothing; once a change it cannot see into runs (sql, sqlFile, a procedure,
 * a custom change), it stops reporting. Change sets with preconditions are not reported (they may be
 * guarded) but still change the model.
 */
public final class ReferenceCheck {

    /** Where a change set starts, for the issues' lines (0 when unknown). */
    @FunctionalInterface
    public interface Lines {
        int line(String file, String id, String author);
    }

    /** Tables by upper-cased name, each with its upper-cased columns, or null columns when unknown (a view). */
    private final Map<String, Set<String>> tables = new HashMap<>();
    private final Map<String, String> written = new HashMap<>();
    private final List<DslIssue> issues = new ArrayList<>();
    private final Lines lines;
    private boolean complete = true;
    private ChangeSet current;
    private boolean report;

    private ReferenceCheck(Lines lines) {
        this.lines = lines;
    }

    /** The issues of the change sets, in order. */
    public static List<DslIssue> check(List<ChangeSet> changeSets, Lines lines) {
        ReferenceCheck check = new ReferenceCheck(lines);
        for (ChangeSet changeSet : changeSets) {
            check.current = changeSet;
            check.report = changeSet.getPreconditions() == null || changeSet.getPreconditions().getNestedPreconditions().isEmpty();
            for (Change change : changeSet.getChanges()) {
                if (!check.complete) {
                    return check.issues;
                }
                check.apply(change);
            }
        }
        return check.issues;
    }

    private void apply(Change change) {
        String name = liquibase.Scope.getCurrentScope().getSingleton(liquibase.change.ChangeFactory.class).getChangeMetaData(change).getName();
        switch (change) {
            case CreateTableChange c -> {
                Set<String> columns = new LinkedHashSet<>();
                c.getColumns().forEach(col -> columns.add(key(col.getName())));
                create(c.getTableName(), columns);
            }
            case CreateViewChange c -> create(c.getViewName(), null);
            case DropTableChange c -> {
                if (table(name, c.getTableName())) {
                    tables.remove(key(c.getTableName()));
                }
            }
            case DropViewChange c -> {
                if (table(name, c.getViewName())) {
                    tables.remove(key(c.getViewName()));
                }
            }
            case RenameTableChange c -> rename(name, c.getOldTableName(), c.getNewTableName());
            case RenameViewChange c -> rename(name, c.getOldViewName(), c.getNewViewName());
            case AddColumnChange c -> {
                if (table(name, c.getTableName()) && tables.get(key(c.getTableName())) != null) {
                    c.getColumns().forEach(col -> tables.get(key(c.getTableName())).add(key(col.getName())));
                }
            }
            case DropColumnChange c -> {
                List<String> columns = new ArrayList<>();
                if (c.getColumnName() != null) {
                    columns.add(c.getColumnName());
                }
                c.getColumns().forEach(col -> columns.add(col.getName()));
                if (columns(name, c.getTableName(), columns)) {
                    columns.forEach(col -> tables.get(key(c.getTableName())).remove(key(col)));
                }
            }
            case RenameColumnChange c -> {
                if (columns(name, c.getTableName(), List.of(c.getOldColumnName()))) {
                    Set<String> columns = tables.get(key(c.getTableName()));
                    columns.remove(key(c.getOldColumnName()));
                    columns.add(key(c.getNewColumnName()));
                }
            }
            case ModifyDataTypeChange c -> columns(name, c.getTableName(), List.of(c.getColumnName()));
            case AddNotNullConstraintChange c -> columns(name, c.getTableName(), List.of(c.getColumnName()));
            case DropNotNullConstraintChange c -> columns(name, c.getTableName(), List.of(c.getColumnName()));
            case AddDefaultValueChange c -> columns(name, c.getTableName(), List.of(c.getColumnName()));
            case DropDefaultValueChange c -> columns(name, c.getTableName(), List.of(c.getColumnName()));
            case AddAutoIncrementChange c -> columns(name, c.getTableName(), List.of(c.getColumnName()));
            case SetColumnRemarksChange c -> columns(name, c.getTableName(), List.of(c.getColumnName()));
            case CreateIndexChange c -> columns(name, c.getTableName(), c.getColumns().stream().map(ColumnConfig::getName).toList());
            case AddPrimaryKeyChange c -> columns(name, c.getTableName(), split(c.getColumnNames()));
            case AddUniqueConstraintChange c -> columns(name, c.getTableName(), split(c.getColumnNames()));
            case AddForeignKeyConstraintChange c -> {
                columns(name, c.getBaseTableName(), split(c.getBaseColumnNames()));
                columns(name, c.getReferencedTableName(), split(c.getReferencedColumnNames()));
            }
            case InsertDataChange c -> columns(name, c.getTableName(), c.getColumns().stream().map(ColumnConfig::getName).toList());
            case UpdateDataChange c -> columns(name, c.getTableName(), c.getColumns().stream().map(ColumnConfig::getName).toList());
            case DeleteDataChange c -> table(name, c.getTableName());
            case LoadDataChange c -> table(name, c.getTableName());
            // Changes that may create anything: from here on the model is not known.
            case AbstractSQLChange c -> complete = false;
            case CreateProcedureChange c -> complete = false;
            case CustomChangeWrapper c -> complete = false;
            case ExecuteShellCommandChange c -> complete = false;
            default -> {
                // Changes that do not touch tables or columns (tags, sequences, output...).
            }
        }
    }

    private static List<String> split(String names) {
        return names == null ? List.of() : Arrays.stream(names.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String key(String name) {
        return name == null ? "" : name.replace("\"", "").replace("`", "").strip().toUpperCase(Locale.ROOT);
    }

    private void create(String table, Set<String> columns) {
        tables.put(key(table), columns);
        written.put(key(table), table);
    }

    private void rename(String change, String from, String to) {
        if (table(change, from)) {
            tables.put(key(to), tables.remove(key(from)));
            written.put(key(to), to);
        }
    }

    /** Whether the table exists; reports it when not. */
    private boolean table(String change, String table) {
        if (table == null || tables.containsKey(key(table))) {
            return table != null;
        }
        String closest = Spelling.closest(table, written.values());
        issue(DslIssue.UNKNOWN_TABLE, change + " refers to table " + table + ", which no earlier change set creates"
                + (closest != null ? ": did you mean " + closest + "?" : ": create it first or check its name"));
        return false;
    }

    /** Whether the table and all the columns exist; reports what does not. */
    private boolean columns(String change, String table, List<String> columns) {
        if (!table(change, table)) {
            return false;
        }
        Set<String> known = tables.get(key(table));
        if (known == null) {
            return false;
        }
        boolean all = true;
        for (String column : columns) {
            if (column != null && !known.contains(key(column))) {
                String closest = Spelling.closest(key(column), known);
                issue(DslIssue.UNKNOWN_COLUMN, change + " refers to column " + table + "." + column + ", which the table does not have "
                        + "at that point" + (closest != null ? ": did you mean " + closest + "?" : ""));
                all = false;
            }
        }
        return all;
    }

    private void issue(String code, String message) {
        if (!report) {
            return;
        }
        String file = current.getFilePath();
        issues.add(new DslIssue(code, DslIssue.Severity.WARNING, file, lines.line(file, current.getId(), current.getAuthor()), 1,
                current.getId(), "change set '" + current.getId() + "': " + message));
    }
}
