package io.strata.forecast.model;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column's type as a change log writes it ({@code VARCHAR(200)}, {@code DECIMAL(10, 2)},
 * {@code java.sql.Types.INTEGER}), read into a base name, size and scale so that the forecast can
 * tell a widening change from one that can lose data.
 *
 * @param text the type as written
 * @param base the base name in upper case without size ({@code VARCHAR}), synonyms unified
 * @param size length or precision, or null
 * @param scale scale, or null
 */
public record DataType(String text, String base, Integer size, Integer scale) {

    private static final Pattern TYPE = Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_ .]*?)\\s*(?:\\(\\s*(\\d+|MAX)\\s*(?:[A-Za-z]+)?\\s*(?:,\\s*(\\d+)\\s*)?\\))?\\s*(?:\\[\\])?\\s*");

    private static final Set<String> TEXT = Set.of("VARCHAR", "CHAR", "NVARCHAR", "NCHAR", "TEXT", "CLOB", "NCLOB", "LONGTEXT",
            "MEDIUMTEXT", "TINYTEXT", "VARCHAR2", "NVARCHAR2");
    private static final Set<String> INTEGERS = Set.of("TINYINT", "SMALLINT", "INT", "BIGINT", "MEDIUMINT");
    private static final Set<String> EXACT = Set.of("DECIMAL", "NUMERIC", "NUMBER");
    private static final Set<String> APPROXIMATE = Set.of("FLOAT", "DOUBLE", "REAL");
    private static final Set<String> TEMPORAL = Set.of("DATE", "TIME", "TIMESTAMP", "DATETIME", "TIMESTAMP WITH TIME ZONE");

    /** Reads a type; never fails (an unreadable type keeps its text as base). */
    public static DataType parse(String text) {
        if (text == null || text.isBlank()) {
            return new DataType("", "", null, null);
        }
        String t = text.strip();
        if (t.toLowerCase(Locale.ROOT).startsWith("java.sql.types.")) {
            t = t.substring("java.sql.Types.".length());
        }
        Matcher m = TYPE.matcher(t);
        if (!m.matches()) {
            return new DataType(text.strip(), t.toUpperCase(Locale.ROOT), null, null);
        }
        String base = canonical(m.group(1).strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " "));
        Integer size = m.group(2) == null || m.group(2).equalsIgnoreCase("MAX") ? null : Integer.valueOf(m.group(2));
        Integer scale = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        return new DataType(text.strip(), base, size, scale);
    }

    private static String canonical(String base) {
        return switch (base) {
            case "INTEGER", "INT4", "SERIAL" -> "INT";
            case "INT8", "BIGSERIAL" -> "BIGINT";
            case "INT2", "SMALLSERIAL" -> "SMALLINT";
            case "CHARACTER VARYING", "VARCHAR2" -> "VARCHAR";
            case "CHARACTER" -> "CHAR";
            case "BOOL" -> "BOOLEAN";
            case "DOUBLE PRECISION", "FLOAT8" -> "DOUBLE";
            case "DEC" -> "DECIMAL";
            case "TIMESTAMPTZ" -> "TIMESTAMP WITH TIME ZONE";
            default -> base;
        };
    }

    public boolean isText() {
        return TEXT.contains(base);
    }

    public boolean isInteger() {
        return INTEGERS.contains(base);
    }

    public boolean isNumeric() {
        return isInteger() || EXACT.contains(base) || APPROXIMATE.contains(base);
    }

    public boolean isTemporal() {
        return TEMPORAL.contains(base);
    }

    /**
     * Whether every value of this type fits into {@code target} unchanged; {@code false} when a
     * conversion can truncate, round or fail on some values.
     */
    public boolean fitsInto(DataType target) {
        if (base.equals(target.base)) {
            if (target.size == null) {
                return true;
            }
            if (size == null) {
                return false;
            }
            int scaleHere = scale == null ? 0 : scale;
            int scaleThere = target.scale == null ? 0 : target.scale;
            return target.size >= size && target.size - scaleThere >= size - scaleHere && scaleThere >= scaleHere;
        }
        if (isInteger() && target.isInteger()) {
            return INTEGER_ORDER.indexOf(base) <= INTEGER_ORDER.indexOf(target.base);
        }
        if (isInteger() && EXACT.contains(target.base)) {
            return target.size == null || target.size - (target.scale == null ? 0 : target.scale) >= integerDigits();
        }
        if (EXACT.contains(base) && EXACT.contains(target.base)) {
            return new DataType(text, "DECIMAL", size, scale).fitsInto(new DataType(target.text, "DECIMAL", target.size, target.scale));
        }
        if (isInteger() && APPROXIMATE.contains(target.base)) {
            // a double holds every integer of up to 15 digits exactly
            return integerDigits() <= 15 && !target.base.equals("REAL");
        }
        if (target.isText()) {
            // Anything can be written as text; it fits when the text is long enough (or unbounded).
            if (target.size == null) {
                return true;
            }
            if (isText()) {
                return size != null && size <= target.size;
            }
            return isInteger() && integerDigits() + 1 <= target.size;
        }
        return false;
    }

    private static final List<String> INTEGER_ORDER = List.of("TINYINT", "SMALLINT", "MEDIUMINT", "INT", "BIGINT");

    private int integerDigits() {
        return switch (base) {
            case "TINYINT" -> 3;
            case "SMALLINT" -> 5;
            case "MEDIUMINT" -> 8;
            case "INT" -> 10;
            default -> 19;
        };
    }

    /** Whether two columns of these types can be joined by a foreign key (same family of type). */
    public boolean compatibleForKey(DataType other) {
        if (base.equals(other.base)) {
            return true;
        }
        return (isInteger() || EXACT.contains(base)) && (other.isInteger() || EXACT.contains(other.base))
                || isText() && other.isText();
    }

    @Override
    public String toString() {
        return text;
    }
}
