package io.strata.liquibase;

import liquibase.changelog.ChangeSet;

/**
 * A change set as operations report it.
 *
 * @param id the change set's id
 * @param author its author
 * @param file the change log file it is in, as Liquibase records it
 * @param labels its labels, or empty
 * @param contexts its context expression, or empty
 * @param description a summary of its changes
 */
public record ChangeSetInfo(String id, String author, String file, String labels, String contexts, String description) {

    static ChangeSetInfo of(ChangeSet changeSet) {
        return new ChangeSetInfo(changeSet.getId(), changeSet.getAuthor(), changeSet.getFilePath(),
                changeSet.getLabels() == null ? "" : changeSet.getLabels().toString(),
                changeSet.getContextFilter() == null ? "" : changeSet.getContextFilter().toString(),
                changeSet.getDescription());
    }

    /** {@code file::id::author}, the way Liquibase names a change set. */
    public String key() {
        return file + "::" + id + "::" + author;
    }
}
