package io.strata.liquibase.changeset;

import java.util.List;

/** A new change set was previewed or performed with problems; nothing was written. */
public final class InvalidChangeSetException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidChangeSetException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid change set" : problems.get(0).message()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problem(s))" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
