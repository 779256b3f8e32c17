package io.strata.liquibase.changeset;

import java.util.List;

import io.strata.core.project.DatabaseType;

/**
 * What {@link NewChangeSet#perform} will do, shown before it does it.
 *
 * @param file the change log file, relative to the project folder
 * @param text the exact text that will be inserted before {@code </databaseChangeLog>}
 * @param line the 1-based line of the file where the (first) new change set will start
 * @param databaseType the database the SQL is for
 * @param sql the statements Liquibase would run there, each ending with its delimiter
 */
public record Preview(String file, String text, int line, DatabaseType databaseType, List<String> sql) {

    public Preview {
        sql = List.copyOf(sql);
    }

    /**
     * The new change set(s) for reading: without the blank line that separates them from the one
     * before and without the file's indentation of change sets; lines end with {@code \n}.
     */
    public String xml() {
        return text.replaceFirst("^(\\r?\\n)+", "").stripTrailing().stripIndent();
    }

    /** The statements, one after the other. */
    public String sqlText() {
        return String.join(System.lineSeparator(), sql);
    }
}
