package io.strata.liquibase;

/**
 * A Liquibase operation failed; the message says what failed and, where it can, where (change set,
 * file) and what to do. The database is left as Liquibase left it: every change set either applied
 * and recorded or not (where the database runs DDL in transactions).
 */
public final class OperationException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What kind of failure, for exit codes. */
    public enum Kind {
        /** The change log cannot be read or is invalid. */
        CHANGELOG,
        /** Another deployment holds the change log lock. */
        LOCKED,
        /** A change set failed on the database. */
        DATABASE,
        /** Something else; the message says what. */
        OTHER
    }

    private final Kind kind;

    public OperationException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
