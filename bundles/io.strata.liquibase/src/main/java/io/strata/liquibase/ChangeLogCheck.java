package io.strata.liquibase;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xml.sax.SAXParseException;

import io.strata.core.project.ProjectException;
import io.strata.core.project.StrataProject;
import liquibase.Scope;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.exception.LiquibaseException;

/**
 * Checks a project's change log the way Liquibase would before a deployment, without a database:
 * the files parse against the XML schema (a misspelt element comes with the allowed one closest to
 * it), no change set id is used twice in one file by one author, every change has the attributes
 * it needs. Each problem names its file and line, for the IDE's markers and the CLI.
 */
public final class ChangeLogCheck {

    /** Liquibase's words for a parse failure: "Error parsing line 5 column 50 of Change Log/changelog.xml: ...". */
    private static final Pattern PARSE_LOCATION = Pattern.compile("Error parsing line \\d+ column \\d+ of (.+?): ");

    private ChangeLogCheck() {
    }

    /** The problems of the change log of the project in {@code dir}; a project that cannot be loaded is one problem. */
    public static List<ChangeLogProblem> check(Path dir) {
        try {
            return check(StrataProject.load(dir));
        } catch (ProjectException e) {
            String file = e.file() == null ? "" : relative(dir, e.file());
            return List.of(new ChangeLogProblem(ChangeLogProblem.NOT_READABLE, file, e.line(), 0, e.getMessage(), null, null, null));
        }
    }

    /** The problems of the project's change log (and every file it includes), in file order; empty when there are none. */
    public static List<ChangeLogProblem> check(StrataProject project) {
        String master = ChangeSetLines.normalize(project.changelog());
        try {
            return new LiquibaseRunner(project.dir()).inScope(() -> {
                Database database = DatabaseFactory.getInstance().openDatabase("offline:h2", null, null, null,
                        Scope.getCurrentScope().getResourceAccessor());
                DatabaseChangeLog changeLog;
                try {
                    changeLog = new ChangeLogReader(project).read(database, List.of(), null);
                } catch (OperationException e) {
                    return List.of(parseProblem(master, e));
                }
                return afterParse(project, database, changeLog);
            });
        } catch (LiquibaseException | RuntimeException e) {
            return List.of(new ChangeLogProblem(ChangeLogProblem.NOT_READABLE, master, 0, 0,
                    "the change log " + master + " cannot be read: " + e.getMessage(), null, null, null));
        }
    }

    /** A change log Liquibase could not parse: at the line and column of the XML parser's error where it gave one. */
    static ChangeLogProblem parseProblem(String master, OperationException e) {
        SAXParseException sax = null;
        String file = master;
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            Matcher location = t.getMessage() == null ? null : PARSE_LOCATION.matcher(t.getMessage());
            if (location != null && location.find()) {
                file = ChangeSetLines.normalize(location.group(1));
            }
            if (t instanceof SAXParseException s) {
                sax = s;
                break;
            }
        }
        if (sax == null) {
            return new ChangeLogProblem(ChangeLogProblem.NOT_READABLE, master, 0, 0, e.getMessage(), null, null, null);
        }
        String saxMessage = sax.getMessage() == null ? "" : sax.getMessage();
        ChangeLogReader.Misspelling misspelling = ChangeLogReader.misspelling(saxMessage);
        String message = ChangeLogReader.readable(saxMessage).strip();
        int line = Math.max(sax.getLineNumber(), 0);
        int column = Math.max(sax.getColumnNumber(), 0);
        if (misspelling != null) {
            return new ChangeLogProblem(ChangeLogProblem.UNKNOWN_ELEMENT, file, line, column, message, misspelling.found(),
                    misspelling.closest(), null);
        }
        return new ChangeLogProblem(ChangeLogProblem.NOT_VALID_XML, file, line, column, message, null, null, null);
    }

    private static List<ChangeLogProblem> afterParse(StrataProject project, Database database, DatabaseChangeLog changeLog) {
        List<ChangeLogProblem> problems = new ArrayList<>();
        ChangeSetLines lines = new ChangeSetLines(project.dir());
        Set<String> seen = new LinkedHashSet<>();
        for (ChangeSet changeSet : changeLog.getChangeSets()) {
            String file = ChangeSetLines.normalize(changeSet.getFilePath());
            String id = changeSet.getId();
            String author = changeSet.getAuthor();
            List<Integer> at = lines.lines(file, id, author);
            if (seen.add(file + "\n" + id + "\n" + author) && at.size() > 1) {
                for (int line : at.subList(1, at.size())) {
                    problems.add(new ChangeLogProblem(ChangeLogProblem.DUPLICATE_CHANGE_SET, file, line, 0, "Change set id '" + id
                            + "' of author '" + author + "' is already used at line " + at.get(0) + " of " + file
                            + "; Liquibase refuses to deploy duplicates. Give this change set an id of its own.", id, null, id));
                }
            }
            int line = at.isEmpty() ? 0 : at.get(0);
            int index = 0;
            for (Change change : changeSet.getChanges()) {
                index++;
                List<String> errors;
                try {
                    errors = change.validate(database).getErrorMessages();
                } catch (RuntimeException e) {
                    errors = List.of(String.valueOf(e.getMessage()));
                }
                for (String error : errors) {
                    problems.add(new ChangeLogProblem(ChangeLogProblem.INVALID_CHANGE, file, line, 0, "Change " + index + " ("
                            + change.getSerializedObjectName() + ") of change set '" + id + "': " + error + ".", null, null, id));
                }
            }
        }
        return problems;
    }

    private static String relative(Path dir, Path file) {
        try {
            return dir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return file.toString();
        }
    }
}
