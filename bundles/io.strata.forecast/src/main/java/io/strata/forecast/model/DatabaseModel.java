package io.strata.forecast.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model of a stage's database that a forecast changes instead of the database: schemas with
 * their tables, views, sequences and stored logic, and row counts per table. Rules see it as a
 * fact ({@code DatabaseModel} and, through it, every table).
 */
public final class DatabaseModel {

    private final String databaseType;
    private final String defaultSchema;
    private final Map<String, SchemaModel> schemas = new LinkedHashMap<>();
    private boolean partial;

    /**
     * @param databaseType the stage's type id ({@code h2}, {@code postgresql}...)
     * @param defaultSchema the schema of objects whose change names none
     */
    public DatabaseModel(String databaseType, String defaultSchema) {
        this.databaseType = databaseType;
        this.defaultSchema = defaultSchema == null || defaultSchema.isBlank() ? defaultSchemaOf(databaseType) : defaultSchema;
        schema(this.defaultSchema);
    }

    private static String defaultSchemaOf(String type) {
        return switch (type == null ? "" : type) {
            case "postgresql" -> "public";
            case "h2" -> "PUBLIC";
            case "sqlserver" -> "dbo";
            default -> "";
        };
    }

    /** A deep copy: changing the copy leaves this model as it is. */
    public DatabaseModel copy() {
        DatabaseModel m = new DatabaseModel(databaseType, defaultSchema);
        m.partial = partial;
        m.schemas.clear();
        schemas.forEach((k, s) -> m.schemas.put(k, s.copy()));
        return m;
    }

    /**
     * Whether the model holds only some of the database's tables (a limited forecast profiles only
     * the tables the pending changes name): then a missing table may exist in the database.
     */
    public boolean isPartial() {
        return partial;
    }

    public void setPartial(boolean partial) {
        this.partial = partial;
    }

    public String getDatabaseType() {
        return databaseType;
    }

    public String getDefaultSchema() {
        return defaultSchema;
    }

    /** Whether index names are unique per table (MySQL, MariaDB) rather than per schema. */
    public boolean indexNamesPerTable() {
        return "mysql".equals(databaseType) || "mariadb".equals(databaseType);
    }

    public List<SchemaModel> getSchemas() {
        return new ArrayList<>(schemas.values());
    }

    /** The schema called {@code name} (null or empty: the default schema), created if new. */
    public SchemaModel schema(String name) {
        String n = name == null || name.isBlank() ? defaultSchema : name;
        return schemas.computeIfAbsent(Names.key(n), k -> new SchemaModel(n));
    }

    /** The schema called {@code name} (null or empty: the default schema), or null when there is none. */
    public SchemaModel findSchema(String name) {
        return schemas.get(Names.key(name == null || name.isBlank() ? defaultSchema : name));
    }

    /** The table, or null. */
    public TableModel table(String schemaName, String tableName) {
        SchemaModel s = findSchema(schemaName);
        return s == null ? null : s.table(tableName);
    }

    /** Every table of every schema. */
    public List<TableModel> getTables() {
        List<TableModel> all = new ArrayList<>();
        for (SchemaModel s : schemas.values()) {
            all.addAll(s.getTables());
        }
        return all;
    }

    public int tableCount() {
        int n = 0;
        for (SchemaModel s : schemas.values()) {
            n += s.getTables().size();
        }
        return n;
    }

    /** The table of the schema that has an index called {@code name}, or null. */
    public TableModel tableWithIndex(String schemaName, String indexName) {
        SchemaModel s = findSchema(schemaName);
        return s == null ? null : s.tableWithIndex(indexName);
    }

    /** The table of the schema that has a constraint (primary key, unique, foreign key) called {@code name}, or null. */
    public TableModel tableWithConstraint(String schemaName, String constraintName) {
        SchemaModel s = findSchema(schemaName);
        return s == null ? null : s.tableWithConstraint(constraintName);
    }

    /** The foreign keys of every table that reference {@code table}. */
    public List<ForeignKeyModel> foreignKeysTo(TableModel table) {
        List<ForeignKeyModel> found = new ArrayList<>();
        for (TableModel t : getTables()) {
            for (ForeignKeyModel f : t.getForeignKeys()) {
                String refSchema = f.referencedSchema() == null ? t.getSchema() : f.referencedSchema();
                if (Names.same(f.referencedTable(), table.getName()) && Names.same(refSchema, table.getSchema())) {
                    found.add(f);
                }
            }
        }
        return found;
    }
}
