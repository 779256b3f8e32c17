package io.strata.forecast.model;

import java.util.List;

/**
 * A primary key or a unique constraint.
 *
 * @param name the constraint's name, or null when the database names it
 * @param columns its columns in order
 */
public record KeyModel(String name, List<String> columns) {

    public KeyModel {
        columns = List.copyOf(columns);
    }

    public String getName() {
        return name;
    }

    public List<String> getColumns() {
        return columns;
    }

    /** Whether the key is made of exactly these columns, in any order. */
    public boolean hasColumns(List<String> others) {
        return columns.size() == others.size() && columns.stream().allMatch(c -> others.stream().anyMatch(o -> Names.same(c, o)));
    }
}
