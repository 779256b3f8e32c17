package io.strata.forecast;

import java.util.List;

/**
 * A pending change set as the forecast sees it.
 *
 * @param id its id
 * @param author its author
 * @param file its change log file, relative to the project
 * @param line the line where it starts in that file, or 0
 * @param labels its labels, or empty
 * @param contexts its context expression, or empty
 * @param comment its comment, or empty
 * @param runs whether a deployment would run it (false when a precondition skips it or marks it ran)
 * @param note what the forecast says of the change set as a whole (e.g. a precondition's verdict), or empty
 * @param changes its changes in order
 * @param findings findings about the change set as a whole (preconditions, PreForecast rules on the change set)
 */
public record ChangeSetForecast(String id, String author, String file, int line, String labels, String contexts,
        String comment, boolean runs, String note, List<ChangeForecast> changes, List<Finding> findings) {

    public ChangeSetForecast {
        changes = List.copyOf(changes);
        findings = List.copyOf(findings);
    }

    /** Every finding of the change set and of its changes. */
    public List<Finding> allFindings() {
        List<Finding> all = new java.util.ArrayList<>(findings);
        for (ChangeForecast change : changes) {
            all.addAll(change.findings());
        }
        return all;
    }

    /** {@code file::id::author}, as Liquibase names a change set. */
    public String key() {
        return file + "::" + id + "::" + author;
    }
}
