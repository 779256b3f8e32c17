package io.strata.liquibase;

import java.time.Instant;

/**
 * A row of DATABASECHANGELOG.
 *
 * @param id change set id
 * @param author author
 * @param file change log file as recorded
 * @param executed when it was applied
 * @param execType EXECUTED, RERAN, MARK_RAN...
 * @param checksum the recorded MD5SUM
 * @param tag the tag on this row, or null
 * @param deploymentId the deployment that applied it
 */
public record AppliedChangeSet(String id, String author, String file, Instant executed, String execType, String checksum,
        String tag, String deploymentId) {
}
