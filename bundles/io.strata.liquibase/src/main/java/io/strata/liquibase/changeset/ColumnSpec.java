package io.strata.liquibase.changeset;

/**
 * A column of a Create Table or Add Column change.
 *
 * @param name the column's name
 * @param type its base type, e.g. {@code VARCHAR}, {@code DECIMAL}, {@code BIGINT}; may carry its
 *        own size ({@code VARCHAR(100)}) when {@code size} is null
 * @param size length or precision, or null
 * @param scale scale (digits after the point) for precision types, or null
 * @param nullable whether NULL is allowed (a primary key column never is)
 * @param primaryKey whether it is (part of) the primary key
 * @param unique whether its values must be unique
 * @param defaultValue the default as typed by the user, or null/empty for none
 */
public record ColumnSpec(String name, String type, Integer size, Integer scale, boolean nullable, boolean primaryKey,
        boolean unique, String defaultValue) {

    /**
     * The problems of column {@code index} among {@code columns} (its name, type, size, default, and
     * a name another column has), for a dialog that edits one column.
     */
    public static java.util.List<Problem> problemsOf(java.util.List<ColumnSpec> columns, int index) {
        Checks checks = new Checks();
        checks.columns("columns", "The table", columns);
        String prefix = "columns[" + index + "].";
        return checks.problems.stream().filter(p -> p.field().startsWith(prefix)).toList();
    }

    /** A nullable column of this type with no constraints and no default. */
    public static ColumnSpec of(String name, String type) {
        return new ColumnSpec(name, type, null, null, true, false, false, null);
    }

    public ColumnSpec withSize(Integer newSize, Integer newScale) {
        return new ColumnSpec(name, type, newSize, newScale, nullable, primaryKey, unique, defaultValue);
    }

    public ColumnSpec withNullable(boolean value) {
        return new ColumnSpec(name, type, size, scale, value, primaryKey, unique, defaultValue);
    }

    public ColumnSpec withPrimaryKey(boolean value) {
        return new ColumnSpec(name, type, size, scale, nullable, value, unique, defaultValue);
    }

    public ColumnSpec withUnique(boolean value) {
        return new ColumnSpec(name, type, size, scale, nullable, primaryKey, value, defaultValue);
    }

    public ColumnSpec withDefault(String value) {
        return new ColumnSpec(name, type, size, scale, nullable, primaryKey, unique, value);
    }

    /** The type as Liquibase reads it: {@code VARCHAR(100)}, {@code DECIMAL(10,2)}, {@code BIGINT}. */
    public String fullType() {
        String base = type == null ? "" : type.strip();
        if (size == null) {
            return base;
        }
        return base + "(" + size + (scale != null ? "," + scale : "") + ")";
    }

    /** What a list of columns shows: {@code NAME VARCHAR(100) NOT NULL PK UNIQUE DEFAULT 'x'}. */
    public String summary() {
        StringBuilder s = new StringBuilder(fullType());
        if (primaryKey) {
            s.append(" PRIMARY KEY");
        } else if (!nullable) {
            s.append(" NOT NULL");
        }
        if (unique) {
            s.append(" UNIQUE");
        }
        if (defaultValue != null && !defaultValue.isEmpty()) {
            s.append(" DEFAULT ").append(defaultValue);
        }
        return s.toString();
    }
}
