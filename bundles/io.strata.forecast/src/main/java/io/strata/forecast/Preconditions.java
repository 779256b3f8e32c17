package io.strata.forecast;

import java.util.List;
import java.util.Set;

import io.strata.forecast.model.DatabaseModel;
import io.strata.forecast.model.Names;
import io.strata.forecast.model.SchemaModel;
import io.strata.forecast.model.TableModel;
import liquibase.precondition.Precondition;
import liquibase.precondition.core.AndPrecondition;
import liquibase.precondition.core.ChangeSetExecutedPrecondition;
import liquibase.precondition.core.ColumnExistsPrecondition;
import liquibase.precondition.core.DBMSPrecondition;
import liquibase.precondition.core.ForeignKeyExistsPrecondition;
import liquibase.precondition.core.IndexExistsPrecondition;
import liquibase.precondition.core.NotPrecondition;
import liquibase.precondition.core.OrPrecondition;
import liquibase.precondition.core.PreconditionContainer;
import liquibase.precondition.core.PrimaryKeyExistsPrecondition;
import liquibase.precondition.core.RowCountPrecondition;
import liquibase.precondition.core.SequenceExistsPrecondition;
import liquibase.precondition.core.TableExistsPrecondition;
import liquibase.precondition.core.TableIsEmptyPrecondition;
import liquibase.precondition.core.UniqueConstraintExistsPrecondition;
import liquibase.precondition.core.ViewExistsPrecondition;

/**
 * Decides a change set's preconditions on the model where the model can: existence of tables,
 * columns, keys, indexes, views and sequences, row counts, the database type, change sets run.
 * SQL checks and the like stay undecided.
 */
final class Preconditions {

    /** What the model says of a precondition. */
    enum Verdict {
        PASSES, FAILS, UNKNOWN;

        Verdict not() {
            return this == PASSES ? FAILS : this == FAILS ? PASSES : UNKNOWN;
        }
    }

    private final DatabaseModel model;
    private final Set<String> ranKeys;

    /** @param ranKeys {@link AppliedChangeSetKey#key()} of every change set applied or forecast so far */
    Preconditions(DatabaseModel model, Set<String> ranKeys) {
        this.model = model;
        this.ranKeys = ranKeys;
    }

    Verdict evaluate(Precondition p) {
        return switch (p) {
            case null -> Verdict.PASSES;
            case NotPrecondition not -> all(not.getNestedPreconditions()).not();
            case OrPrecondition or -> any(or.getNestedPreconditions());
            // PreconditionContainer is an AndPrecondition
            case AndPrecondition and -> all(and.getNestedPreconditions());
            case TableExistsPrecondition t -> known(t.getTableName(), table(t.getSchemaName(), t.getTableName()) != null);
            case ColumnExistsPrecondition c -> {
                TableModel table = table(c.getSchemaName(), c.getTableName());
                yield known(c.getTableName(), table != null && table.column(c.getColumnName()) != null);
            }
            case ViewExistsPrecondition v -> verdict(schema(v.getSchemaName()) != null && schema(v.getSchemaName()).view(v.getViewName()) != null);
            case SequenceExistsPrecondition s -> verdict(schema(s.getSchemaName()) != null && schema(s.getSchemaName()).sequence(s.getSequenceName()) != null);
            case IndexExistsPrecondition i -> {
                if (i.getIndexName() != null) {
                    TableModel table = i.getTableName() != null ? table(i.getSchemaName(), i.getTableName())
                            : model.tableWithIndex(i.getSchemaName(), i.getIndexName());
                    yield known(i.getTableName(), table != null && table.index(i.getIndexName()) != null);
                }
                TableModel table = table(i.getSchemaName(), i.getTableName());
                yield known(i.getTableName(), table != null && table.hasIndexOn(Simulator.split(i.getColumnNames())));
            }
            case PrimaryKeyExistsPrecondition k -> {
                if (k.getTableName() != null) {
                    TableModel table = table(k.getSchemaName(), k.getTableName());
                    yield known(k.getTableName(), table != null && table.getPrimaryKey() != null
                            && (k.getPrimaryKeyName() == null || Names.same(k.getPrimaryKeyName(), table.getPrimaryKey().name())));
                }
                yield verdict(model.tableWithConstraint(k.getSchemaName(), k.getPrimaryKeyName()) != null);
            }
            case ForeignKeyExistsPrecondition f -> {
                TableModel table = f.getForeignKeyTableName() != null ? table(f.getSchemaName(), f.getForeignKeyTableName())
                        : model.tableWithConstraint(f.getSchemaName(), f.getForeignKeyName());
                yield known(f.getForeignKeyTableName(), table != null && table.foreignKey(f.getForeignKeyName()) != null);
            }
            case UniqueConstraintExistsPrecondition u -> {
                TableModel table = table(u.getSchemaName(), u.getTableName());
                yield known(u.getTableName(), table != null && table.getUniqueConstraints().stream()
                        .anyMatch(k -> u.getConstraintName() != null ? Names.same(k.name(), u.getConstraintName())
                                : k.hasColumns(Simulator.split(u.getColumnNames()))));
            }
            case TableIsEmptyPrecondition e -> {
                TableModel table = table(e.getSchemaName(), e.getTableName());
                yield table == null || table.getRowCount() == null ? Verdict.UNKNOWN : verdict(table.getRowCount() == 0);
            }
            case RowCountPrecondition r -> {
                TableModel table = table(r.getSchemaName(), r.getTableName());
                yield table == null || table.getRowCount() == null || !table.isRowCountExact() ? Verdict.UNKNOWN
                        : verdict(table.getRowCount().equals(r.getExpectedRows()));
            }
            case DBMSPrecondition d -> verdict(d.getType() == null || List.of(d.getType().split(",")).stream()
                    .map(String::strip).anyMatch(t -> dbms(t)));
            case ChangeSetExecutedPrecondition c -> verdict(ranKeys.contains(new AppliedChangeSetKey(c.getChangeLogFile(), c.getId(),
                    c.getAuthor(), null).key()));
            default -> Verdict.UNKNOWN;
        };
    }

    private boolean dbms(String type) {
        String t = type.toLowerCase(java.util.Locale.ROOT);
        String mine = model.getDatabaseType();
        return t.equals("all") || t.equals(mine) || t.equals("mssql") && "sqlserver".equals(mine)
                || t.equals("mysql") && "mariadb".equals(mine);
    }

    private Verdict all(List<Precondition> nested) {
        Verdict v = Verdict.PASSES;
        for (Precondition p : nested) {
            Verdict n = evaluate(p);
            if (n == Verdict.FAILS) {
                return Verdict.FAILS;
            }
            if (n == Verdict.UNKNOWN) {
                v = Verdict.UNKNOWN;
            }
        }
        return v;
    }

    private Verdict any(List<Precondition> nested) {
        Verdict v = Verdict.FAILS;
        for (Precondition p : nested) {
            Verdict n = evaluate(p);
            if (n == Verdict.PASSES) {
                return Verdict.PASSES;
            }
            if (n == Verdict.UNKNOWN) {
                v = Verdict.UNKNOWN;
            }
        }
        return v;
    }

    /** A missing table in a limited (partial) model may exist in the database. */
    private Verdict known(String tableName, boolean found) {
        if (!found && model.isPartial() && tableName != null && model.table(null, tableName) == null) {
            return Verdict.UNKNOWN;
        }
        return verdict(found);
    }

    private static Verdict verdict(boolean b) {
        return b ? Verdict.PASSES : Verdict.FAILS;
    }

    private SchemaModel schema(String name) {
        return model.findSchema(name);
    }

    private TableModel table(String schema, String name) {
        return model.table(schema, name);
    }

    static boolean isEmpty(PreconditionContainer container) {
        return container == null || container.getNestedPreconditions().isEmpty();
    }
}
