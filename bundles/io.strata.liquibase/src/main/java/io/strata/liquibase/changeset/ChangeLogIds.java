package io.strata.liquibase.changeset;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.strata.core.project.StrataProject;
import io.strata.liquibase.ChangeLogReader;
import io.strata.liquibase.ChangeSetLines;
import io.strata.liquibase.OperationException;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;

/**
 * The change set ids a project's change log already uses, in every file it includes, with where
 * each one is: new change sets must not reuse them (teams merge their branches' change logs).
 */
public final class ChangeLogIds {

    /**
     * Where an id is used.
     *
     * @param id the change set's id
     * @param author its author
     * @param file the change log file, relative to the project folder
     * @param line its 1-based line in that file, or 0 when unknown
     */
    public record Use(String id, String author, String file, int line) {

        /** {@code Change Log/changelog.xml, line 7}. */
        public String where() {
            return file + (line > 0 ? ", line " + line : "");
        }
    }

    /** No ids (a project with an empty change log; tests). */
    public static final ChangeLogIds NONE = new ChangeLogIds(Map.of());

    private final Map<String, Use> byId;

    private ChangeLogIds(Map<String, Use> byId) {
        this.byId = byId;
    }

    /**
     * Parses the project's change log with Liquibase (includes, every format) and finds the line of
     * each change set.
     *
     * @throws OperationException when the change log cannot be read, saying why
     */
    public static ChangeLogIds read(StrataProject project) throws OperationException {
        DatabaseChangeLog changeLog = ChangeLogReader.readAll(project);
        ChangeSetLines lines = new ChangeSetLines(project.dir());
        Map<String, Use> byId = new LinkedHashMap<>();
        for (ChangeSet changeSet : changeLog.getChangeSets()) {
            String file = ChangeSetLines.normalize(changeSet.getFilePath());
            byId.putIfAbsent(changeSet.getId(), new Use(changeSet.getId(), changeSet.getAuthor(), file,
                    lines.line(file, changeSet.getId(), changeSet.getAuthor())));
        }
        return new ChangeLogIds(byId);
    }

    /** Where {@code id} is used, if it is. */
    public Optional<Use> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id.strip()));
    }

    public boolean contains(String id) {
        return find(id).isPresent();
    }

    /** How many distinct ids the change log has. */
    public int size() {
        return byId.size();
    }

    /** {@code candidate} if it is free, else the first free of {@code candidate-2}, {@code candidate-3}... */
    public String unique(String candidate) {
        if (!contains(candidate)) {
            return candidate;
        }
        for (int n = 2;; n++) {
            String next = candidate + "-" + n;
            if (!contains(next)) {
                return next;
            }
        }
    }
}
