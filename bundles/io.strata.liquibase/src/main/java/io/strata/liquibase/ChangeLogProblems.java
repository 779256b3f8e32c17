package io.strata.liquibase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.strata.core.project.StrataProject;
import io.strata.dsl.DslChangeLogParser;
import io.strata.dsl.DslIssue;
import io.strata.dsl.DslValidator;
import io.strata.dsl.ReferenceCheck;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.exception.LiquibaseException;

/**
 * What Liquibase's own validation does not say about a project's change log: for each DSL file
 * it includes, {@link DslValidator}'s issues (duplicate ids, unknown changes and attributes), and
 * over the whole change log in order {@link ReferenceCheck}'s (tables and columns used before they
 * exist), each at file and line.
 */
public final class ChangeLogProblems {

    private ChangeLogProblems() {
    }

    /** The issues, DSL files' first, in file order. */
    public static List<DslIssue> find(StrataProject project) throws OperationException {
        DatabaseChangeLog changeLog = ChangeLogReader.readAll(project);
        ChangeSetLines lines = new ChangeSetLines(project.dir());
        Set<String> dslFiles = new LinkedHashSet<>();
        if (DslChangeLogParser.isDsl(project.changelog())) {
            dslFiles.add(ChangeSetLines.normalize(project.changelog()));
        }
        for (ChangeSet changeSet : changeLog.getChangeSets()) {
            String file = ChangeSetLines.normalize(changeSet.getChangeLog() != null ? changeSet.getChangeLog().getPhysicalFilePath()
                    : changeSet.getFilePath());
            if (DslChangeLogParser.isDsl(file)) {
                dslFiles.add(file);
            }
        }
        try {
            return new LiquibaseRunner(project.dir()).inScope(() -> {
                List<DslIssue> issues = new ArrayList<>();
                for (String file : dslFiles) {
                    Path path = project.dir().resolve(file);
                    try {
                        issues.addAll(DslValidator.validate(Files.readString(path, StandardCharsets.UTF_8), file));
                    } catch (IOException e) {
                        throw new OperationException(OperationException.Kind.CHANGELOG, file + " cannot be read: " + e.getMessage(), e);
                    }
                }
                issues.addAll(ReferenceCheck.check(changeLog.getChangeSets(), lines::line));
                return issues;
            });
        } catch (LiquibaseException e) {
            throw new OperationException(OperationException.Kind.CHANGELOG, e.getMessage(), e);
        }
    }
}
