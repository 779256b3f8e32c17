package io.strata.liquibase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import io.strata.core.project.StrataProject;
import liquibase.ChecksumVersion;
import liquibase.Scope;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.serializer.core.xml.XMLChangeLogSerializer;

/** Writes Strata projects for the tests: files, and a project with one embedded H2 stage. */
final class TestProjects {

    private TestProjects() {
    }

    /** The start of an XML change log, up to its first change set. */
    static final String XML_HEADER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
            """;

    /** The end of an XML change log. */
    static final String XML_FOOTER = "</databaseChangeLog>\n";

    /** Writes {@code text} to {@code path} under {@code dir}, creating folders as needed. */
    static Path write(Path dir, String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    /** A project named {@code name} with a deployment plan holding one stage, DEV, an H2 file database in its local state. */
    static void h2Project(Path dir, String name) throws IOException {
        write(dir, "strata.yaml", "name: " + name + "\n");
        write(dir, "Deployment Plans/plan.yaml", """
                stages:
                  - name: DEV
                    type: h2
                    url: jdbc:h2:file:${project.dir}/.strata/h2/dev
                    user: sa
                """);
    }

    /** A change log as read, and each change set as one text of everything a forecast or a deployment uses. */
    record ReadChangeLog(DatabaseChangeLog changeLog, List<String> described) {
    }

    /**
     * Reads the change log of the project at {@code dir} for an offline H2 database, with a
     * {@link ChangeLogReader} as {@code setUp} configures it (a cache, a memory), and describes
     * every change set: id, author, files, filters, flags, comments, checksum, the line a finding
     * would point at, preconditions, SQL visitors, every change and rollback change.
     */
    static ReadChangeLog readOffline(Path dir, List<String> contexts, UnaryOperator<ChangeLogReader> setUp) throws Exception {
        StrataProject project = StrataProject.load(dir);
        ChangeSetLines lines = new ChangeSetLines(dir);
        return new LiquibaseRunner(dir).inScope(() -> {
            Database database = DatabaseFactory.getInstance().openDatabase("offline:h2", null, null, null,
                    Scope.getCurrentScope().getResourceAccessor());
            DatabaseChangeLog changeLog = setUp.apply(new ChangeLogReader(project)).read(database, contexts, null);
            XMLChangeLogSerializer serializer = new XMLChangeLogSerializer();
            List<String> described = new ArrayList<>();
            for (ChangeSet cs : changeLog.getChangeSets()) {
                StringBuilder text = new StringBuilder();
                text.append(cs.getId()).append('|').append(cs.getAuthor()).append('|').append(cs.getFilePath())
                        .append('|').append(cs.getLogicalFilePath())
                        .append("|labels=").append(cs.getLabels()).append("|context=").append(cs.getContextFilter())
                        .append("|inherited=").append(cs.getInheritableContextFilter())
                        .append("|dbms=").append(cs.getDbmsSet()).append("|runAlways=").append(cs.isAlwaysRun())
                        .append("|runOnChange=").append(cs.isRunOnChange()).append("|ignore=").append(cs.isIgnore())
                        .append("|failOnError=").append(cs.getFailOnError()).append("|inTransaction=").append(cs.isRunInTransaction())
                        .append("|comments=").append(cs.getComments()).append("|validCheckSums=").append(cs.getValidCheckSums())
                        .append("|checksum=").append(cs.generateCheckSum(ChecksumVersion.latest()))
                        .append("|line=").append(lines.line(cs.getFilePath(), cs.getId(), cs.getAuthor()))
                        .append("|preconditions=").append(cs.getPreconditions() == null ? null : serializer.serialize(cs.getPreconditions(), true))
                        .append("|sqlVisitors=").append(cs.getSqlVisitors().stream().map(v -> serializer.serialize(v, true)).toList());
                for (Change change : cs.getChanges()) {
                    text.append("\nchange ").append(change.getClass().getName()).append(": ").append(serializer.serialize(change, true));
                }
                for (Change change : cs.getRollback().getChanges()) {
                    text.append("\nrollback ").append(change.getClass().getName()).append(": ").append(serializer.serialize(change, true));
                }
                text.append("\nwhole: ").append(serializer.serialize(cs, true));
                described.add(text.toString());
            }
            return new ReadChangeLog(changeLog, described);
        });
    }
}
