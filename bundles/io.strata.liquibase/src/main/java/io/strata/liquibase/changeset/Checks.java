package io.strata.liquibase.changeset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Collects the problems of a new change set, one method per kind of field. */
final class Checks {

    final List<Problem> problems = new ArrayList<>();

    void add(String code, String field, String message) {
        problems.add(new Problem(code, field, message));
    }

    /** A name that must not be empty (table, column, index, constraint). */
    void name(String field, String label, String value) {
        if (value == null || value.isBlank()) {
            add(Problem.EMPTY_NAME, field, label + " is empty; enter a name.");
        } else {
            text(field, label, value);
        }
    }

    /** A value that must be given (id, author, type). */
    void required(String field, String label, String value) {
        if (value == null || value.isBlank()) {
            add(Problem.MISSING, field, label + " is missing.");
        } else {
            text(field, label, value);
        }
    }

    /** Free text (may be empty) that must be writable as XML. */
    void text(String field, String label, String value) {
        if (value == null) {
            return;
        }
        int at = XmlBlock.illegalCharacter(value);
        if (at >= 0) {
            add(Problem.INVALID_VALUE, field, label + " contains a control character (U+"
                    + String.format(Locale.ROOT, "%04X", (int) value.charAt(at)) + ") at position " + (at + 1)
                    + ", which XML cannot hold; remove it.");
        }
    }

    /** Names of existing columns (index columns, foreign key columns): at least one, none empty, no repeats. */
    void columnNames(String field, String label, List<String> names) {
        if (names == null || names.isEmpty()) {
            add(Problem.MISSING, field, label + ": choose at least one column.");
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            name(field + "[" + i + "]", label + ": column " + (i + 1), name);
            Integer first = firstOf(seen, name, i);
            if (first != null) {
                add(Problem.DUPLICATE_COLUMN, field + "[" + i + "]", label + ": column " + name.strip()
                        + " is listed twice (as column " + (first + 1) + " and " + (i + 1) + "); remove one.");
            }
        }
    }

    /** Column definitions (Create Table, Add Column). */
    void columns(String field, String label, List<ColumnSpec> columns) {
        if (columns == null || columns.isEmpty()) {
            add(Problem.MISSING, field, label + ": add at least one column.");
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            ColumnSpec c = columns.get(i);
            String at = field + "[" + i + "]";
            String which = label + ", column " + (i + 1) + (c.name() == null || c.name().isBlank() ? "" : " (" + c.name().strip() + ")");
            name(at + ".name", which + ": the name", c.name());
            required(at + ".type", which + ": the type", c.type());
            if (c.size() != null && c.size() <= 0) {
                add(Problem.INVALID_VALUE, at + ".size", which + ": the length/precision must be a positive number.");
            }
            if (c.scale() != null && (c.scale() < 0 || c.size() == null || c.scale() > c.size())) {
                add(Problem.INVALID_VALUE, at + ".scale", which + ": the scale must be between 0 and the precision"
                        + (c.size() == null ? " (give a precision first)." : " (" + c.size() + ")."));
            }
            if (c.defaultValue() != null && !c.defaultValue().isEmpty()) {
                text(at + ".defaultValue", which + ": the default", c.defaultValue());
                if (ColumnTypes.isNumber(c.type()) && !isNumber(c.defaultValue())) {
                    add(Problem.INVALID_VALUE, at + ".defaultValue", which + ": the default '" + c.defaultValue()
                            + "' is not a number, but the column is " + c.fullType() + ".");
                }
                if (ColumnTypes.isBoolean(c.type()) && !c.defaultValue().strip().matches("(?i)true|false")) {
                    add(Problem.INVALID_VALUE, at + ".defaultValue", which + ": the default of a BOOLEAN column is true or false.");
                }
            }
            Integer first = firstOf(seen, c.name(), i);
            if (first != null) {
                add(Problem.DUPLICATE_COLUMN, at + ".name", label + ": there are two columns named " + c.name().strip()
                        + " (columns " + (first + 1) + " and " + (i + 1) + "); rename or remove one.");
            }
        }
    }

    /** Where a name (ignoring case) was seen before, remembering it at {@code i} if not; null for new or empty names. */
    private static Integer firstOf(Map<String, Integer> seen, String name, int i) {
        return name == null || name.isBlank() ? null : seen.putIfAbsent(name.strip().toUpperCase(Locale.ROOT), i);
    }

    static boolean isNumber(String s) {
        try {
            new java.math.BigDecimal(s.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
