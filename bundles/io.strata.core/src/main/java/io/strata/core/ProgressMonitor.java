package io.strata.core;

/**
 * How long engine work reports progress and learns that the user cancelled it. The IDE adapts an
 * Eclipse progress monitor to it, the CLI and the tests use {@link #NONE} or their own.
 */
public interface ProgressMonitor {

    /** Reports nothing and is never cancelled. */
    ProgressMonitor NONE = new ProgressMonitor() {
    };

    /** Starts a task of {@code totalWork} units (or -1 when unknown). */
    default void begin(String task, int totalWork) {
    }

    /** Names what is being done now. */
    default void subTask(String name) {
    }

    /** {@code units} more are done. */
    default void worked(int units) {
    }

    /** Whether the user asked to stop; long work checks it and ends with {@link Cancelled}. */
    default boolean isCanceled() {
        return false;
    }

    /** Throws {@link Cancelled} when the user asked to stop. */
    default void checkCanceled() {
        if (isCanceled()) {
            throw new Cancelled();
        }
    }

    /** Thrown by engine work that stopped because the user cancelled it; nothing was half-done. */
    final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Cancelled() {
            super("cancelled");
        }
    }
}
