package io.strata.forecast;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.strata.connection.ConnectionException;
import io.strata.connection.StageConnector;
import io.strata.core.ProgressMonitor;
import io.strata.core.RulesPhase;
import io.strata.core.project.Stage;
import io.strata.core.project.StrataProject;
import io.strata.forecast.model.DatabaseModel;
import io.strata.forecast.model.TableModel;
import io.strata.liquibase.ChangeLogMemory;
import io.strata.liquibase.ChangeLogReader;
import io.strata.liquibase.ChangeSetLines;
import io.strata.liquibase.LiquibaseRunner;
import io.strata.liquibase.OperationException;
import io.strata.liquibase.Selection;
import io.strata.rules.CompiledRules;
import io.strata.rules.Response;
import io.strata.rules.ResponseType;
import liquibase.ChecksumVersion;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.change.Change;
import liquibase.change.core.RawSQLChange;
import liquibase.change.core.SQLFileChange;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.RanChangeSet;
import liquibase.changelog.filter.ContextChangeSetFilter;
import liquibase.changelog.filter.DbmsChangeSetFilter;
import liquibase.changelog.filter.LabelChangeSetFilter;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.precondition.core.PreconditionContainer;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;

/**
 * Forecasts a deployment: applies each pending change set to a model of the stage's database
 * instead of the database, checks what a real deployment would hit, and runs the project's rules
 * (PreForecast over the raw change sets, Forecast over each change with the model at that point,
 * SqlRules over SQL, PostForecast over the resulting model). Never changes the stage.
 */
public final class Forecaster {

    /** Where the model the forecast starts from comes from. */
    public enum ModelSource {
        /** Profile the live stage (reads its schema and DATABASECHANGELOG; changes nothing). */
        LIVE,
        /** The stage's model file in {@code Snapshots/} (offline: no database needed). */
        SNAPSHOT,
        /** An empty database: every change set is pending. */
        EMPTY
    }

    /** How row counts are found when profiling a live stage. */
    public enum RowCounts {
        EXACT, APPROXIMATE, NONE
    }

    /**
     * What to forecast.
     *
     * @param source where the starting model comes from
     * @param limited with {@link ModelSource#LIVE}: profile only the tables the pending changes name
     * @param rowCounts how to count rows on a live stage
     * @param snapshot the model file for {@link ModelSource#SNAPSHOT}, or null for {@code Snapshots/<stage>.model.json}
     * @param selection contexts and labels
     */
    public record Options(ModelSource source, boolean limited, RowCounts rowCounts, Path snapshot, Selection selection) {

        public static Options live() {
            return new Options(ModelSource.LIVE, false, RowCounts.EXACT, null, Selection.STAGE_DEFAULTS);
        }

        public static Options offline() {
            return new Options(ModelSource.SNAPSHOT, false, RowCounts.NONE, null, Selection.STAGE_DEFAULTS);
        }

        public static Options empty() {
            return new Options(ModelSource.EMPTY, false, RowCounts.NONE, null, Selection.STAGE_DEFAULTS);
        }

        public Options withSelection(Selection s) {
            return new Options(source, limited, rowCounts, snapshot, s);
        }

        public Options withLimited(boolean l) {
            return new Options(source, l, rowCounts, snapshot, selection);
        }

        public Options withRowCounts(RowCounts r) {
            return new Options(source, limited, r, snapshot, selection);
        }

        public Options withSnapshot(Path p) {
            return new Options(source, limited, rowCounts, p, selection);
        }
    }

    private final StrataProject project;
    private final StageConnector connector;
    private final LiquibaseRunner runner;

    /** @param connector how to reach stages; may be null when only offline and empty forecasts are made */
    public Forecaster(StrataProject project, StageConnector connector) {
        this.project = project;
        this.connector = connector;
        this.runner = new LiquibaseRunner(project.dir());
    }

    /** Jars of Liquibase extensions (custom change classes) the change log may use. */
    public Forecaster extensions(List<Path> jars) {
        runner.extensions(jars);
        return this;
    }

    /**
     * Forecasts the deployment of the stage's pending change sets.
     *
     * @throws OperationException when the change log or the rules are invalid, or the snapshot is missing
     * @throws ConnectionException when a live stage cannot be reached
     * @throws ProgressMonitor.Cancelled when the monitor was cancelled
     */
    public ForecastResult forecast(Stage stage, Options options, ProgressMonitor monitor) throws ConnectionException, OperationException {
        Instant started = Instant.now();
        long start = System.nanoTime();
        monitor.begin("Forecast of stage " + stage.name(), -1);
        // The rules load (from the cache, or compiled) on a thread of their own while the change log
        // is read: on two cores that hides most of it.
        java.util.concurrent.FutureTask<PhaseRules> loading = new java.util.concurrent.FutureTask<>(() -> PhaseRules.load(project.dir()));
        Thread loader = new Thread(loading, "Strata rules of " + project.name());
        loader.setDaemon(true);
        loader.start();
        RulesLoad rules = new RulesLoad(loading, monitor);
        // Where each change set of the master change log starts, found on a third thread while
        // the change log is parsed (10,000 change sets: a 2 MB file, 0.05-0.1 s).
        java.util.concurrent.FutureTask<ChangeSetLines> lineIndex = new java.util.concurrent.FutureTask<>(
                () -> new ChangeSetLines(project.dir()).read(project.changelog()));
        Thread.ofPlatform().name("Strata change set lines of " + project.name()).daemon().start(lineIndex);
        String type = stage.connection().type().id();
        if (options.source() == ModelSource.LIVE) {
            if (connector == null) {
                throw new IllegalStateException("a live forecast needs a StageConnector");
            }
            monitor.subTask("Connecting to stage " + stage.name());
            try (Connection connection = connector.open(stage)) {
                return scoped(() -> {
                    Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(
                            new liquibase.database.jvm.JdbcConnection(connection));
                    if (stage.connection().defaultSchema() != null) {
                        database.setDefaultSchemaName(stage.connection().defaultSchema());
                    }
                    List<AppliedChangeSetKey> applied = new ArrayList<>();
                    for (RanChangeSet ran : database.getRanChangeSetList()) {
                        applied.add(new AppliedChangeSetKey(ran.getChangeLog(), ran.getId(), ran.getAuthor(),
                                ran.getLastCheckSum() == null ? null : ran.getLastCheckSum().toString()));
                    }
                    monitor.subTask("Reading the change log");
                    DatabaseChangeLog changeLog = reader().read(database, contexts(stage, options), labels(stage, options));
                    Pending pending = pending(changeLog, database, stage, options, applied);
                    monitor.subTask("Profiling stage " + stage.name());
                    List<String> only = null;
                    if (options.limited()) {
                        List<Change> changes = new ArrayList<>();
                        pending.changeSets.forEach(cs -> changes.addAll(cs.getChanges()));
                        only = StageProfiler.touchedTables(changes);
                    }
                    DatabaseModel model = StageProfiler.profile(database, type, only, StageProfiler.RowCounts.valueOf(options.rowCounts().name()));
                    model.setPartial(options.limited());
                    String source = (options.limited() ? "limited profile of live stage " : "live stage ") + stage.name();
                    return run(stage, database, rules.get(), lines(lineIndex), model, pending, applied, source, started, start, monitor);
                });
            } catch (SQLException e) {
                throw new OperationException(OperationException.Kind.OTHER, "Stage " + stage.name() + ": " + e.getMessage(), e);
            }
        }
        DatabaseModel model;
        List<AppliedChangeSetKey> applied;
        String source;
        if (options.source() == ModelSource.SNAPSHOT) {
            Path file = options.snapshot() != null ? project.dir().resolve(options.snapshot()) : ModelFile.of(project.dir(), stage.name());
            if (!Files.isRegularFile(file)) {
                throw new OperationException(OperationException.Kind.OTHER, "there is no model of stage " + stage.name() + " at "
                        + project.dir().relativize(file) + "; make one with 'strata snapshot --stage " + stage.name()
                        + "' (it needs the database once), or forecast against the live stage or an empty model (--empty).", null);
            }
            try {
                ModelFile.Content content = ModelFile.read(file);
                model = content.model();
                applied = content.applied();
            } catch (IOException e) {
                throw new OperationException(OperationException.Kind.OTHER, e.getMessage(), e);
            }
            source = "snapshot " + project.dir().relativize(file).toString().replace('\\', '/');
        } else {
            model = new DatabaseModel(type, stage.connection().defaultSchema());
            applied = List.of();
            source = "empty database";
        }
        DatabaseModel startModel = model;
        return scoped(() -> {
            Database database = DatabaseFactory.getInstance().openDatabase("offline:" + liquibaseShortName(type), null, null, null,
                    liquibase.Scope.getCurrentScope().getResourceAccessor());
            if (stage.connection().defaultSchema() != null) {
                database.setDefaultSchemaName(stage.connection().defaultSchema());
            }
            monitor.subTask("Reading the change log");
            DatabaseChangeLog changeLog = reader().read(database, contexts(stage, options), labels(stage, options));
            Pending pending = pending(changeLog, database, stage, options, applied);
            return run(stage, database, rules.get(), lines(lineIndex), startModel, pending, applied, source, started, start, monitor);
        });
    }

    /** The change log's reader: from the process's change log memory when it has one (the daemon's). */
    private ChangeLogReader reader() {
        return new ChangeLogReader(project).memory(ChangeLogMemory.shared());
    }

    /** The project's rules being loaded on another thread; {@link #get} waits for them. */
    private record RulesLoad(java.util.concurrent.FutureTask<PhaseRules> loading, ProgressMonitor monitor) {
        PhaseRules get() throws OperationException {
            monitor.subTask("Compiling the rules (or reading them from the cache)");
            try {
                return loading.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProgressMonitor.Cancelled();
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof OperationException o) {
                    throw o;
                }
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new OperationException(OperationException.Kind.OTHER, "the rules could not be loaded: " + e.getCause(), e.getCause());
            } finally {
                monitor.checkCanceled();
            }
        }
    }

    private interface Work<T> {
        T run() throws Exception;
    }

    private <T> T scoped(Work<T> work) throws OperationException {
        try {
            return runner.inScope(work::run);
        } catch (liquibase.exception.LiquibaseException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof OperationException o) {
                    throw o;
                }
                if (t instanceof ProgressMonitor.Cancelled c) {
                    throw c;
                }
            }
            throw new OperationException(OperationException.Kind.OTHER, "the forecast failed: " + e.getMessage(), e);
        }
    }

    /** The change sets a deployment would run, and what the forecast says of the applied ones. */
    private static final class Pending {
        final List<ChangeSet> changeSets = new ArrayList<>();
        final List<Finding> findings = new ArrayList<>();
    }

    private Pending pending(DatabaseChangeLog changeLog, Database database, Stage stage, Options options, List<AppliedChangeSetKey> applied) {
        Map<String, AppliedChangeSetKey> ran = new HashMap<>();
        for (AppliedChangeSetKey a : applied) {
            ran.put(a.key(), a);
        }
        ContextChangeSetFilter contexts = new ContextChangeSetFilter(new Contexts(contexts(stage, options)));
        String labelExpression = labels(stage, options);
        LabelChangeSetFilter labels = new LabelChangeSetFilter(labelExpression == null ? new LabelExpression() : new LabelExpression(labelExpression));
        DbmsChangeSetFilter dbms = new DbmsChangeSetFilter(database);
        Pending pending = new Pending();
        for (ChangeSet changeSet : changeLog.getChangeSets()) {
            if (changeSet.isIgnore() || !contexts.accepts(changeSet).isAccepted() || !labels.accepts(changeSet).isAccepted()
                    || !dbms.accepts(changeSet).isAccepted()) {
                continue;
            }
            AppliedChangeSetKey done = ran.get(new AppliedChangeSetKey(changeSet.getFilePath(), changeSet.getId(), changeSet.getAuthor(), null).key());
            if (done == null || changeSet.isAlwaysRun()) {
                pending.changeSets.add(changeSet);
                continue;
            }
            if (done.checksum() != null && !checksumMatches(changeSet, done.checksum())) {
                if (changeSet.isRunOnChange()) {
                    pending.changeSets.add(changeSet);
                } else {
                    pending.findings.add(new Finding("CHECKSUM_CHANGED", ResponseType.FAIL, "Change set " + changeSet.getId()
                            + " was changed after it was deployed to " + stage.name() + " (its checksum " + done.checksum()
                            + " no longer matches); Liquibase refuses to deploy.",
                            "Undo the edit and put the change into a new change set; or, if the edit is harmless, add <validCheckSum> "
                                    + "with the new checksum, or mark the change set runOnChange.",
                            null, null, changeSet.getId(), changeSet.getAuthor(), relative(changeSet.getFilePath()), 0, 0));
                }
            }
        }
        return pending;
    }

    private static boolean checksumMatches(ChangeSet changeSet, String recorded) {
        try {
            int colon = recorded.indexOf(':');
            int version = colon > 0 ? Integer.parseInt(recorded.substring(0, colon)) : ChecksumVersion.latest().getVersion();
            ChecksumVersion checksumVersion = ChecksumVersion.enumFromChecksumVersion(version);
            if (checksumVersion == null) {
                return true;
            }
            if (changeSet.generateCheckSum(checksumVersion).toString().equals(recorded)) {
                return true;
            }
            return changeSet.getValidCheckSums().stream().anyMatch(c -> c.toString().equals(recorded) || "ANY".equalsIgnoreCase(c.toString()));
        } catch (RuntimeException e) {
            return true; // cannot tell; Liquibase's own validation will
        }
    }

    /** The change set lines indexed on another thread; on any failure there, a fresh index (files read when asked). */
    private ChangeSetLines lines(java.util.concurrent.FutureTask<ChangeSetLines> index) {
        try {
            return index.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProgressMonitor.Cancelled();
        } catch (java.util.concurrent.ExecutionException e) {
            return new ChangeSetLines(project.dir());
        }
    }

    private ForecastResult run(Stage stage, Database database, PhaseRules rules, ChangeSetLines lines, DatabaseModel model, Pending pending,
            List<AppliedChangeSetKey> applied, String source, Instant started, long start, ProgressMonitor monitor) {
        DatabaseModel before = model.copy();
        Simulator simulator = new Simulator(model);
        StageInfo stageInfo = new StageInfo(stage);
        Set<String> ranKeys = new HashSet<>();
        applied.forEach(a -> ranKeys.add(a.key()));
        Preconditions preconditions = new Preconditions(model, ranKeys);
        CompiledRules pre = rules.get(RulesPhase.PRE_FORECAST);
        CompiledRules each = rules.get(RulesPhase.FORECAST);
        CompiledRules sqlRules = rules.get(RulesPhase.SQL_RULES);
        monitor.subTask("Simulating " + pending.changeSets.size() + " change set(s) and running the rules");
        monitor.begin("Forecast of stage " + stage.name(), pending.changeSets.size());
        List<ChangeSetForecast> forecasts = new ArrayList<>();
        boolean halted = false;
        for (ChangeSet changeSet : pending.changeSets) {
            monitor.checkCanceled();
            String file = relative(changeSet.getFilePath());
            int line = lines.line(changeSet.getFilePath(), changeSet.getId(), changeSet.getAuthor());
            Location at = new Location(changeSet.getId(), changeSet.getAuthor(), file, line);
            List<Finding> setFindings = new ArrayList<>();
            if (pre != null) {
                List<Object> facts = new ArrayList<>(changeSet.getChanges());
                facts.add(changeSet);
                facts.add(stageInfo);
                setFindings.addAll(responses(pre.fire(facts), RulesPhase.PRE_FORECAST, at, 0));
            }
            boolean runs = !halted;
            String note = halted ? "not reached: the deployment stops before it" : "";
            if (!halted) {
                PreconditionContainer container = changeSet.getPreconditions();
                if (!Preconditions.isEmpty(container)) {
                    Preconditions.Verdict verdict = preconditions.evaluate(container);
                    PreconditionContainer.FailOption onFail = container.getOnFail() == null ? PreconditionContainer.FailOption.HALT : container.getOnFail();
                    if (verdict == Preconditions.Verdict.UNKNOWN) {
                        setFindings.add(at.finding("PRECONDITION_UNDECIDED", ResponseType.INFO, "The preconditions of change set "
                                + changeSet.getId() + " cannot be decided on the model; the forecast assumes they pass.",
                                "Forecast against the live stage to have them checked on the database at deploy time.", 0));
                        note = "preconditions undecided (assumed to pass)";
                    } else if (verdict == Preconditions.Verdict.FAILS) {
                        switch (onFail) {
                            case HALT -> {
                                setFindings.add(at.finding("PRECONDITION_FAILS", ResponseType.FAIL, "The preconditions of change set "
                                        + changeSet.getId() + " fail on the model, and onFail is HALT: the deployment stops here."
                                        + (container.getOnFailMessage() == null ? "" : " (" + container.getOnFailMessage() + ")"),
                                        "Fix what the precondition checks, or set onFail to CONTINUE or MARK_RAN.", 0));
                                runs = false;
                                halted = true;
                                note = "preconditions fail: the deployment halts";
                            }
                            case CONTINUE, MARK_RAN -> {
                                runs = false;
                                note = "preconditions fail: " + (onFail == PreconditionContainer.FailOption.MARK_RAN ? "marked as ran" : "skipped")
                                        + " without running";
                            }
                            case WARN -> {
                                setFindings.add(at.finding("PRECONDITION_FAILS", ResponseType.WARN, "The preconditions of change set "
                                        + changeSet.getId() + " fail on the model; onFail is WARN, so it runs anyway.", null, 0));
                                note = "preconditions fail (onFail WARN: runs anyway)";
                            }
                        }
                    } else {
                        note = "preconditions pass";
                    }
                }
            }
            List<ChangeForecast> changes = new ArrayList<>();
            int index = 0;
            for (Change change : changeSet.getChanges()) {
                index++;
                String type = ChangeTargets.typeName(change);
                String description = describe(change);
                if (!runs) {
                    changes.add(new ChangeForecast(index, type, description, ChangeForecast.Outcome.SKIPPED, note, List.of()));
                    continue;
                }
                List<Finding> changeFindings = new ArrayList<>();
                if (each != null) {
                    List<Object> facts = new ArrayList<>(List.of(change, changeSet, stageInfo, model));
                    touchedTable(change, model, facts);
                    changeFindings.addAll(responses(each.fire(facts), RulesPhase.FORECAST, at, index));
                }
                if (sqlRules != null) {
                    changeFindings.addAll(responses(sqlRules.fire(sqlFacts(change, changeSet, database)), RulesPhase.SQL_RULES, at, index));
                }
                Simulator.Result result = simulator.apply(change);
                for (Simulator.Issue issue : result.issues()) {
                    changeFindings.add(at.finding(issue.code(), issue.severity(), issue.message(), issue.hint(), index, issue.fix()));
                }
                changes.add(new ChangeForecast(index, type, description, result.outcome(), result.effect(), changeFindings));
                if (change instanceof liquibase.change.core.StopChange) {
                    // Liquibase stops the deployment here: nothing after it runs.
                    halted = true;
                    runs = false;
                    note = "the deployment stops at a stop change";
                }
            }
            if (runs) {
                ranKeys.add(new AppliedChangeSetKey(changeSet.getFilePath(), changeSet.getId(), changeSet.getAuthor(), null).key());
            }
            forecasts.add(new ChangeSetForecast(changeSet.getId(), changeSet.getAuthor(), file, line,
                    changeSet.getLabels() == null ? "" : changeSet.getLabels().toString(),
                    changeSet.getContextFilter() == null ? "" : changeSet.getContextFilter().toString(),
                    changeSet.getComments() == null ? "" : changeSet.getComments().strip(), runs, note, changes, setFindings));
            monitor.worked(1);
        }
        List<Finding> projectFindings = new ArrayList<>(pending.findings);
        CompiledRules post = rules.get(RulesPhase.POST_FORECAST);
        if (post != null) {
            monitor.subTask("PostForecast rules");
            List<Object> facts = new ArrayList<>();
            facts.add(model);
            facts.add(stageInfo);
            for (TableModel table : model.getTables()) {
                facts.add(table);
                facts.addAll(table.getColumns());
            }
            projectFindings.addAll(responses(post.fire(facts), RulesPhase.POST_FORECAST, new Location(null, null, null, 0), 0));
        }
        monitor.subTask("Done");
        return new ForecastResult(project.name(), stage.name(), stage.connection().type().id(), source, started,
                (System.nanoTime() - start) / 1_000_000, forecasts, projectFindings, rules.fileCounts(), before, model);
    }

    /** The table a change works on, and its columns, as facts for the Forecast rules. */
    private static void touchedTable(Change change, DatabaseModel model, List<Object> facts) {
        String name = ChangeTargets.table(change);
        if (name != null) {
            TableModel table = model.table(ChangeTargets.schema(change), name);
            if (table != null) {
                facts.add(table);
                facts.addAll(table.getColumns());
            }
        }
    }

    private static List<Object> sqlFacts(Change change, ChangeSet changeSet, Database database) {
        List<Object> facts = new ArrayList<>();
        if (change instanceof RawSQLChange || change instanceof SQLFileChange) {
            String text = change instanceof RawSQLChange raw ? raw.getSql() : ((SQLFileChange) change).getSql();
            if (text != null) {
                for (String statement : SqlSimulator.statements(text)) {
                    facts.add(new io.strata.forecast.Sql(statement, false, changeSet, change));
                }
            }
        } else {
            try {
                for (liquibase.statement.SqlStatement statement : change.generateStatements(database)) {
                    for (Sql sql : SqlGeneratorFactory.getInstance().generateSql(statement, database)) {
                        facts.add(new io.strata.forecast.Sql(sql.toSql(), true, changeSet, change));
                    }
                }
            } catch (RuntimeException e) {
                // No SQL for this change on this database (e.g. a change the database does not support).
            }
        }
        facts.add(change);
        facts.add(changeSet);
        return facts;
    }

    private static String describe(Change change) {
        try {
            String text = change.getDescription();
            return text == null ? change.getSerializedObjectName() : text;
        } catch (RuntimeException e) {
            return change.getSerializedObjectName();
        }
    }

    /** Where findings of a change set go. */
    private record Location(String changeSetId, String author, String file, int line) {
        Finding finding(String code, ResponseType severity, String message, String hint, int changeIndex) {
            return finding(code, severity, message, hint, changeIndex, null);
        }

        Finding finding(String code, ResponseType severity, String message, String hint, int changeIndex, Finding.Fix fix) {
            return new Finding(code, severity, message, hint, null, null, changeSetId, author, file, line, changeIndex, fix);
        }
    }

    private static List<Finding> responses(List<Response> responses, RulesPhase phase, Location at, int changeIndex) {
        List<Finding> findings = new ArrayList<>(responses.size());
        for (Response r : responses) {
            findings.add(new Finding("RULE", r.getType(), r.getMessage(), null, r.getRuleName(), phase.folderName(), at.changeSetId(),
                    at.author(), at.file(), at.line(), changeIndex,
                    r.getReplace() == null ? null : new Finding.Fix(r.getReplace(), r.getReplaceWith())));
        }
        return findings;
    }

    private String relative(String changeLogPath) {
        return AppliedChangeSetKey.normalize(changeLogPath);
    }

    private static List<String> contexts(Stage stage, Options options) {
        return options.selection().contexts() != null ? options.selection().contexts() : stage.contexts();
    }

    private static String labels(Stage stage, Options options) {
        return options.selection().labels() != null ? options.selection().labels() : stage.labels();
    }

    /** Liquibase's short name of a stage's database type, for offline databases. */
    static String liquibaseShortName(String typeId) {
        return switch (typeId) {
            case "sqlserver" -> "mssql";
            default -> typeId;
        };
    }
}
