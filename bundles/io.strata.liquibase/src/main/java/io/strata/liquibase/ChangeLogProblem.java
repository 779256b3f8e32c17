package io.strata.liquibase;

/**
 * Something wrong in a change log file that Liquibase would refuse, found without a database.
 *
 * @param code a stable code: {@code UNKNOWN_ELEMENT}, {@code NOT_VALID_XML}, {@code DUPLICATE_CHANGE_SET},
 *     {@code INVALID_CHANGE}, {@code NOT_READABLE}
 * @param file the file, relative to the project folder (forward slashes)
 * @param line the 1-based line, or 0 when the problem is about the file as a whole
 * @param column the 1-based column, or 0
 * @param message what is wrong and what to do
 * @param found the text as written that is wrong ({@code createTabel}), or null
 * @param suggestion what to write instead of {@code found} ({@code createTable}), or null
 * @param changeSetId the change set it is about, or null
 */
public record ChangeLogProblem(String code, String file, int line, int column, String message, String found, String suggestion,
        String changeSetId) {

    public static final String UNKNOWN_ELEMENT = "UNKNOWN_ELEMENT";
    public static final String NOT_VALID_XML = "NOT_VALID_XML";
    public static final String DUPLICATE_CHANGE_SET = "DUPLICATE_CHANGE_SET";
    public static final String INVALID_CHANGE = "INVALID_CHANGE";
    public static final String NOT_READABLE = "NOT_READABLE";

    @Override
    public String toString() {
        return code + " " + file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message;
    }
}
