package io.strata.liquibase;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.strata.connection.ConnectionException;
import io.strata.connection.StageConnector;
import io.strata.core.ProjectFolder;
import io.strata.core.project.Stage;
import io.strata.core.project.StrataProject;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.diff.DiffGeneratorFactory;
import liquibase.diff.DiffResult;
import liquibase.diff.compare.CompareControl;
import liquibase.diff.output.DiffOutputControl;
import liquibase.diff.output.changelog.DiffToChangeLog;
import liquibase.diff.output.report.DiffToReport;
import liquibase.exception.LiquibaseException;

/**
 * Operations on the schemas of stages: baseline (capture a reference database as the first change
 * log and mark it applied), snapshot (save a stage's schema model into {@code Snapshots/}), and
 * compare (two stages, or a snapshot and a stage) with the differences as change sets.
 */
public final class SchemaOperations {

    /** What a baseline wrote. */
    public record BaselineResult(String stage, Path changelog, List<ChangeSetInfo> changeSets, boolean masterCreated) {
    }

    /** The differences of a comparison; {@code changelog} is null when none was asked for or there is no difference. */
    public record CompareResult(String reference, String target, boolean equal, String report, Path changelog) {
    }

    private static final Pattern ROOT_TAG = Pattern.compile("<databaseChangeLog\\b[^>]*>");

    private final StrataProject project;
    private final StageConnector connector;
    private final LiquibaseRunner runner;

    public SchemaOperations(StrataProject project, StageConnector connector) {
        this.project = project;
        this.connector = connector;
        this.runner = new LiquibaseRunner(project.dir());
    }

    private Path changeLogDir() {
        return project.dir().resolve(project.changelog()).getParent();
    }

    /**
     * Captures the stage's schema as {@code fileName} next to the master change log, includes it
     * first in the master (creating the master if there is none), and marks its change sets as
     * applied on the stage. Nothing is overwritten.
     */
    public BaselineResult baseline(Stage stage, String author, String fileName) throws ConnectionException, OperationException {
        Path baseline = changeLogDir().resolve(fileName);
        Path master = project.dir().resolve(project.changelog());
        if (Files.exists(baseline)) {
            throw new OperationException(OperationException.Kind.OTHER, baseline + " already exists; Strata does not overwrite it. "
                    + "Delete it or give another file name (--file).", null);
        }
        if (Files.exists(master) && !master.toString().endsWith(".xml")) {
            throw new OperationException(OperationException.Kind.OTHER, "the master change log " + project.changelog()
                    + " is not XML; add an include of " + fileName + " to it yourself and run changelog-sync.", null);
        }
        String relativeBaseline = project.dir().relativize(baseline).toString().replace('\\', '/');
        try (Connection connection = connector.open(stage)) {
            List<ChangeSetInfo> marked = runner.inScope(() -> {
                Database database = database(connection, stage);
                DiffResult diff = DiffGeneratorFactory.getInstance().compare(database, null, CompareControl.STANDARD);
                DiffToChangeLog changeLog = new DiffToChangeLog(diff, new DiffOutputControl(false, false, false, null));
                changeLog.setChangeSetAuthor(author);
                Files.createDirectories(baseline.getParent());
                changeLog.print(baseline.toString());
                if (!Files.exists(baseline)) {
                    throw new OperationException(OperationException.Kind.OTHER, "stage " + stage.name()
                            + " has no tables, views or other objects to baseline", null);
                }
                Liquibase liquibase = new Liquibase(relativeBaseline, Scope.getCurrentScope().getResourceAccessor(), database);
                List<ChangeSetInfo> infos = liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression(), false)
                        .stream().map(ChangeSetInfo::of).toList();
                liquibase.changeLogSync(new Contexts(), new LabelExpression());
                return infos;
            });
            boolean created = includeFirst(master, baseline);
            return new BaselineResult(stage.name(), baseline, marked, created);
        } catch (SQLException e) {
            throw new OperationException(OperationException.Kind.OTHER, "Stage " + stage.name() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new OperationException(OperationException.Kind.OTHER, "cannot update " + master + ": " + e.getMessage(), e);
        } catch (LiquibaseException e) {
            throw failed(e, "Stage " + stage.name() + ": baseline failed: ");
        }
    }

    /** Puts an include of {@code included} first into the master change log; true if the master was created. */
    static boolean includeFirst(Path master, Path included) throws IOException {
        String file = master.getParent().relativize(included).toString().replace('\\', '/');
        String include = "<include file=\"" + file + "\" relativeToChangelogFile=\"true\"/>";
        if (!Files.exists(master)) {
            Files.createDirectories(master.getParent());
            Files.writeString(master, """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <databaseChangeLog
                        xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                        xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">

                        <!-- The baseline: the reference database as it was when Strata captured it. -->
                        %s
                    </databaseChangeLog>
                    """.formatted(include), StandardCharsets.UTF_8);
            return true;
        }
        String text = Files.readString(master, StandardCharsets.UTF_8);
        if (text.contains(include)) {
            return false;
        }
        Matcher root = ROOT_TAG.matcher(text);
        if (!root.find()) {
            throw new IOException("it has no <databaseChangeLog> element");
        }
        String updated = text.substring(0, root.end()) + "\n\n    <!-- The baseline: the reference database as it was when Strata captured it. -->\n    "
                + include + text.substring(root.end());
        Files.writeString(master, updated, StandardCharsets.UTF_8);
        return false;
    }

    /** Saves the stage's schema model as {@code Snapshots/<stage>.json} and returns the file. */
    public Path snapshot(Stage stage) throws ConnectionException, OperationException {
        Path file = ProjectFolder.SNAPSHOTS.in(project.dir()).resolve(stage.name() + ".json");
        try (Connection connection = connector.open(stage)) {
            runner.inScope(() -> {
                Files.createDirectories(file.getParent());
                Path partial = file.resolveSibling(file.getFileName() + ".part");
                try (OutputStream out = Files.newOutputStream(partial)) {
                    new CommandScope("snapshot").addArgumentValue("database", database(connection, stage))
                            .addArgumentValue("snapshotFormat", "json").setOutput(out).execute();
                }
                Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                return null;
            });
            return file;
        } catch (SQLException e) {
            throw new OperationException(OperationException.Kind.OTHER, "Stage " + stage.name() + ": " + e.getMessage(), e);
        } catch (LiquibaseException e) {
            throw failed(e, "Stage " + stage.name() + ": snapshot failed: ");
        }
    }

    /**
     * Compares {@code target} with {@code reference}; with {@code changelogFile}, writes the change
     * sets that would make the target like the reference there (next to the master change log).
     */
    public CompareResult compare(Stage reference, Stage target, String changelogFile) throws ConnectionException, OperationException {
        try (Connection referenceConnection = connector.open(reference); Connection targetConnection = connector.open(target)) {
            return runner.inScope(() -> diff(database(referenceConnection, reference), database(targetConnection, target),
                    reference.name(), target.name(), changelogFile));
        } catch (SQLException e) {
            throw new OperationException(OperationException.Kind.OTHER, e.getMessage(), e);
        } catch (LiquibaseException e) {
            throw failed(e, "compare failed: ");
        }
    }

    /** Compares {@code target} with a snapshot file of the project (e.g. {@code Snapshots/DEV.json}). */
    public CompareResult compareWithSnapshot(String snapshot, Stage target, String changelogFile)
            throws ConnectionException, OperationException {
        if (!Files.isRegularFile(project.dir().resolve(snapshot))) {
            throw new OperationException(OperationException.Kind.OTHER, "no snapshot " + snapshot + " in the project; "
                    + "make one with 'strata snapshot --stage NAME'", null);
        }
        try (Connection targetConnection = connector.open(target)) {
            return runner.inScope(() -> {
                Database targetDatabase = database(targetConnection, target);
                Database offline = DatabaseFactory.getInstance().openDatabase("offline:" + targetDatabase.getShortName()
                        + "?snapshot=" + snapshot, null, null, null, Scope.getCurrentScope().getResourceAccessor());
                return diff(offline, targetDatabase, snapshot, target.name(), changelogFile);
            });
        } catch (SQLException e) {
            throw new OperationException(OperationException.Kind.OTHER, e.getMessage(), e);
        } catch (LiquibaseException e) {
            throw failed(e, "compare failed: ");
        }
    }

    private CompareResult diff(Database reference, Database target, String referenceName, String targetName, String changelogFile)
            throws Exception {
        DiffResult diff = DiffGeneratorFactory.getInstance().compare(reference, target, objectsOnly());
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(report, true, StandardCharsets.UTF_8)) {
            new DiffToReport(diff, out).print();
        }
        boolean equal = diff.areEqual();
        Path written = null;
        if (changelogFile != null && !equal) {
            written = changeLogDir().resolve(changelogFile);
            if (Files.exists(written)) {
                throw new OperationException(OperationException.Kind.OTHER, written + " already exists; Strata does not overwrite it", null);
            }
            new DiffToChangeLog(diff, new DiffOutputControl(false, false, false, null)).print(written.toString());
        }
        return new CompareResult(referenceName, targetName, equal, report.toString(StandardCharsets.UTF_8), written);
    }

    /**
     * What a comparison looks at: every standard kind of object but the catalog, whose name is the
     * database's own (two stages are different databases by design).
     */
    private static CompareControl objectsOnly() {
        java.util.Set<Class<? extends liquibase.structure.DatabaseObject>> types = new java.util.HashSet<>(CompareControl.STANDARD.getComparedTypes());
        types.remove(liquibase.structure.core.Catalog.class);
        return new CompareControl(types);
    }

    /** An OperationException thrown inside the Liquibase scope comes back wrapped; unwrap it. */
    private static OperationException failed(LiquibaseException e, String prefix) {
        if (e.getCause() instanceof OperationException operation) {
            return operation;
        }
        return new OperationException(OperationException.Kind.OTHER, prefix + e.getMessage(), e);
    }

    private static Database database(Connection connection, Stage stage) throws LiquibaseException {
        return LiquibaseRunner.database(connection, stage.connection().defaultSchema());
    }
}
