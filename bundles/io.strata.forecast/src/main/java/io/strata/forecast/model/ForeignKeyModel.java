package io.strata.forecast.model;

import java.util.List;

/**
 * A foreign key of a table.
 *
 * @param name the constraint's name
 * @param columns the referencing columns of this table
 * @param referencedSchema the schema of the referenced table, or null for the same
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns
 * @param onDelete the ON DELETE rule, or null
 */
public record ForeignKeyModel(String name, List<String> columns, String referencedSchema, String referencedTable,
        List<String> referencedColumns, String onDelete) {

    public ForeignKeyModel {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }

    public String getName() {
        return name;
    }

    public List<String> getColumns() {
        return columns;
    }

    public String getReferencedTable() {
        return referencedTable;
    }

    public String getReferencedSchema() {
        return referencedSchema;
    }

    public List<String> getReferencedColumns() {
        return referencedColumns;
    }

    public String getOnDelete() {
        return onDelete;
    }
}
