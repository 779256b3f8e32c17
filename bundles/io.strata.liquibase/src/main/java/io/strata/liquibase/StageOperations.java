package io.strata.liquibase;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.strata.connection.ConnectionException;
import io.strata.connection.StageConnector;
import io.strata.core.StrataProjects;
import io.strata.core.project.Stage;
import io.strata.core.project.StrataProject;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.RanChangeSet;
import liquibase.database.Database;
import liquibase.exception.ChangeLogParseException;
import liquibase.exception.CommandExecutionException;
import liquibase.exception.LiquibaseException;
import liquibase.exception.LockException;
import liquibase.exception.MigrationFailedException;
import liquibase.exception.SetupException;
import liquibase.exception.ValidationFailedException;
import liquibase.lockservice.DatabaseChangeLogLock;
import liquibase.resource.ResourceAccessor;

/**
 * The Liquibase operations of a project on one of its stages: deploy, status, history, tag,
 * rollback, changelog-sync, validate, release-locks. Each call opens its own connection and closes
 * it. The CLI and the IDE call these; nothing here prints.
 */
public final class StageOperations {

    /** What a deploy did. */
    public record DeployResult(String stage, List<ChangeSetInfo> applied, long millis) {
    }

    /** A lock on the change log, as DATABASECHANGELOGLOCK records it. */
    public record Lock(String lockedBy, Instant since) {
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Liquibase liquibase, Database database) throws Exception;
    }

    private static final Logger LOG = Logger.getLogger(StageOperations.class.getName());

    private final StrataProject project;
    private final StageConnector connector;
    private final LiquibaseRunner runner;
    private List<Path> extensionJars = List.of();
    private boolean useIndex = true;
    private boolean lastStatusFromIndex;

    public StageOperations(StrataProject project, StageConnector connector) {
        this.project = project;
        this.connector = connector;
        this.runner = new LiquibaseRunner(project.dir());
    }

    /** Jars of Liquibase extensions (custom change classes) the change log may use. */
    public StageOperations extensions(List<Path> jars) {
        runner.extensions(jars);
        extensionJars = jars == null ? List.of() : List.copyOf(jars);
        return this;
    }

    /**
     * How long a deploy waits for another deployment's lock on the change log before it fails
     * (Liquibase's default is 5 minutes; 0 tries once).
     */
    public StageOperations lockWaitMinutes(long minutes) {
        runner.setting("liquibase.changelogLockWaitTimeInMinutes", minutes);
        // Liquibase polls every 10 s by default, so even "do not wait" would wait 10 s.
        runner.setting("liquibase.changelogLockPollRate", minutes == 0 ? 1L : 5L);
        return this;
    }

    /** Applies the pending change sets the selection takes, in order. */
    public DeployResult deploy(Stage stage, Selection selection) throws ConnectionException, OperationException {
        long start = System.nanoTime();
        try {
            return deployOnce(stage, selection, start);
        } catch (OperationException e) {
            // Liquibase 4.33 creates DATABASECHANGELOG before it takes the lock (liquibase #5254):
            // two deploys on a fresh database can race to create it. The table exists now; once more.
            if (e.getMessage() != null && e.getMessage().contains("attempting to create the database changelog table")) {
                return deployOnce(stage, selection, start);
            }
            throw e;
        }
    }

    private DeployResult deployOnce(Stage stage, Selection selection, long start) throws ConnectionException, OperationException {
        List<ChangeSetInfo> applied = run(stage, (liquibase, db) -> {
            long before = lastOrderExecuted(db);
            liquibase.update(contexts(stage, selection), labels(stage, selection));
            // What was applied: the rows of DATABASECHANGELOG with this deployment's id (another
            // deploy may have applied change sets while this one waited for the lock). Read with one
            // query, not by parsing the change log again nor through Liquibase's history service,
            // which reads and converts every row of the table (10,000 rows: over a second).
            String ours = Scope.getCurrentScope().getSingleton(liquibase.changelog.ChangeLogHistoryServiceFactory.class)
                    .getChangeLogService(db).getDeploymentId();
            return ours == null ? List.<ChangeSetInfo>of() : appliedIn(db, ours, before);
        });
        return new DeployResult(stage.name(), applied, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The highest ORDEREXECUTED of DATABASECHANGELOG, or -1 when there is no such table yet. (Liquibase
     * keeps a deployment id per database between runs in one JVM, so the id alone does not tell
     * this deployment's rows from an earlier one's.)
     */
    private static long lastOrderExecuted(Database db) throws java.sql.SQLException {
        java.sql.Connection connection = ((liquibase.database.jvm.JdbcConnection) db.getConnection()).getUnderlyingConnection();
        try (java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet max = statement.executeQuery("SELECT MAX(ORDEREXECUTED) FROM " + changeLogTable(db))) {
            return max.next() ? max.getLong(1) : -1;
        } catch (java.sql.SQLException noTable) {
            if (!connection.getAutoCommit()) {
                connection.rollback(); // PostgreSQL refuses everything after a failed statement until then
            }
            return -1;
        }
    }

    private static String changeLogTable(Database db) {
        return db.escapeTableName(db.getLiquibaseCatalogName(), db.getLiquibaseSchemaName(), db.getDatabaseChangeLogTableName());
    }

    /** The change sets DATABASECHANGELOG records for one deployment after {@code before}, in the order they ran. */
    private static List<ChangeSetInfo> appliedIn(Database db, String deploymentId, long before) throws java.sql.SQLException {
        java.sql.Connection connection = ((liquibase.database.jvm.JdbcConnection) db.getConnection()).getUnderlyingConnection();
        List<ChangeSetInfo> done = new ArrayList<>();
        try (java.sql.PreparedStatement query = connection.prepareStatement("SELECT ID, AUTHOR, FILENAME, LABELS, CONTEXTS, DESCRIPTION FROM "
                + changeLogTable(db) + " WHERE DEPLOYMENT_ID = ? AND ORDEREXECUTED > ? ORDER BY ORDEREXECUTED")) {
            query.setString(1, deploymentId);
            query.setLong(2, before);
            try (java.sql.ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    done.add(new ChangeSetInfo(rows.getString(1), rows.getString(2), rows.getString(3), blank(rows.getString(4)),
                            blank(rows.getString(5)), blank(rows.getString(6))));
                }
            }
        }
        return done;
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    /** The SQL a deploy would run, without running it. */
    public String deploySql(Stage stage, Selection selection) throws ConnectionException, OperationException {
        return run(stage, (liquibase, db) -> {
            StringWriter sql = new StringWriter();
            liquibase.update(contexts(stage, selection), labels(stage, selection), sql);
            return sql.toString();
        });
    }

    /**
     * The change sets a deploy would apply, in order: Liquibase's answer. While the change log is
     * unchanged, it comes from the change log index in the project's local state instead of a new
     * parse (see {@link ChangeLogIndex}); whenever the index cannot tell, Liquibase answers and the
     * index is written again.
     */
    public List<ChangeSetInfo> status(Stage stage, Selection selection) throws ConnectionException, OperationException {
        // A current index comes from a parse that succeeded on the same files: it has no include cycle.
        return run(stage, false, (liquibase, db) -> {
            Contexts contexts = contexts(stage, selection);
            LabelExpression labels = labels(stage, selection);
            lastStatusFromIndex = false;
            String environment = useIndex ? ChangeLogIndex.environment(project.changelog(), db, extensionJars) : null;
            if (environment == null) {
                checkIncludeCycles();
                return infos(liquibase.listUnrunChangeSets(contexts, labels, false));
            }
            Path indexFile = ChangeLogIndex.file(indexDir(), environment);
            ResourceAccessor files = Scope.getCurrentScope().getResourceAccessor();
            ChangeLogIndex index = readIndex(indexFile, environment, files, contexts, labels);
            List<ChangeSetInfo> pending = index == null ? null : index.pending(db, contexts, labels);
            lastStatusFromIndex = pending != null;
            if (pending != null) {
                return pending;
            }
            checkIncludeCycles();
            RecordingResourceAccessor recorder = new RecordingResourceAccessor(files);
            Liquibase recorded = new Liquibase(project.changelog(), recorder, db);
            return Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), recorder, Scope.Attr.database.name(), db), () -> {
                List<ChangeSetInfo> answer = infos(recorded.listUnrunChangeSets(contexts, labels, false));
                DatabaseChangeLog parsed = recorded.getDatabaseChangeLog(); // parsed by the status above
                writeIndex(indexFile, () -> ChangeLogIndex.build(environment, parsed, db, recorder, contexts, labels));
                return answer;
            });
        });
    }

    /** Writes the index {@code build} makes, or removes the old one when it makes none; never fails the status. */
    private static void writeIndex(Path file, Supplier<ChangeLogIndex> build) {
        try {
            ChangeLogIndex index = build.get();
            if (index != null) {
                index.write(file);
            } else {
                Files.deleteIfExists(file);
            }
        } catch (IOException | RuntimeException e) {
            // The index only saves time; without it the next status asks Liquibase again.
            LOG.log(Level.FINE, "cannot write the change log index " + file, e);
        }
    }

    private static ChangeLogIndex readIndex(Path file, String environment, ResourceAccessor files, Contexts contexts, LabelExpression labels) {
        try {
            return ChangeLogIndex.readIfCurrent(file, environment, files, contexts, labels);
        } catch (IOException | RuntimeException e) {
            // A damaged or foreign file: Liquibase answers and the index is written again.
            LOG.log(Level.FINE, "cannot read the change log index " + file, e);
            return null;
        }
    }

    private Path indexDir() {
        return project.dir().resolve(StrataProjects.LOCAL_STATE_FOLDER).resolve("index");
    }

    private static List<ChangeSetInfo> infos(List<ChangeSet> changeSets) {
        List<ChangeSetInfo> infos = new ArrayList<>(changeSets.size());
        for (ChangeSet changeSet : changeSets) {
            infos.add(ChangeSetInfo.of(changeSet));
        }
        return infos;
    }

    /**
     * Whether status may answer from the change log index (default: yes). Without it, every status
     * parses the change log.
     */
    public StageOperations useChangeLogIndex(boolean use) {
        this.useIndex = use;
        return this;
    }

    /** Whether the last {@link #status} was answered from the change log index (for tests and benchmarks). */
    boolean lastStatusFromIndex() {
        return lastStatusFromIndex;
    }

    /** The change sets applied to the stage, in the order they ran. */
    public List<AppliedChangeSet> history(Stage stage) throws ConnectionException, OperationException {
        return run(stage, (liquibase, db) -> {
            List<AppliedChangeSet> applied = new ArrayList<>();
            for (RanChangeSet ran : db.getRanChangeSetList()) {
                applied.add(new AppliedChangeSet(ran.getId(), ran.getAuthor(), ran.getChangeLog(),
                        ran.getDateExecuted() == null ? null : ran.getDateExecuted().toInstant(),
                        ran.getExecType() == null ? null : ran.getExecType().name(),
                        ran.getLastCheckSum() == null ? null : ran.getLastCheckSum().toString(), ran.getTag(),
                        ran.getDeploymentId()));
            }
            return applied;
        });
    }

    /** Tags the stage's current state, for a later rollback to it. */
    public void tag(Stage stage, String tag) throws ConnectionException, OperationException {
        run(stage, (liquibase, db) -> {
            liquibase.tag(tag);
            return null;
        });
    }

    /** How far to roll back. Exactly one of the three is given. */
    public record RollbackTarget(int count, String tag, Date date) {
        public static RollbackTarget count(int count) {
            return new RollbackTarget(count, null, null);
        }

        public static RollbackTarget tag(String tag) {
            return new RollbackTarget(0, tag, null);
        }

        public static RollbackTarget date(Date date) {
            return new RollbackTarget(0, null, date);
        }
    }

    /** Rolls back; with {@code preview} only returns the SQL it would run. */
    public String rollback(Stage stage, RollbackTarget target, Selection selection, boolean preview)
            throws ConnectionException, OperationException {
        return run(stage, (liquibase, db) -> {
            Contexts contexts = contexts(stage, selection);
            LabelExpression labels = labels(stage, selection);
            StringWriter sql = preview ? new StringWriter() : null;
            if (target.tag() != null) {
                if (preview) {
                    liquibase.rollback(target.tag(), null, contexts, labels, sql);
                } else {
                    liquibase.rollback(target.tag(), null, contexts, labels);
                }
            } else if (target.date() != null) {
                if (preview) {
                    liquibase.rollback(target.date(), null, contexts, labels, sql);
                } else {
                    liquibase.rollback(target.date(), null, contexts, labels);
                }
            } else {
                if (preview) {
                    liquibase.rollback(target.count(), null, contexts, labels, sql);
                } else {
                    liquibase.rollback(target.count(), null, contexts, labels);
                }
            }
            return preview ? sql.toString() : "";
        });
    }

    /** Marks the pending change sets as applied without running them (after a baseline or a manual change). */
    public List<ChangeSetInfo> changelogSync(Stage stage, Selection selection) throws ConnectionException, OperationException {
        return run(stage, (liquibase, db) -> {
            Contexts contexts = contexts(stage, selection);
            LabelExpression labels = labels(stage, selection);
            List<ChangeSetInfo> marked = new ArrayList<>();
            for (ChangeSet changeSet : liquibase.listUnrunChangeSets(contexts, labels, false)) {
                marked.add(ChangeSetInfo.of(changeSet));
            }
            liquibase.changeLogSync(contexts, labels);
            return marked;
        });
    }

    /** Checks the change log (and, on a stage, the checksums of what was applied). */
    public void validate(Stage stage) throws ConnectionException, OperationException {
        run(stage, (liquibase, db) -> {
            liquibase.validate();
            return null;
        });
    }

    /** Checks the change log without any stage, on a scratch in-memory database. */
    public void validateOffline() throws OperationException {
        try (Connection connection = new org.h2.Driver().connect("jdbc:h2:mem:strata-validate-" + System.nanoTime(), new java.util.Properties())) {
            runOn(connection, null, (liquibase, db) -> {
                liquibase.validate();
                return null;
            });
        } catch (SQLException e) {
            throw new OperationException(OperationException.Kind.OTHER, "cannot start the scratch database for validation: " + e.getMessage(), e);
        }
    }

    /** The locks held on the stage's change log. */
    public List<Lock> locks(Stage stage) throws ConnectionException, OperationException {
        return run(stage, (liquibase, db) -> {
            List<Lock> locks = new ArrayList<>();
            for (DatabaseChangeLogLock lock : liquibase.listLocks()) {
                locks.add(new Lock(lock.getLockedBy(), lock.getLockGranted() == null ? null : lock.getLockGranted().toInstant()));
            }
            return locks;
        });
    }

    /** Releases the change log lock, e.g. after a deployment was killed. */
    public void releaseLocks(Stage stage) throws ConnectionException, OperationException {
        run(stage, (liquibase, db) -> {
            liquibase.forceReleaseLocks();
            return null;
        });
    }

    private static Contexts contexts(Stage stage, Selection selection) {
        return new Contexts(selection.contextsFor(stage));
    }

    private static LabelExpression labels(Stage stage, Selection selection) {
        String labels = selection.labelsFor(stage);
        return labels == null ? new LabelExpression() : new LabelExpression(labels);
    }

    private <T> T run(Stage stage, Work<T> work) throws ConnectionException, OperationException {
        return run(stage, true, work);
    }

    /** With {@code checkCycles} false, the work checks for include cycles itself before Liquibase parses. */
    private <T> T run(Stage stage, boolean checkCycles, Work<T> work) throws ConnectionException, OperationException {
        try (Connection connection = connector.open(stage)) {
            return runOn(connection, stage, checkCycles, work);
        } catch (SQLException e) {
            // closing failed; the work itself completed or threw already
            throw new OperationException(OperationException.Kind.OTHER, "Stage " + stage.name() + ": " + e.getMessage(), e);
        }
    }

    private void checkIncludeCycles() throws OperationException {
        List<String> cycle = IncludeCycles.find(project.dir(), project.changelog());
        if (!cycle.isEmpty()) {
            throw new OperationException(OperationException.Kind.CHANGELOG, "the change log includes itself: "
                    + String.join(" includes ", cycle) + ". Remove one of these includes.", null);
        }
    }

    private <T> T runOn(Connection connection, Stage stage, Work<T> work) throws OperationException {
        return runOn(connection, stage, true, work);
    }

    private <T> T runOn(Connection connection, Stage stage, boolean checkCycles, Work<T> work) throws OperationException {
        if (checkCycles) {
            checkIncludeCycles();
        }
        try {
            return runner.inScope(() -> {
                Database database = LiquibaseRunner.database(connection, stage == null ? null : stage.connection().defaultSchema());
                Liquibase liquibase = new Liquibase(project.changelog(), Scope.getCurrentScope().getResourceAccessor(), database);
                return work.run(liquibase, database);
            });
        } catch (LiquibaseException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof OperationException failure) {
                    throw failure; // thrown by the work itself
                }
            }
            throw translate(stage, e);
        } catch (LinkageError e) {
            // An extension class (a custom change) was found, but not a class it needs.
            throw new OperationException(OperationException.Kind.CHANGELOG, (stage == null ? "" : "Stage " + stage.name() + ": ")
                    + "a Liquibase extension of the change log " + project.changelog() + " needs the class "
                    + e.getMessage() + ", which is in none of the extension jars. Add the jars it needs to the extensions folder.", e);
        } catch (StackOverflowError e) {
            throw new OperationException(OperationException.Kind.CHANGELOG, "the change log " + project.changelog()
                    + " nests too deeply for Liquibase (an include cycle through a non-XML change log?)", null);
        }
    }

    private OperationException translate(Stage stage, LiquibaseException e) {
        String where = stage == null ? "" : "Stage " + stage.name() + ": ";
        String missing = CustomChanges.missingClass(e);
        if (missing != null) {
            CustomChanges.Use use = CustomChanges.find(project.dir(), missing);
            String what = use != null
                    ? "change set '" + use.changeSetId() + "' (" + use.file() + ", line " + use.line() + ") uses the custom change class "
                    : "a custom change of the change log " + project.changelog() + " needs the class ";
            return new OperationException(OperationException.Kind.CHANGELOG, where + what + missing
                    + ", which Strata cannot load. Put the jar that holds it (and the jars it needs) into an extensions folder: "
                    + "--extensions DIR, STRATA_EXTENSIONS, or <install>/extensions.", e);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LockException) {
                return new OperationException(OperationException.Kind.LOCKED, where + t.getMessage()
                        + ". If no deployment is running on this stage (say, one was killed), release the lock with "
                        + "'strata release-locks" + (stage == null ? "" : " --stage " + stage.name()) + "' and run again.", e);
            }
            if (t instanceof ValidationFailedException || t instanceof ChangeLogParseException || t instanceof SetupException) {
                return new OperationException(OperationException.Kind.CHANGELOG, where + "the change log "
                        + project.changelog() + " is not valid: " + ChangeLogReader.readable(t.getMessage().strip()), e);
            }
            // (ValidationFailedException is a MigrationFailedException too, hence the order.)
            if (t instanceof MigrationFailedException migration) {
                String reason = rootMessage(migration);
                boolean connectionLost = connectionLost(migration);
                return new OperationException(OperationException.Kind.DATABASE, where + firstLine(migration.getMessage())
                        .replaceFirst(":$", "") + (reason == null ? "" : ": " + reason) + ". The change sets before it are applied and recorded"
                        + (connectionLost ? "; the connection was lost, so the change log lock is probably still held: run 'strata "
                                + "release-locks" + (stage == null ? "" : " --stage " + stage.name()) + "', then deploy again."
                                : "; fix this change set (or the database) and deploy again."), e);
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root && root instanceof CommandExecutionException) {
            root = root.getCause();
        }
        return new OperationException(OperationException.Kind.OTHER, where + (root.getMessage() == null ? root.toString() : root.getMessage()), e);
    }

    /** The message of the deepest cause that has one (the database's own words). */
    private static String rootMessage(Throwable failure) {
        String message = null;
        for (Throwable t = failure.getCause(); t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = firstLine(t.getMessage());
            }
        }
        return message;
    }

    private static boolean connectionLost(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("57P01"))) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "a change set failed";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
