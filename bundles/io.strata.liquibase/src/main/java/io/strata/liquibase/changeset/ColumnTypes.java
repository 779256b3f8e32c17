package io.strata.liquibase.changeset;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The column types a wizard offers (Liquibase translates them for each database) and what size
 * each one takes.
 */
public final class ColumnTypes {

    /** Common types, in the order a combo lists them. */
    public static final List<String> COMMON = List.of("VARCHAR", "CHAR", "BIGINT", "INT", "SMALLINT", "DECIMAL",
            "NUMERIC", "BOOLEAN", "DATE", "TIME", "TIMESTAMP", "CLOB", "BLOB", "UUID", "DOUBLE", "FLOAT");

    private static final Set<String> LENGTH = Set.of("VARCHAR", "CHAR", "NVARCHAR", "NCHAR", "VARBINARY", "BINARY");
    private static final Set<String> PRECISION = Set.of("DECIMAL", "NUMERIC", "NUMBER");
    private static final Set<String> NUMBERS = Set.of("BIGINT", "INT", "INTEGER", "SMALLINT", "TINYINT", "DECIMAL", "NUMERIC",
            "NUMBER", "DOUBLE", "FLOAT", "REAL");
    private static final Set<String> TIMES = Set.of("DATE", "TIME", "TIMESTAMP", "DATETIME");

    private ColumnTypes() {
    }

    /** How a type is sized. */
    public enum Size {
        /** No size: {@code BIGINT}, {@code DATE}. */
        NONE,
        /** A length: {@code VARCHAR(100)}. */
        LENGTH,
        /** Precision and scale: {@code DECIMAL(10,2)}. */
        PRECISION
    }

    public static Size size(String type) {
        String t = base(type);
        if (LENGTH.contains(t)) {
            return Size.LENGTH;
        }
        return PRECISION.contains(t) ? Size.PRECISION : Size.NONE;
    }

    static boolean isNumber(String type) {
        return NUMBERS.contains(base(type));
    }

    static boolean isBoolean(String type) {
        return "BOOLEAN".equals(base(type)) || "BIT".equals(base(type));
    }

    static boolean isTime(String type) {
        return TIMES.contains(base(type));
    }

    private static String base(String type) {
        if (type == null) {
            return "";
        }
        String t = type.strip().toUpperCase(Locale.ROOT);
        int paren = t.indexOf('(');
        return paren >= 0 ? t.substring(0, paren).strip() : t;
    }
}
