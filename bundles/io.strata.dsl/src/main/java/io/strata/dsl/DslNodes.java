package io.strata.dsl;

import java.util.Map;
import java.util.Set;

/**
 * What a node's main value means. {@code changeSet create-person} names the change set's id,
 * {@code createTable person} the table, {@code column id} the column; for a node without a key
 * attribute ({@code sql}, {@code comment}, {@code where}...) the main value is the element's text.
 * The reader ({@link DslReader}) and the writer ({@link DslWriter}) both follow this one table.
 */
public final class DslNodes {

    /** The attribute that carries an element's text when the main value is its key attribute. */
    public static final String TEXT = "$text";

    /** The root element of every change log, as Liquibase's XML and YAML parsers name it. */
    public static final String ROOT = "databaseChangeLog";

    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("changeSet", "id"),
            Map.entry("include", "file"),
            Map.entry("includeAll", "path"),
            Map.entry("property", "name"),
            Map.entry("column", "name"),
            Map.entry("param", "name"),
            Map.entry("createTable", "tableName"),
            Map.entry("dropTable", "tableName"),
            Map.entry("addColumn", "tableName"),
            Map.entry("dropColumn", "tableName"),
            Map.entry("renameColumn", "tableName"),
            Map.entry("modifyDataType", "tableName"),
            Map.entry("addNotNullConstraint", "tableName"),
            Map.entry("dropNotNullConstraint", "tableName"),
            Map.entry("addDefaultValue", "tableName"),
            Map.entry("dropDefaultValue", "tableName"),
            Map.entry("addPrimaryKey", "tableName"),
            Map.entry("dropPrimaryKey", "tableName"),
            Map.entry("addUniqueConstraint", "tableName"),
            Map.entry("dropUniqueConstraint", "tableName"),
            Map.entry("addAutoIncrement", "tableName"),
            Map.entry("setTableRemarks", "tableName"),
            Map.entry("setColumnRemarks", "tableName"),
            Map.entry("mergeColumns", "tableName"),
            Map.entry("insert", "tableName"),
            Map.entry("update", "tableName"),
            Map.entry("delete", "tableName"),
            Map.entry("loadData", "tableName"),
            Map.entry("loadUpdateData", "tableName"),
            Map.entry("addForeignKeyConstraint", "constraintName"),
            Map.entry("dropForeignKeyConstraint", "constraintName"),
            Map.entry("dropAllForeignKeyConstraints", "baseTableName"),
            Map.entry("createIndex", "indexName"),
            Map.entry("dropIndex", "indexName"),
            Map.entry("renameTable", "oldTableName"),
            Map.entry("createView", "viewName"),
            Map.entry("dropView", "viewName"),
            Map.entry("renameView", "oldViewName"),
            Map.entry("createSequence", "sequenceName"),
            Map.entry("alterSequence", "sequenceName"),
            Map.entry("dropSequence", "sequenceName"),
            Map.entry("renameSequence", "oldSequenceName"),
            Map.entry("createProcedure", "procedureName"),
            Map.entry("dropProcedure", "procedureName"),
            Map.entry("tagDatabase", "tag"),
            Map.entry("customChange", "class"),
            Map.entry("sqlFile", "path"),
            Map.entry("executeCommand", "executable"),
            Map.entry("tableExists", "tableName"),
            Map.entry("viewExists", "viewName"),
            Map.entry("indexExists", "indexName"),
            Map.entry("sequenceExists", "sequenceName"),
            Map.entry("foreignKeyConstraintExists", "foreignKeyName"),
            Map.entry("primaryKeyExists", "primaryKeyName"),
            Map.entry("changeSetExecuted", "id"),
            Map.entry("columnExists", "tableName"),
            Map.entry("dbms", "type"));

    /**
     * A column's constraints, written on the column's line ({@code column id type=int primaryKey=true
     * nullable=false;}) and read into the {@code constraints} element Liquibase expects. No column
     * attribute has one of these names.
     */
    public static final Set<String> CONSTRAINTS = Set.of("nullable", "notNullConstraintName", "primaryKey", "primaryKeyName",
            "primaryKeyTablespace", "references", "referencedTableCatalogName", "referencedTableSchemaName", "referencedTableName",
            "referencedColumnNames", "unique", "uniqueConstraintName", "checkConstraint", "deleteCascade", "foreignKeyName",
            "initiallyDeferred", "deferrable", "validateNullable", "validateUnique", "validatePrimaryKey", "validateForeignKey");

    private DslNodes() {
    }

    /** The attribute a node's main value stands for, or null when the main value is the node's text. */
    public static String keyAttribute(String type) {
        return KEYS.get(type);
    }
}
