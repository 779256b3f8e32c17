package io.strata.liquibase.changeset;

/**
 * Something that keeps a new change set from being written, naming the field to change.
 *
 * @param code a stable code ({@code EMPTY_NAME}, {@code DUPLICATE_ID}...)
 * @param field the field, as a path a wizard can map to its control: {@code id}, {@code author},
 *        {@code changes[0].tableName}, {@code changes[0].columns[2].name}...
 * @param message what is wrong and what to do, naming the field as the user sees it
 */
public record Problem(String code, String field, String message) {

    /** An empty name (table, column, index...). */
    public static final String EMPTY_NAME = "EMPTY_NAME";
    /** A required value other than a name is missing (id, author, type...). */
    public static final String MISSING = "MISSING";
    /** Two columns of one change have the same name. */
    public static final String DUPLICATE_COLUMN = "DUPLICATE_COLUMN";
    /** The change set id is used elsewhere in the change log. */
    public static final String DUPLICATE_ID = "DUPLICATE_ID";
    /** A value XML cannot carry (control characters) or that is out of range. */
    public static final String INVALID_VALUE = "INVALID_VALUE";
    /** The target change log file cannot take the change set. */
    public static final String TARGET = "TARGET";

    @Override
    public String toString() {
        return message;
    }
}
