package io.strata.cli;

/** The exit codes of {@code strata}; CI scripts branch on them. */
public final class ExitCode {

    public static final int OK = 0;
    /** A fault in Strata itself; the message says what, --debug shows the stack trace. */
    public static final int INTERNAL_ERROR = 1;
    /** Unknown command or option, or a missing argument. */
    public static final int USAGE = 2;
    /** The project, a deployment plan, the change log or a rule file is invalid (file and line in the message). */
    public static final int INVALID = 3;
    /** A stage's database could not be reached: host, port, credentials, database or driver. */
    public static final int CONNECTION = 4;
    /** A change set failed on the database. */
    public static final int FAILED = 5;
    /** Another deployment holds the stage's change log lock. */
    public static final int LOCKED = 6;
    /** A forecast or a rule failed (reserved for the forecast). */
    public static final int FORECAST_FAILED = 7;

    private ExitCode() {
    }
}
