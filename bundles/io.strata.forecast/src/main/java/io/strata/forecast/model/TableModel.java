package io.strata.forecast.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** A table of the model: columns, keys, indexes, foreign keys and how many rows it holds. */
public final class TableModel {

    private final String schema;
    private final SchemaModel owner;
    private String name;
    private final Map<String, ColumnModel> columns = new LinkedHashMap<>();
    private KeyModel primaryKey;
    private final List<KeyModel> uniqueConstraints = new ArrayList<>();
    private final List<IndexModel> indexes = new ArrayList<>();
    private final List<ForeignKeyModel> foreignKeys = new ArrayList<>();
    private Long rowCount;
    private boolean rowCountExact;
    private String remarks;

    /** A table of {@code owner}, which keeps the names of its indexes and constraints unique per schema. */
    TableModel(SchemaModel owner, String name) {
        this.owner = owner;
        this.schema = owner.getName();
        this.name = name;
    }

    TableModel copy(SchemaModel newOwner) {
        TableModel t = new TableModel(newOwner, name);
        for (ColumnModel c : columns.values()) {
            t.addColumn(c.copy());
        }
        t.setPrimaryKey(primaryKey);
        uniqueConstraints.forEach(t::addUniqueConstraint);
        indexes.forEach(t::addIndex);
        foreignKeys.forEach(t::addForeignKey);
        t.rowCount = rowCount;
        t.rowCountExact = rowCountExact;
        t.remarks = remarks;
        return t;
    }

    public String getSchema() {
        return schema;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public List<ColumnModel> getColumns() {
        return List.copyOf(columns.values());
    }

    public List<String> getColumnNames() {
        return columns.values().stream().map(ColumnModel::getName).toList();
    }

    public int getColumnCount() {
        return columns.size();
    }

    /** The column called {@code name} (any case), or null. */
    public ColumnModel column(String name) {
        return columns.get(Names.key(name));
    }

    public void addColumn(ColumnModel column) {
        columns.put(Names.key(column.getName()), column);
    }

    public ColumnModel removeColumn(String name) {
        return columns.remove(Names.key(name));
    }

    /** Renames a column, keeping its position. */
    public void renameColumn(String from, String to) {
        Map<String, ColumnModel> reordered = new LinkedHashMap<>();
        for (Map.Entry<String, ColumnModel> e : columns.entrySet()) {
            if (e.getKey().equals(Names.key(from))) {
                e.getValue().setName(to);
                reordered.put(Names.key(to), e.getValue());
            } else {
                reordered.put(e.getKey(), e.getValue());
            }
        }
        columns.clear();
        columns.putAll(reordered);
        // Same names, other columns: the schema's name registry is unchanged.
        primaryKey = primaryKey == null ? null : new KeyModel(primaryKey.name(), rename(primaryKey.columns(), from, to));
        uniqueConstraints.replaceAll(k -> new KeyModel(k.name(), rename(k.columns(), from, to)));
        indexes.replaceAll(i -> new IndexModel(i.name(), rename(i.columns(), from, to), i.unique()));
        foreignKeys.replaceAll(f -> new ForeignKeyModel(f.name(), rename(f.columns(), from, to), f.referencedSchema(),
                f.referencedTable(), f.referencedColumns(), f.onDelete()));
    }

    static List<String> rename(Collection<String> names, String from, String to) {
        return names.stream().map(n -> Names.same(n, from) ? to : n).toList();
    }

    public KeyModel getPrimaryKey() {
        return primaryKey;
    }

    public void setPrimaryKey(KeyModel primaryKey) {
        if (this.primaryKey != null) {
            owner.unregisterConstraint(this.primaryKey.name(), this);
        }
        this.primaryKey = primaryKey;
        if (primaryKey != null) {
            owner.registerConstraint(primaryKey.name(), this);
        }
    }

    public List<KeyModel> getUniqueConstraints() {
        return java.util.Collections.unmodifiableList(uniqueConstraints);
    }

    public void addUniqueConstraint(KeyModel key) {
        uniqueConstraints.add(key);
        owner.registerConstraint(key.name(), this);
    }

    public void removeUniqueConstraint(KeyModel key) {
        if (uniqueConstraints.remove(key)) {
            owner.unregisterConstraint(key.name(), this);
        }
    }

    public void removeUniqueConstraintsIf(Predicate<KeyModel> which) {
        for (KeyModel key : List.copyOf(uniqueConstraints)) {
            if (which.test(key)) {
                removeUniqueConstraint(key);
            }
        }
    }

    public List<IndexModel> getIndexes() {
        return java.util.Collections.unmodifiableList(indexes);
    }

    public void addIndex(IndexModel index) {
        indexes.add(index);
        owner.registerIndex(index.name(), this);
    }

    public void removeIndex(IndexModel index) {
        if (indexes.remove(index)) {
            owner.unregisterIndex(index.name(), this);
        }
    }

    public void removeIndexesIf(Predicate<IndexModel> which) {
        for (IndexModel index : List.copyOf(indexes)) {
            if (which.test(index)) {
                removeIndex(index);
            }
        }
    }

    /** The index called {@code name}, or null. */
    public IndexModel index(String name) {
        return indexes.stream().filter(i -> Names.same(i.name(), name)).findFirst().orElse(null);
    }

    public List<ForeignKeyModel> getForeignKeys() {
        return java.util.Collections.unmodifiableList(foreignKeys);
    }

    public void addForeignKey(ForeignKeyModel foreignKey) {
        foreignKeys.add(foreignKey);
        owner.registerConstraint(foreignKey.name(), this);
    }

    public void removeForeignKey(ForeignKeyModel foreignKey) {
        if (foreignKeys.remove(foreignKey)) {
            owner.unregisterConstraint(foreignKey.name(), this);
        }
    }

    public void removeForeignKeysIf(Predicate<ForeignKeyModel> which) {
        for (ForeignKeyModel foreignKey : List.copyOf(foreignKeys)) {
            if (which.test(foreignKey)) {
                removeForeignKey(foreignKey);
            }
        }
    }

    /** Replaces foreign keys by others of the same name (a renamed target table or column). */
    public void replaceForeignKeys(UnaryOperator<ForeignKeyModel> replacement) {
        foreignKeys.replaceAll(replacement);
    }

    public void clearForeignKeys() {
        removeForeignKeysIf(f -> true);
    }

    /** Every index and constraint name of this table, for its schema's registry. */
    void forEachName(java.util.function.BiConsumer<String, Boolean> indexOrConstraint) {
        indexes.forEach(i -> indexOrConstraint.accept(i.name(), true));
        if (primaryKey != null) {
            indexOrConstraint.accept(primaryKey.name(), false);
        }
        uniqueConstraints.forEach(k -> indexOrConstraint.accept(k.name(), false));
        foreignKeys.forEach(f -> indexOrConstraint.accept(f.name(), false));
    }

    /** The foreign key called {@code name}, or null. */
    public ForeignKeyModel foreignKey(String name) {
        return foreignKeys.stream().filter(f -> Names.same(f.name(), name)).findFirst().orElse(null);
    }

    /** Whether some index, the primary key or a unique constraint starts with these columns. */
    public boolean hasIndexOn(List<String> lookup) {
        if (primaryKey != null && new IndexModel(primaryKey.name(), primaryKey.columns(), true).covers(lookup)) {
            return true;
        }
        for (KeyModel k : uniqueConstraints) {
            if (new IndexModel(k.name(), k.columns(), true).covers(lookup)) {
                return true;
            }
        }
        return indexes.stream().anyMatch(i -> i.covers(lookup));
    }

    /** Whether the primary key, a unique constraint or a unique index is exactly these columns. */
    public boolean isUniqueKey(List<String> keyColumns) {
        if (primaryKey != null && primaryKey.hasColumns(keyColumns)) {
            return true;
        }
        return uniqueConstraints.stream().anyMatch(k -> k.hasColumns(keyColumns))
                || indexes.stream().anyMatch(i -> i.unique() && new KeyModel(i.name(), i.columns()).hasColumns(keyColumns));
    }

    /** How many rows the table holds, or null when unknown. */
    public Long getRowCount() {
        return rowCount;
    }

    /** Whether {@link #getRowCount()} was counted exactly (rather than estimated by the database). */
    public boolean isRowCountExact() {
        return rowCountExact;
    }

    public void setRowCount(Long rowCount, boolean exact) {
        this.rowCount = rowCount;
        this.rowCountExact = exact;
    }

    /** True when the table certainly holds rows; false when it is empty or the count is unknown. */
    public boolean hasRows() {
        return rowCount != null && rowCount > 0;
    }

    public String getRemarks() {
        return remarks;
    }

    public void setRemarks(String remarks) {
        this.remarks = remarks;
    }

    /** {@code schema.name} or the name alone. */
    public String qualifiedName() {
        return schema == null || schema.isEmpty() ? name : schema + "." + name;
    }

    @Override
    public String toString() {
        return qualifiedName() + getColumnNames();
    }
}
