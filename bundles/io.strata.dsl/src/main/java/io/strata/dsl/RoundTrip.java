package io.strata.dsl;

import java.util.ArrayList;
import java.util.List;

import liquibase.ChecksumVersion;
import liquibase.changelog.ChangeSet;
import liquibase.serializer.core.string.StringChangeLogSerializer;

/**
 * Compares two change logs change set by change set as Liquibase sees them: id, author, every
 * filter (contexts, labels, dbms), every flag, comment, preconditions, every change with all its
 * serialized attributes, rollback, the checksum Liquibase records, and the path it records when a
 * logicalFilePath sets it. The file a change set was read from is not compared (a conversion
 * writes another file).
 */
public final class RoundTrip {

    private RoundTrip() {
    }

    /** Everything Liquibase knows of a change set except its file, as text. */
    public static String digest(ChangeSet changeSet) {
        String serialized = new StringChangeLogSerializer(new StringChangeLogSerializer.FieldFilter() {
            @Override
            public boolean include(Object obj, String field, Object value) {
                return !(obj instanceof ChangeSet && ("logicalFilePath".equals(field) || "filePath".equals(field)));
            }
        }).serialize(changeSet, true);
        return serialized + "\nrecordedPath=" + explicitPath(changeSet) + "\nvalidCheckSums=" + changeSet.getValidCheckSums() + "\ncheckSum="
                + changeSet.generateCheckSum(ChecksumVersion.latest());
    }

    /**
     * The path Liquibase records for the change set when a logicalFilePath sets it (part of the change
     * set's identity), or null when it records the file's own path.
     */
    private static String explicitPath(ChangeSet changeSet) {
        String stored = changeSet.getStoredFilePath();
        String physical = changeSet.getChangeLog() == null ? null : changeSet.getChangeLog().getPhysicalFilePath();
        return stored == null || stored.equals(physical) ? null : stored;
    }

    /**
     * The differences between the change sets of two change logs, in order; empty when they are
     * the same. Each names the change set and the first line that differs.
     */
    public static List<String> differences(List<ChangeSet> expected, List<ChangeSet> actual) {
        List<String> differences = new ArrayList<>();
        if (expected.size() != actual.size()) {
            differences.add("expected " + expected.size() + " change sets, found " + actual.size());
        }
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            String a = digest(expected.get(i));
            String b = digest(actual.get(i));
            if (!a.equals(b)) {
                differences.add("change set " + (i + 1) + " '" + expected.get(i).getId() + "' by " + expected.get(i).getAuthor() + ": "
                        + firstDifference(a, b));
            }
        }
        return differences;
    }

    private static String firstDifference(String a, String b) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String l = i < x.length ? x[i].strip() : "(nothing)";
            String r = i < y.length ? y[i].strip() : "(nothing)";
            if (!l.equals(r)) {
                return "expected '" + l + "', found '" + r + "'";
            }
        }
        return "they differ";
    }
}
