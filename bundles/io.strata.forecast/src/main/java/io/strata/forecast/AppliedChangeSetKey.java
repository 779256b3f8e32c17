package io.strata.forecast;

import io.strata.liquibase.ChangeSetLines;

/**
 * A change set recorded as applied on a stage (a row of DATABASECHANGELOG), as a forecast needs it
 * to tell which change sets are pending.
 *
 * @param file the change log path as recorded
 * @param id the change set's id
 * @param author its author
 * @param checksum the recorded checksum ({@code 9:abc...}), or null
 */
public record AppliedChangeSetKey(String file, String id, String author, String checksum) {

    /** The key Liquibase matches on: path (normalised), id and author. */
    public String key() {
        return normalize(file) + "::" + id + "::" + author;
    }

    static String normalize(String path) {
        return ChangeSetLines.normalize(path);
    }
}
