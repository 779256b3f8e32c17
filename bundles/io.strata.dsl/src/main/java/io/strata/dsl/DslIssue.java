package io.strata.dsl;

/**
 * A problem in a DSL change log: a stable code, a severity, where (file, 1-based line and column,
 * the change set's id when there is one) and a message that says what to change.
 */
public record DslIssue(String code, Severity severity, String file, int line, int column, String changeSetId, String message) {

    public enum Severity { ERROR, WARNING }

    /** A syntax error: the text cannot be read. */
    public static final String SYNTAX = "DSL_SYNTAX";
    /** Two change sets of one file share id and author. */
    public static final String DUPLICATE_ID = "DSL_DUPLICATE_ID";
    /** A change type Liquibase does not know. */
    public static final String UNKNOWN_CHANGE = "DSL_UNKNOWN_CHANGE";
    /** An attribute a change does not have. */
    public static final String UNKNOWN_ATTRIBUTE = "DSL_UNKNOWN_ATTRIBUTE";
    /** A change refers to a table no earlier change set creates. */
    public static final String UNKNOWN_TABLE = "DSL_UNKNOWN_TABLE";
    /** A change refers to a column its table does not have at that point. */
    public static final String UNKNOWN_COLUMN = "DSL_UNKNOWN_COLUMN";

    /** {@code file:line:column: message}, as compilers print it. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (severity == Severity.ERROR ? "error" : "warning") + ": " + message
                + " [" + code + "]";
    }
}
