package io.strata.forecast.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A schema of the model: its tables, views, sequences and stored logic. */
public final class SchemaModel {

    private final String name;
    private final Map<String, TableModel> tables = new LinkedHashMap<>();
    private final Map<String, ViewModel> views = new LinkedHashMap<>();
    private final Map<String, SequenceModel> sequences = new LinkedHashMap<>();
    private final Map<String, StoredLogicModel> storedLogic = new LinkedHashMap<>();
    /** Which table holds an index or a constraint of a given name: names are unique per schema in most databases. */
    private final Map<String, TableModel> indexNames = new java.util.HashMap<>();
    private final Map<String, TableModel> constraintNames = new java.util.HashMap<>();

    public SchemaModel(String name) {
        this.name = name;
    }

    SchemaModel copy() {
        SchemaModel s = new SchemaModel(name);
        tables.forEach((k, t) -> s.tables.put(k, t.copy(s)));
        s.views.putAll(views);
        s.sequences.putAll(sequences);
        s.storedLogic.putAll(storedLogic);
        return s;
    }

    public String getName() {
        return name;
    }

    public List<TableModel> getTables() {
        return new ArrayList<>(tables.values());
    }

    public TableModel table(String name) {
        return tables.get(Names.key(name));
    }

    /** Adds a new table to this schema and returns it. */
    public TableModel addTable(String tableName) {
        TableModel table = new TableModel(this, tableName);
        TableModel replaced = tables.put(Names.key(tableName), table);
        if (replaced != null) {
            forget(replaced);
        }
        return table;
    }

    public TableModel removeTable(String tableName) {
        TableModel removed = tables.remove(Names.key(tableName));
        if (removed != null) {
            forget(removed);
        }
        return removed;
    }

    private void forget(TableModel table) {
        table.forEachName((n, isIndex) -> {
            if (isIndex) {
                unregisterIndex(n, table);
            } else {
                unregisterConstraint(n, table);
            }
        });
    }

    void registerIndex(String indexName, TableModel table) {
        if (indexName != null) {
            indexNames.putIfAbsent(Names.key(indexName), table);
        }
    }

    void unregisterIndex(String indexName, TableModel table) {
        if (indexName != null) {
            indexNames.remove(Names.key(indexName), table);
            // another table may hold an index of that name too (MySQL: per table)
            for (TableModel t : tables.values()) {
                if (t != table && t.index(indexName) != null) {
                    indexNames.putIfAbsent(Names.key(indexName), t);
                    break;
                }
            }
        }
    }

    void registerConstraint(String constraintName, TableModel table) {
        if (constraintName != null) {
            constraintNames.putIfAbsent(Names.key(constraintName), table);
        }
    }

    void unregisterConstraint(String constraintName, TableModel table) {
        if (constraintName != null) {
            constraintNames.remove(Names.key(constraintName), table);
        }
    }

    /** The table that has an index called {@code name}, or null. */
    public TableModel tableWithIndex(String indexName) {
        return indexName == null ? null : indexNames.get(Names.key(indexName));
    }

    /** The table that has a primary key, unique constraint or foreign key called {@code name}, or null. */
    public TableModel tableWithConstraint(String constraintName) {
        return constraintName == null ? null : constraintNames.get(Names.key(constraintName));
    }

    public void renameTable(String from, String to) {
        TableModel table = tables.remove(Names.key(from));
        if (table != null) {
            table.setName(to);
            tables.put(Names.key(to), table);
        }
    }

    public List<ViewModel> getViews() {
        return new ArrayList<>(views.values());
    }

    public ViewModel view(String name) {
        return views.get(Names.key(name));
    }

    public void putView(ViewModel view) {
        views.put(Names.key(view.name()), view);
    }

    public ViewModel removeView(String viewName) {
        return views.remove(Names.key(viewName));
    }

    public List<SequenceModel> getSequences() {
        return new ArrayList<>(sequences.values());
    }

    public SequenceModel sequence(String name) {
        return sequences.get(Names.key(name));
    }

    public void putSequence(SequenceModel sequence) {
        sequences.put(Names.key(sequence.name()), sequence);
    }

    public SequenceModel removeSequence(String sequenceName) {
        return sequences.remove(Names.key(sequenceName));
    }

    public List<StoredLogicModel> getStoredLogic() {
        return new ArrayList<>(storedLogic.values());
    }

    public StoredLogicModel storedLogic(String name) {
        return storedLogic.get(Names.key(name));
    }

    public void putStoredLogic(StoredLogicModel logic) {
        storedLogic.put(Names.key(logic.name()), logic);
    }

    public StoredLogicModel removeStoredLogic(String logicName) {
        return storedLogic.remove(Names.key(logicName));
    }

    /** Whether a table or a view has this name (they share one namespace in every database). */
    public boolean hasRelation(String relationName) {
        return table(relationName) != null || view(relationName) != null;
    }
}
