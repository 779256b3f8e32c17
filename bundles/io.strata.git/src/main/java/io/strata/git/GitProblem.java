package io.strata.git;

/**
 * A Git operation could not be done. The message says what happened and what to do, in the
 * words of the Team menu; nothing in the working tree or the local history was lost.
 */
public final class GitProblem extends Exception {

    private static final long serialVersionUID = 1L;

    public GitProblem(String message) {
        super(message);
    }

    public GitProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
