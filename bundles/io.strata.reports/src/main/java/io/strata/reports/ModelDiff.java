package io.strata.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.strata.forecast.model.ColumnModel;
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

/** The differences between the model before and after a forecast, object by object. */
final class ModelDiff {

    /**
     * One object that was added, removed or changed.
     *
     * @param kind {@code table}, {@code column}, {@code primaryKey}, {@code unique}, {@code index},
     *     {@code foreignKey}, {@code rows}, {@code view}, {@code sequence} or {@code storedLogic}
     * @param schema the schema it is in
     * @param table the table it belongs to, or null for a schema-level object (table, view, sequence, stored logic)
     * @param name its name (a key, index or foreign key: its description)
     * @param before its description before, or null when it was added
     * @param after its description after, or null when it was removed
     */
    record Change(String kind, String schema, String table, String name, String before, String after) {

        String action() {
            return before == null ? "added" : after == null ? "removed" : "changed";
        }

        /** {@code schema.table.name} or what there is of it. */
        String object() {
            StringBuilder s = new StringBuilder();
            if (schema != null && !schema.isEmpty()) {
                s.append(schema).append('.');
            }
            if (table != null) {
                s.append(table);
                if (!kind.equals("table")) {
                    s.append('.');
                }
            }
            if (!kind.equals("table") || table == null) {
                s.append(name);
            }
            return s.toString();
        }
    }

    private ModelDiff() {
    }

    static List<Change> compare(DatabaseModel before, DatabaseModel after) {
        List<Change> changes = new ArrayList<>();
        if (before == null || after == null) {
            return changes;
        }
        Map<String, SchemaModel> b = bySchema(before);
        Map<String, SchemaModel> a = bySchema(after);
        Set<String> keys = new LinkedHashSet<>(b.keySet());
        keys.addAll(a.keySet());
        SchemaModel none = new SchemaModel("");
        for (String key : keys) {
            SchemaModel sb = b.getOrDefault(key, none);
            SchemaModel sa = a.getOrDefault(key, none);
            String schema = (a.containsKey(key) ? sa : sb).getName();
            tables(schema, sb.getTables(), sa.getTables(), changes);
            objects("view", schema, null, sb.getViews(), sa.getViews(), ViewModel::name,
                    v -> v.definition() == null ? "view " + v.name() : v.definition(), changes);
            objects("sequence", schema, null, sb.getSequences(), sa.getSequences(), SequenceModel::name, ModelText::sequence, changes);
            objects("storedLogic", schema, null, sb.getStoredLogic(), sa.getStoredLogic(), StoredLogicModel::name,
                    l -> l.kind() + " " + l.name(), changes);
        }
        return changes;
    }

    private static Map<String, SchemaModel> bySchema(DatabaseModel model) {
        Map<String, SchemaModel> map = new LinkedHashMap<>();
        for (SchemaModel s : model.getSchemas()) {
            map.put(Names.key(s.getName()), s);
        }
        return map;
    }

    private static void tables(String schema, List<TableModel> before, List<TableModel> after, List<Change> changes) {
        Map<String, TableModel> b = new LinkedHashMap<>();
        for (TableModel t : before) {
            b.put(Names.key(t.getName()), t);
        }
        Map<String, TableModel> a = new LinkedHashMap<>();
        for (TableModel t : after) {
            a.put(Names.key(t.getName()), t);
        }
        for (Map.Entry<String, TableModel> e : b.entrySet()) {
            if (!a.containsKey(e.getKey())) {
                TableModel t = e.getValue();
                changes.add(new Change("table", schema, t.getName(), t.getName(), ModelText.table(t), null));
            }
        }
        for (Map.Entry<String, TableModel> e : a.entrySet()) {
            TableModel ta = e.getValue();
            TableModel tb = b.get(e.getKey());
            if (tb == null) {
                changes.add(new Change("table", schema, ta.getName(), ta.getName(), null, ModelText.table(ta)));
                continue;
            }
            String table = ta.getName();
            objects("column", schema, table, tb.getColumns(), ta.getColumns(), ColumnModel::getName, ColumnModel::describe, changes);
            List<KeyModel> pkBefore = tb.getPrimaryKey() == null ? List.of() : List.of(tb.getPrimaryKey());
            List<KeyModel> pkAfter = ta.getPrimaryKey() == null ? List.of() : List.of(ta.getPrimaryKey());
            objects("primaryKey", schema, table, pkBefore, pkAfter, k -> "primary key", ModelText::primaryKey, changes);
            described("unique", schema, table, tb.getUniqueConstraints(), ta.getUniqueConstraints(), ModelText::unique, changes);
            described("index", schema, table, tb.getIndexes(), ta.getIndexes(), ModelText::index, changes);
            described("foreignKey", schema, table, tb.getForeignKeys(), ta.getForeignKeys(), ModelText::foreignKey, changes);
            String rowsBefore = ModelText.rows(tb);
            String rowsAfter = ModelText.rows(ta);
            if (!rowsBefore.equals(rowsAfter)) {
                changes.add(new Change("rows", schema, table, "rows", rowsBefore, rowsAfter));
            }
        }
    }

    /** Objects matched by name: added, removed, or changed when their descriptions differ. */
    private static <T> void objects(String kind, String schema, String table, List<T> before, List<T> after,
            Function<T, String> name, Function<T, String> describe, List<Change> changes) {
        if (before.isEmpty() && after.isEmpty()) {
            return;
        }
        Map<String, T> b = new LinkedHashMap<>();
        for (T o : before) {
            b.put(Names.key(name.apply(o)), o);
        }
        Set<String> seen = new LinkedHashSet<>();
        for (T o : after) {
            String key = Names.key(name.apply(o));
            seen.add(key);
            T old = b.get(key);
            String now = describe.apply(o);
            if (old == null) {
                changes.add(new Change(kind, schema, table, name.apply(o), null, now));
            } else if (!describe.apply(old).equals(now)) {
                changes.add(new Change(kind, schema, table, name.apply(o), describe.apply(old), now));
            }
        }
        for (Map.Entry<String, T> e : b.entrySet()) {
            if (!seen.contains(e.getKey())) {
                changes.add(new Change(kind, schema, table, name.apply(e.getValue()), describe.apply(e.getValue()), null));
            }
        }
    }

    /** Objects matched by their whole description (an index that changed is one removed and one added). */
    private static <T> void described(String kind, String schema, String table, List<T> before, List<T> after,
            Function<T, String> describe, List<Change> changes) {
        if (before.isEmpty() && after.isEmpty()) {
            return;
        }
        Set<String> b = new LinkedHashSet<>();
        for (T o : before) {
            b.add(describe.apply(o));
        }
        Set<String> a = new LinkedHashSet<>();
        for (T o : after) {
            a.add(describe.apply(o));
        }
        for (String d : b) {
            if (!a.contains(d)) {
                changes.add(new Change(kind, schema, table, d, d, null));
            }
        }
        for (String d : a) {
            if (!b.contains(d)) {
                changes.add(new Change(kind, schema, table, d, null, d));
            }
        }
    }
}
