package io.strata.forecast.model;

import java.util.List;

/**
 * An index of a table.
 *
 * @param name the index's name (may be null for an unnamed one)
 * @param columns the indexed columns in order
 * @param unique whether it is unique
 */
public record IndexModel(String name, List<String> columns, boolean unique) {

    public IndexModel {
        columns = List.copyOf(columns);
    }

    public String getName() {
        return name;
    }

    public List<String> getColumns() {
        return columns;
    }

    public boolean isUnique() {
        return unique;
    }

    /** Whether the index starts with exactly these columns (so it serves a lookup by them). */
    public boolean covers(List<String> lookup) {
        if (lookup.size() > columns.size()) {
            return false;
        }
        for (int i = 0; i < lookup.size(); i++) {
            if (!Names.same(lookup.get(i), columns.get(i))) {
                return false;
            }
        }
        return true;
    }
}
