package io.strata.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.strata.aws.AwsPasswords;
import io.strata.connection.CliCredentials;
import io.strata.connection.ConnectionException;
import io.strata.connection.JdbcDrivers;
import io.strata.connection.MissingDriverException;
import io.strata.connection.StageConnector;
import io.strata.core.project.DatabaseType;
import io.strata.core.project.DeploymentPlan;
import io.strata.core.project.ProjectException;
import io.strata.core.project.Stage;
import io.strata.core.project.StrataProject;
import io.strata.core.ProgressMonitor;
import io.strata.reports.DeployOutcome;
import io.strata.reports.ReportFiles;
import io.strata.reports.ReportFormat;
import io.strata.reports.ReportWriter;
import io.strata.forecast.ForecastResult;
import io.strata.forecast.Forecaster;
import io.strata.forecast.RulePack;
import io.strata.forecast.RuleTests;
import io.strata.forecast.Snapshots;
import io.strata.liquibase.AppliedChangeSet;
import io.strata.liquibase.ChangeSetInfo;
import io.strata.liquibase.OperationException;
import io.strata.liquibase.SchemaOperations;
import io.strata.liquibase.Selection;
import io.strata.liquibase.StageOperations;
import io.strata.rules.RuleProblem;
import io.strata.rules.RulesCheck;

/**
 * The commands of {@code strata}, free of OSGi so that tests call them directly. Every command
 * prints plain text, or JSON with {@code --json}, and returns an {@link ExitCode}.
 */
public final class StrataCommands {

    /** What a command needs from its surroundings; tests give their own. */
    public record Environment(PrintStream out, PrintStream err, Map<String, String> variables, Console console,
            Path workingDir, Path installDir, String version) {
    }

    private static final Set<String> STAGE_OPTIONS = Set.of("--project", "--stage", "--password-file", "--drivers",
            "--aws-region", "--aws-profile", "--extensions");
    private static final Set<String> SELECTION_OPTIONS = Set.of("--contexts", "--labels");
    private static final Set<String> COMMON_FLAGS = Set.of("--json", "--debug", "--help");
    /** The option of the commands that write reports (forecast, deploy, check-rules). */
    private static final String REPORT_FORMATS = "--report-formats";

    private record Command(String name, String summary, String usage, Set<String> options, Set<String> flags) {
    }

    private static final List<Command> COMMANDS = List.of(
            new Command("check-drivers", "List the JDBC drivers, and whether each stage has one", "[--project DIR] [--drivers DIR]",
                    Set.of("--project", "--drivers"), Set.of()),
            new Command("test-connection", "Connect to a stage: product, version, user, times", "--stage NAME",
                    STAGE_OPTIONS, Set.of()),
            new Command("status", "List the change sets a deploy would apply", "--stage NAME [--contexts C] [--labels EXPR]",
                    union(STAGE_OPTIONS, SELECTION_OPTIONS), Set.of()),
            new Command("forecast", "Simulate the deployment on a model of the stage and run the rules; exit 7 on any FAIL",
                    "--stage NAME [--offline [--snapshot FILE] | --empty] [--limited] [--row-counts exact|approximate|none] [--contexts C] [--labels EXPR] [--report-formats html,junit,json]",
                    union(STAGE_OPTIONS, SELECTION_OPTIONS, Set.of("--snapshot", "--row-counts", REPORT_FORMATS)), Set.of("--offline", "--empty", "--limited")),
            new Command("deploy", "Forecast, then apply the pending change sets unless the forecast fails (--quick: no forecast; --sql: print the SQL)",
                    "--stage NAME [--contexts C] [--labels EXPR] [--quick] [--sql] [--lock-wait MINUTES] [--report-formats html,junit,json]",
                    union(STAGE_OPTIONS, SELECTION_OPTIONS, Set.of("--lock-wait", REPORT_FORMATS)), Set.of("--sql", "--quick")),
            new Command("history", "List the change sets applied to a stage", "--stage NAME", STAGE_OPTIONS, Set.of()),
            new Command("tag", "Tag the stage's current state, to roll back to it later", "--stage NAME TAG",
                    STAGE_OPTIONS, Set.of()),
            new Command("rollback", "Roll back (--count N | --to-tag TAG | --to-date DATE); --preview prints the SQL",
                    "--stage NAME (--count N | --to-tag TAG | --to-date YYYY-MM-DD[THH:MM]) [--preview]",
                    union(STAGE_OPTIONS, SELECTION_OPTIONS, Set.of("--count", "--to-tag", "--to-date")), Set.of("--preview")),
            new Command("changelog-sync", "Mark the pending change sets as applied without running them",
                    "--stage NAME [--contexts C] [--labels EXPR]", union(STAGE_OPTIONS, SELECTION_OPTIONS), Set.of()),
            new Command("validate", "Check the change log (with --stage: also the checksums of applied change sets); DSL files' issues and "
                    + "tables or columns used before they exist, at file:line",
                    "[--stage NAME]", STAGE_OPTIONS, Set.of()),
            new Command("check-rules", "Compile every rule file in Rules/ (PreForecast, Forecast, PostForecast, SqlRules); errors as file:line:column",
                    "[--project DIR] [--report-formats html,junit,json]", Set.of("--project", REPORT_FORMATS), Set.of()),
            new Command("release-locks", "Release a stage's change log lock (after a killed deploy)", "--stage NAME",
                    STAGE_OPTIONS, Set.of()),
            new Command("baseline", "Capture a stage's schema as the first change set file and mark it applied there",
                    "--stage NAME [--file baseline.xml] [--author NAME]", union(STAGE_OPTIONS, Set.of("--file", "--author")), Set.of()),
            new Command("snapshot", "Save a stage's schema model into Snapshots/<stage>.json (for offline compare and forecast)",
                    "--stage NAME", STAGE_OPTIONS, Set.of()),
            new Command("compare", "Compare a stage with the reference stage or a snapshot; --changelog FILE writes the differences as change sets",
                    "--stage NAME [--reference STAGE | --snapshot Snapshots/X.json] [--changelog FILE]",
                    union(STAGE_OPTIONS, Set.of("--reference", "--snapshot", "--changelog")), Set.of()),
            new Command("test-rules", "Run the rules' test cases (Rules/<Phase>/X.tests/); exit 7 when a case fails, 3 when one is malformed",
                    "[--project DIR] [--junit FILE]", Set.of("--project", "--junit"), Set.of()),
            new Command("convert", "Convert a change log between XML/YAML/JSON and the Strata DSL (.strata); the result is parsed again and must give the same change sets",
                    "IN OUT [--root DIR]", Set.of("--root"), Set.of()),
            new Command("add-rules", "Copy a rule pack with its tests into Rules/ (never overwrites without --force)",
                    "[--project DIR] [--pack standard] [--force]", Set.of("--project", "--pack"), Set.of("--force")));

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new LinkedHashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return all;
    }

    private final Environment env;

    public StrataCommands(Environment env) {
        this.env = env;
    }

    /** Runs {@code strata <args>} and returns the exit code. */
    public int run(List<String> args) {
        boolean debug = args.contains("--debug");
        boolean json = args.contains("--json");
        try {
            return dispatch(args);
        } catch (UsageException e) {
            env.err().println("strata: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (ProjectException e) {
            return fail(json, debug, ExitCode.INVALID, e.describe(), e);
        } catch (ConnectionException e) {
            return fail(json, debug, ExitCode.CONNECTION, e.getMessage(), e);
        } catch (OperationException e) {
            int code = switch (e.kind()) {
                case CHANGELOG -> ExitCode.INVALID;
                case LOCKED -> ExitCode.LOCKED;
                case DATABASE, OTHER -> ExitCode.FAILED;
            };
            return fail(json, debug, code, e.getMessage(), e);
        } catch (RuntimeException | LinkageError e) {
            return fail(json, debug, ExitCode.INTERNAL_ERROR, "internal error: " + e
                    + (debug ? "" : ". Run the command again with --debug for details."), e);
        }
    }

    private int fail(boolean json, boolean debug, int code, String message, Throwable e) {
        if (json) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("ok", false);
            error.put("exitCode", code);
            error.put("error", message);
            env.out().println(Json.write(error));
        }
        env.err().println("strata: " + message);
        if (debug) {
            e.printStackTrace(env.err());
        }
        return code;
    }

    private int dispatch(List<String> args) throws UsageException, ProjectException, ConnectionException, OperationException {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("help") || args.get(0).equals("-h")) {
            usage(env.out());
            return args.isEmpty() ? ExitCode.USAGE : ExitCode.OK;
        }
        String name = args.get(0);
        if (name.equals("version") || name.equals("--version")) {
            env.out().println("Strata " + env.version());
            return ExitCode.OK;
        }
        Command command = COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow(
                () -> new UsageException("unknown command '" + name + "'. Run 'strata --help' for the list of commands."));
        List<String> rest = args.subList(1, args.size());
        if (rest.contains("--help")) {
            env.out().println("Usage: strata " + command.name() + " " + command.usage() + " [--json] [--debug]");
            env.out().println("  " + command.summary());
            optionsHelp(env.out(), "Options:", union(command.options(), command.flags()));
            return ExitCode.OK;
        }
        Arguments arguments = new Arguments(name, rest, command.options(), union(command.flags(), COMMON_FLAGS));
        return switch (name) {
            case "check-drivers" -> checkDrivers(arguments);
            case "test-connection" -> testConnection(arguments);
            case "status" -> status(arguments);
            case "forecast" -> forecast(arguments);
            case "deploy" -> deploy(arguments);
            case "history" -> history(arguments);
            case "tag" -> tag(arguments);
            case "rollback" -> rollback(arguments);
            case "changelog-sync" -> changelogSync(arguments);
            case "validate" -> validate(arguments);
            case "check-rules" -> checkRules(arguments);
            case "release-locks" -> releaseLocks(arguments);
            case "baseline" -> baseline(arguments);
            case "snapshot" -> snapshot(arguments);
            case "compare" -> compare(arguments);
            case "test-rules" -> testRules(arguments);
            case "add-rules" -> addRules(arguments);
            case "convert" -> convert(arguments);
            default -> throw new IllegalStateException(name);
        };
    }

    // ----- commands ---------------------------------------------------------------------------

    private int checkDrivers(Arguments a) throws UsageException, ProjectException, ConnectionException, OperationException {
        JdbcDrivers drivers = drivers(a);
        List<Map<String, Object>> types = new ArrayList<>();
        for (DatabaseType type : DatabaseType.values()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("type", type.id());
            row.put("driverClass", type.driverClass());
            try {
                JdbcDrivers.Found found = drivers.find(type);
                row.put("installed", true);
                row.put("version", found.version());
                row.put("source", found.source());
            } catch (MissingDriverException e) {
                row.put("installed", false);
                row.put("howToInstall", type.howToInstallDriver());
            }
            types.add(row);
        }
        List<Map<String, Object>> stages = new ArrayList<>();
        StrataProject project = a.has("--project") || isProject(env.workingDir()) ? project(a) : null;
        if (project != null) {
            for (DeploymentPlan plan : project.plans()) {
                for (Stage stage : plan.stages()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("plan", plan.name());
                    row.put("stage", stage.name());
                    row.put("type", stage.connection().type().id());
                    row.put("driver", types.stream().anyMatch(t -> t.get("type").equals(stage.connection().type().id())
                            && Boolean.TRUE.equals(t.get("installed"))));
                    stages.add(row);
                }
            }
        }
        boolean allPresent = stages.stream().allMatch(s -> Boolean.TRUE.equals(s.get("driver")));
        if (json(a)) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("ok", allPresent);
            result.put("driverFolders", drivers.folders().stream().map(Path::toString).toList());
            result.put("drivers", types);
            result.put("stages", stages);
            env.out().println(Json.write(result));
        } else {
            env.out().println("JDBC drivers (folders searched after the plug-ins: " + drivers.folders() + "):");
            for (Map<String, Object> row : types) {
                env.out().printf("  %-11s %s%n", row.get("type"), Boolean.TRUE.equals(row.get("installed"))
                        ? "installed " + row.get("version") + " (" + row.get("source") + ")"
                        : "missing: " + row.get("howToInstall"));
            }
            if (!stages.isEmpty()) {
                env.out().println("Stages:");
                for (Map<String, Object> row : stages) {
                    env.out().printf("  %-20s %-11s %s%n", row.get("stage"), row.get("type"),
                            Boolean.TRUE.equals(row.get("driver")) ? "driver present" : "DRIVER MISSING");
                }
            }
        }
        return allPresent ? ExitCode.OK : ExitCode.CONNECTION;
    }

    private int testConnection(Arguments a) throws UsageException, ProjectException, ConnectionException, OperationException {
        StrataProject project = project(a);
        Stage stage = stage(project, a);
        StageConnector.TestResult result = connector(project, a).test(stage);
        if (json(a)) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("ok", result.ok());
            out.put("stage", result.stage());
            out.put("url", result.url());
            out.put("product", result.product());
            out.put("productVersion", result.productVersion());
            out.put("user", result.user());
            out.put("connectMillis", result.connectMillis());
            out.put("roundTripMillis", result.roundTripMillis());
            out.put("failure", result.failure() == null ? null : result.failure().name());
            out.put("message", result.message());
            env.out().println(Json.write(out));
        } else if (result.ok()) {
            env.out().println("Stage " + stage.name() + ": " + result.message() + " (connected in "
                    + result.connectMillis() + " ms, round trip " + result.roundTripMillis() + " ms)");
        } else {
            env.err().println("strata: " + result.failure().title() + ". " + result.message());
        }
        return result.ok() ? ExitCode.OK : ExitCode.CONNECTION;
    }

    private int status(Arguments a) throws UsageException, ProjectException, ConnectionException, OperationException {
        StrataProject project = project(a);
        Stage stage = stage(project, a);
        List<ChangeSetInfo> pending = operations(project, a).status(stage, selection(a));
        if (json(a)) {
            env.out().println(Json.write(Map.of("ok", true, "stage", stage.name(), "pending", changeSets(pending))));
        } else if (pending.isEmpty()) {
            env.out().println("Stage " + stage.name() + " is up to date: no pending change sets.");
        } else {
            env.out().println(pending.size() + " change set(s) pending on stage " + stage.name() + ":");
            for (ChangeSetInfo changeSet : pending) {
                env.out().println("  " + changeSet.key() + (changeSet.labels().isEmpty() ? "" : "  [" + changeSet.labels() + "]")
                        + "  " + changeSet.description());
            }
        }
        return ExitCode.OK;
    }

    private int deploy(Arguments a) throws UsageException, ProjectException, ConnectionException, OperationException {
        ReportWriter reports = reportWriter(a);
        StrataProject project = project(a);
        Stage stage = stage(project, a);
        StageOperations operations = operations(project, a);
        if (a.has("--lock-wait")) {
            operations.lockWaitMinutes(number(a, "--lock-wait"));
        }
        if (a.has("--sql")) {
            String sql = operations.deploySql(stage, selection(a));
            if (json(a)) {
                env.out().println(Json.write(Map.of("ok", true, "stage", stage.name(), "sql", sql)));
            } else {
                env.out().print(sql);
            }
            return ExitCode.OK;
        }
        if (!a.has("--quick")) {
            ForecastResult forecast = forecaster(project, a).forecast(stage, Forecaster.Options.live()
                    .withRowCounts(Forecaster.RowCounts.APPROXIMATE).withSelection(selection(a)), monitor(a));
            ReportFiles forecastReport = report(project, () -> reports.forecast(project.dir(), forecast));
            if (forecast.failed()) {
                if (forecastReport != null) {
                    env.err().println("Forecast report: " + written(project.dir(), forecastReport));
                }
                if (json(a)) {
                    Map<String, Object> out = ForecastOutput.json(forecast);
                    out.put("deployed", false);
                    out.put("exitCode", ExitCode.FORECAST_FAILED);
                    env.out().println(Json.write(out));
                } else {
                    ForecastOutput.text(forecast, env.err());
                }
                env.err().println("strata: nothing was deployed to stage " + stage.name() + ": the forecast failed. Fix the change sets "
                        + "it names (or the rules), or deploy without a forecast with --quick.");
                return ExitCode.FORECAST_FAILED;
            }
        }
        java.time.Instant started = java.time.Instant.now();
        StageOperations.DeployResult result;
        try {
            result = operations.deploy(stage, selection(a));
        } catch (OperationException e) {
            report(project, () -> reports.deploy(project.dir(), DeployOutcome.failed(stage.name(), started,
                    java.time.Duration.between(started, java.time.Instant.now()).toMillis(), List.of(), e.kind().name(), e.getMessage())));
            throw e;
        }
        ReportFiles deployReport = report(project, () -> reports.deploy(project.dir(), DeployOutcome.succeeded(result, started)));
        if (json(a)) {
            env.out().println(Json.write(Map.of("ok", true, "stage", stage.name(), "applied", changeSets(result.applied()),
                    "millis", result.millis())));
        } else {
            env.out().println("Deployed " + result.applied().size() + " change set(s) to stage " + stage.name() + " in "
                    + result.millis() + " ms" + (result.applied().isEmpty() ? " (it was up to date)." : ":"));
            for (ChangeSetInfo changeSet : result.applied()) {
                env.out().println("  " + changeSet.key());
            }
            if (deployReport != null) {
                env.out().println("Deploy report: " + written(project.dir(), deployReport));
            }
        }
        return ExitCode.OK;
    }

    private int forecast(Arguments a) throws UsageException, ProjectException, ConnectionException, OperationException {
        ReportWriter reports = reportWriter(a);
        if (a.has("--offline") && a.has("--empty")) {
            throw new UsageException("forecast takes --offline or --empty, not both");
        }
        if (a.has("--limited") && (a.has("--offline") || a.has("--empty"))) {
            throw new UsageException("--limited profiles a live stage; it does not go with --offline or --empty");
        }
        StrataProject project = project(a);
        Stage stage = stage(project, a);
        Forecaster.Options options = a.has("--offline") ? Forecaster.Options.offline()
                : a.has("--empty") ? Forecaster.Options.empty() : Forecaster.Options.live().withRowCounts(Forecaster.RowCounts.APPROXIMATE);
        if (a.has("--snapshot")) {
            if (!a.has("--offline")) {
                throw new UsageException("--snapshot FILE goes with --offline");
            }
            options = options.withSnapshot(Path.of(a.get("--snapshot")));
        }
        if (a.has("--row-counts")) {
            try {
                options = options.withRowCounts(Forecaster.RowCounts.valueOf(a.get("--row-counts").toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--row-counts takes exact, approximate or none, not '" + a.get("--row-counts") + "'");
            }
        }
        ProgressMonitor monitor = monitor(a);
        ForecastResult result = forecaster(project, a).forecast(stage, options.withLimited(a.has("--limited")).withSelection(selection(a)),
                monitor);
        monitor.subTask("Writing the reports");
        ReportFiles report = report(project, () -> reports.forecast(project.dir(), result));
        monitor.subTask("Printing the result");
        if (json(a)) {
            Map<String, Object> out = ForecastOutput.json(result);
            out.put("report", report == null ? null : project.dir().relativize(first(report)).toString());
            env.out().println(Json.write(out));
        } else {
            ForecastOutput.text(result, env.out());
            if (report != null) {
                env.out().println("Forecast report: " + written(project.dir(), report));
            }
        }
        monitor.subTask("Done");
        return result.failed() ? ExitCode.FORECAST_FAILED : ExitCode.OK;
    }

    private interface ReportWork {
        ReportFiles write() throws java.io.IOException;
    }

    /** Writes a report; a report that cannot be written is said on stderr and does not change the command's outcome. */
    /** The report writer of {@code --report-formats} (all formats without it); a wrong list is a usage error. */
    private static ReportWriter reportWriter(Arguments a) throws UsageException {
        if (!a.has(REPORT_FORMATS)) {
            return new ReportWriter();
        }
        try {
            return new ReportWriter().formats(ReportFormat.parse(a.get(REPORT_FORMATS)));
        } catch (IllegalArgumentException e) {
            throw new UsageException(REPORT_FORMATS + ": " + e.getMessage());
        }
    }

    /** The report's first file written, in the order HTML, JUnit XML, JSON. */
    private static Path first(ReportFiles files) {
        return files.html() != null ? files.html() : files.junit() != null ? files.junit() : files.json();
    }

    /** The first file of a report and, when there are more, what is next to it. */
    private static String written(Path projectDir, ReportFiles files) {
        List<String> others = new ArrayList<>();
        if (files.html() != null && files.junit() != null) {
            others.add("JUnit XML");
        }
        if (files.json() != null && (files.html() != null || files.junit() != null)) {
            others.add("JSON");
        }
        return projectDir.relativize(first(files)) + (others.isEmpty() ? "" : " (" + String.join(" and ", others) + " next to it)");
    }

    private ReportFiles report(StrataProject project, ReportWork work) {
        return report(project.dir(), work);
    }

    private ReportFiles report(Path projectDir, ReportWork work) {
        try {
            return work.write();
        } catch (java.io.IOException | RuntimeException e) {
            env.err().println("strata: the report could not be written under " + projectDir.resolve("Reports") + ": " + e.getMessage());
            return null;
        }
    }

    /** With --debug, each step of long work and how long the one before took, on stderr. */
    private ProgressMonitor monitor(Arguments a) {
        if (!a.has("--debug")) {
            return ProgressMonitor.NONE;
        }
        return new ProgressMonitor() {
            private long last = System.nanoTime();
            private String step = "Start";

            @Override
            public void subTask(String name) {
                long now = System.nanoTime();
                env.err().printf("strata: %-60s %6d ms%n", step, (now - last) / 1_000_000);
                last = now;
                step = name;
            }
        };
    }

    private Forecaster forecaster(StrataProject project, Arguments a) {
        return new Forecaster(project, connector(project, a)).extensions(extensionJars(a));
    }

    private int history(Arguments a) throws UsageException, ProjectException, ConnectionException, OperationException {
        StrataProject project = project(a);
        Stage stage = stage(project, a);
        List<AppliedChangeSet> applied = operations(project, a).history(stage);
        if (json(a)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (AppliedChangeSet row : applied) {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("id", row.id());
                map.put("author", row.author());
                map.put("file", row.file());
                map.put("executed", row.executed());
                map.put("execType", row.execType());
                map.put("checksum", row.checksum());
                map.put("tag", row.tag());
                map.put("deploymentId", row.deploymentId());
                rows.add(map);
            }
            env.out().println(Json.write(Map.of("ok", true, "stage", stage.name(), "applied", rows)));
        } else if (applied.isEmpty()) {
            env.out().println("No change sets have been applied to stage " + stage.name() + ".");
        } else {
            for (AppliedChangeSet row : applied) {
                env.out().println(row.executed() + "  " + row.execType() + "  " + row.file() + "::" + row.id() + "::"
                        + row.author() + (row.tag() == null ? "" : "  tag " + row.tag()));
            }
        }
        return ExitCode.OK;
    }

    private int tag(Arguments a) throws UsageException, ProjectException, ConnectionException, OperationException {
        if (a.positional().size() != 1) {
            throw new UsageException("tag needs exactly one tag name: strata tag --stage NAME TAG");
        }
        StrataProject project = project(a);
        Stage stage = stage(project, a);
        operations(project, a).tag(stage, a.positional().get(0));
        done(a, stage, "Tagged stage " + stage.name() + " as '" + a.positional().get(0) + "'.");
        return ExitCode.OK;
    }

    private int rollback(Arguments a) throws UsageException, ProjectException, ConnectionException, OperationException {
        int given = (a.has("--count") ? 1 : 0) + (a.has("--to-tag") ? 1 : 0) + (a.has("--to-date") ? 1 : 0);
        if (given != 1) {
            throw new UsageException("rollback needs exactly one of --count N, --to-tag TAG, --to-date YYYY-MM-DD[THH:MM]");
        }
        StageOperations.RollbackTarget target;
        if (a.has("--count")) {
            target = StageOperations.RollbackTarget.count((int) number(a, "--count"));
        } else if (a.has("--to-tag")) {
            target = StageOperations.RollbackTarget.tag(a.get("--to-tag"));
        } else {
            target = StageOperations.RollbackTarget.date(date(a.get("--to-date")));
        }
        StrataProject project = project(a);
        Stage stage = stage(project, a);
        boolean preview = a.has("--preview");
        String sql = operations(project, a).rollback(stage, target, selection(a), preview);
        if (preview) {
            if (json(a)) {
                env.out().println(Json.write(Map.of("ok", true, "stage", stage.name(), "sql", sql)));
            } else {
                env.out().print(sql);
            }
        } else {
            done(a, stage, "Rolled back stage " + stage.name() + ".");
        }
        return ExitCode.OK;
    }

    private int changelogSync(Arguments a) throws UsageException, ProjectException, ConnectionException, OperationException {
        StrataProject project = project(a);
        Stage stage = stage(project, a);
        List<ChangeSetInfo> marked = operations(project, a).changelogSync(stage, selection(a));
        if (json(a)) {
            env.out().println(Json.write(Map.of("ok", true, "stage", stage.name(), "marked", changeSets(marked))));
        } else {
            env.out().println("Marked " + marked.size() + " change set(s) as applied on stage " + stage.name() + " (nothing was run).");
        }
        return ExitCode.OK;
    }

    private int validate(Arguments a) throws UsageException, ProjectException, ConnectionException, OperationException {
        StrataProject project = project(a);
        StageOperations operations = operations(project, a);
        String what;
        if (a.has("--stage")) {
            Stage stage = stage(project, a);
            operations.validate(stage);
            what = "The change log " + project.changelog() + " is valid, and matches what stage " + stage.name() + " has applied.";
        } else {
            operations.validateOffline();
            what = "The change log " + project.changelog() + " is valid.";
        }
        List<io.strata.dsl.DslIssue> issues = io.strata.liquibase.ChangeLogProblems.find(project);
        boolean errors = issues.stream().anyMatch(i -> i.severity() == io.strata.dsl.DslIssue.Severity.ERROR);
        if (errors) {
            what = "The change log " + project.changelog() + " has errors:";
        } else if (!issues.isEmpty()) {
            what += " Warnings:";
        }
        if (json(a)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (io.strata.dsl.DslIssue issue : issues) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("code", issue.code());
                row.put("severity", issue.severity().name());
                row.put("file", issue.file());
                row.put("line", issue.line());
                row.put("column", issue.column());
                row.put("changeSet", issue.changeSetId());
                row.put("message", issue.message());
                rows.add(row);
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("ok", !errors);
            if (errors) {
                result.put("exitCode", ExitCode.INVALID);
            }
            result.put("message", what);
            result.put("issues", rows);
            env.out().println(Json.write(result));
        } else {
            env.out().println(what);
            issues.forEach(issue -> env.out().println("  " + issue));
        }
        return errors ? ExitCode.INVALID : ExitCode.OK;
    }

    private int checkRules(Arguments a) throws UsageException, ProjectException {
        ReportWriter reports = reportWriter(a);
        Path dir = (a.has("--project") ? env.workingDir().resolve(a.get("--project")) : env.workingDir()).normalize();
        if (!isProject(dir)) {
            throw new ProjectException(dir, 0, "is not a Strata project: it has no " + io.strata.core.StrataProjects.PROJECT_FILE
                    + " (give the project folder with --project DIR)");
        }
        RulesCheck check;
        java.time.Instant started = java.time.Instant.now();
        List<String> files = new ArrayList<>();
        try {
            // The forecast's loader: rules compile against every fact the forecast gives them.
            check = io.strata.forecast.ForecastRules.check(dir);
            io.strata.rules.RuleSet ruleSet = io.strata.rules.RuleSet.read(dir);
            for (io.strata.core.RulesPhase phase : io.strata.core.RulesPhase.values()) {
                ruleSet.sources(phase).forEach(source -> files.add(source.name()));
            }
        } catch (IOException e) {
            throw new ProjectException(dir, 0, "its rule files cannot be read: " + e.getMessage());
        }
        RulesCheck verdict = check;
        ReportFiles report = report(dir, () -> reports.checkRules(dir, new io.strata.reports.RuleCheck("Rules", started,
                java.time.Duration.between(started, java.time.Instant.now()).toMillis(), files, verdict.problems())));
        if (json(a)) {
            List<Map<String, Object>> problems = new ArrayList<>();
            for (RuleProblem problem : check.problems()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("file", problem.source());
                row.put("line", problem.line());
                row.put("column", problem.column());
                row.put("message", problem.message());
                problems.add(row);
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("ok", check.ok());
            result.put("files", check.files());
            result.put("problems", problems);
            result.put("report", report == null ? null : dir.relativize(first(report)).toString());
            env.out().println(Json.write(result));
        } else if (check.ok()) {
            env.out().println(RulesCheck.NO_ERRORS);
        }
        for (RuleProblem problem : check.problems()) {
            env.err().println(problem);
        }
        if (!check.ok() && !json(a)) {
            long failing = check.problems().stream().map(RuleProblem::source).distinct().count();
            env.err().println("Rule Validation returned " + check.problems().size() + " error(s) in " + failing + " of "
                    + check.files() + " rule file(s).");
        }
        if (report != null && !json(a)) {
            env.out().println("Check Rules report: " + dir.relativize(first(report)));
        }
        return check.ok() ? ExitCode.OK : ExitCode.INVALID;
    }

    private int releaseLocks(Arguments a) throws UsageException, ProjectException, ConnectionException, OperationException {
        StrataProject project = project(a);
        Stage stage = stage(project, a);
        StageOperations operations = operations(project, a);
        List<StageOperations.Lock> locks = operations.locks(stage);
        operations.releaseLocks(stage);
        done(a, stage, locks.isEmpty() ? "Stage " + stage.name() + " had no lock."
                : "Released the lock held by " + locks.get(0).lockedBy() + " since " + locks.get(0).since() + " on stage " + stage.name() + ".");
        return ExitCode.OK;
    }

    private int baseline(Arguments a) throws UsageException, ProjectException, ConnectionException, OperationException {
        StrataProject project = project(a);
        Stage stage = stage(project, a);
        String author = a.has("--author") ? a.get("--author") : env.variables().getOrDefault("USER", "strata");
        SchemaOperations.BaselineResult result = new SchemaOperations(project, connector(project, a))
                .baseline(stage, author, a.has("--file") ? a.get("--file") : "baseline.xml");
        String relative = project.dir().relativize(result.changelog()).toString();
        done(a, stage, "Baselined stage " + stage.name() + ": " + result.changeSets().size() + " change set(s) in " + relative
                + ", marked as applied there" + (result.masterCreated() ? "; created the master change log " + project.changelog()
                        : "; included first in " + project.changelog()) + ".");
        return ExitCode.OK;
    }

    private int snapshot(Arguments a) throws UsageException, ProjectException, ConnectionException, OperationException {
        StrataProject project = project(a);
        Stage stage = stage(project, a);
        Path file = new SchemaOperations(project, connector(project, a)).snapshot(stage);
        Path model = new Snapshots(project, connector(project, a)).save(stage, Forecaster.RowCounts.EXACT);
        done(a, stage, "Saved the schema of stage " + stage.name() + " to " + project.dir().relativize(file) + " and its model with row counts "
                + "and applied change sets (for 'strata forecast --offline') to " + project.dir().relativize(model) + ".");
        return ExitCode.OK;
    }

    private int compare(Arguments a) throws UsageException, ProjectException, ConnectionException, OperationException {
        if (a.has("--reference") && a.has("--snapshot")) {
            throw new UsageException("compare takes --reference STAGE or --snapshot FILE, not both");
        }
        StrataProject project = project(a);
        Stage target = stage(project, a);
        SchemaOperations schemas = new SchemaOperations(project, connector(project, a));
        SchemaOperations.CompareResult result;
        if (a.has("--snapshot")) {
            result = schemas.compareWithSnapshot(a.get("--snapshot"), target, a.get("--changelog"));
        } else {
            Stage reference;
            if (a.has("--reference")) {
                reference = project.stage(a.get("--reference"));
            } else {
                reference = project.plans().stream().flatMap(p -> p.referenceStage().stream()).findFirst()
                        .orElseThrow(() -> new UsageException("the project has no reference stage; give --reference STAGE"));
            }
            if (reference.name().equals(target.name())) {
                throw new UsageException("stage " + target.name() + " is the reference; compare another stage with it (--stage NAME)");
            }
            result = schemas.compare(reference, target, a.get("--changelog"));
        }
        if (json(a)) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("ok", true);
            out.put("reference", result.reference());
            out.put("stage", result.target());
            out.put("equal", result.equal());
            out.put("report", result.report());
            out.put("changelog", result.changelog() == null ? null : project.dir().relativize(result.changelog()).toString());
            env.out().println(Json.write(out));
        } else {
            env.out().print(result.report());
            env.out().println(result.equal() ? "Stage " + result.target() + " matches " + result.reference() + "."
                    : "Stage " + result.target() + " differs from " + result.reference() + "."
                            + (result.changelog() == null ? " Add --changelog FILE to get the differences as change sets."
                                    : " The change sets that make it match are in " + project.dir().relativize(result.changelog()) + "."));
        }
        return ExitCode.OK;
    }

    private int testRules(Arguments a) throws ProjectException, OperationException {
        StrataProject project = project(a);
        RuleTests.Report report;
        try {
            report = RuleTests.ofProject(project.dir()).run(ProgressMonitor.NONE);
            if (a.has("--junit")) {
                Path junit = env.workingDir().resolve(a.get("--junit"));
                Files.createDirectories(junit.toAbsolutePath().getParent());
                Files.writeString(junit, RuleTests.junitXml(report));
            }
        } catch (IOException e) {
            throw new OperationException(OperationException.Kind.OTHER, "cannot test the rules: " + e.getMessage(), e);
        }
        if (json(a)) {
            env.out().println(Json.write(RuleTestsOutput.json(report)));
        } else {
            RuleTestsOutput.text(report, env.out());
        }
        return !report.problems().isEmpty() ? ExitCode.INVALID : report.failed() > 0 ? ExitCode.FORECAST_FAILED : ExitCode.OK;
    }

    private int addRules(Arguments a) throws UsageException, ProjectException, OperationException {
        StrataProject project = project(a);
        String name = a.has("--pack") ? a.get("--pack") : "standard";
        if (!RulePack.PACKS.contains(name)) {
            throw new UsageException("there is no rule pack '" + name + "'; the packs: " + String.join(", ", RulePack.PACKS));
        }
        RulePack.CopyResult result;
        try {
            result = RulePack.named(name).copyInto(project.dir(), a.has("--force"));
        } catch (IOException e) {
            throw new OperationException(OperationException.Kind.OTHER, "cannot copy rule pack " + name + ": " + e.getMessage(), e);
        }
        if (json(a)) {
            env.out().println(Json.write(RuleTestsOutput.json(name, result)));
        } else {
            RuleTestsOutput.text(name, result, env.out());
        }
        return ExitCode.OK;
    }

    private int convert(Arguments a) throws UsageException, OperationException {
        if (a.positional().size() != 2) {
            throw new UsageException("convert needs the change log to read and the file to write: strata convert IN OUT "
                    + "(one of them a .strata file)");
        }
        Path root = a.has("--root") ? env.workingDir().resolve(a.get("--root")).normalize() : env.workingDir();
        Path in = env.workingDir().resolve(a.positional().get(0)).normalize();
        Path out = env.workingDir().resolve(a.positional().get(1)).normalize();
        if (!java.nio.file.Files.isRegularFile(in)) {
            throw new UsageException(in + " does not exist");
        }
        io.strata.dsl.ChangeLogConverter.Result result;
        try {
            result = new io.strata.liquibase.LiquibaseRunner(root).inScope(() -> new io.strata.dsl.ChangeLogConverter(root).convert(in, out));
        } catch (liquibase.exception.LiquibaseException e) {
            Throwable cause = e;
            while (cause != null && !(cause instanceof io.strata.dsl.ChangeLogConverter.ConversionException)) {
                cause = cause.getCause();
            }
            throw new OperationException(OperationException.Kind.CHANGELOG, cause != null ? cause.getMessage() : e.getMessage(), e);
        }
        String message = "Converted " + a.positional().get(0) + " to " + a.positional().get(1) + ": " + result.changeSets()
                + " change sets (" + result.changeSetsWithIncludes() + " with the files it includes), the same change sets "
                + "and checksums when read back.";
        if (json(a)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("ok", true);
            row.put("input", in.toString());
            row.put("output", result.output().toString());
            row.put("changeSets", result.changeSets());
            row.put("changeSetsWithIncludes", result.changeSetsWithIncludes());
            env.out().println(Json.write(row));
        } else {
            env.out().println(message);
        }
        return ExitCode.OK;
    }

    // ----- helpers ----------------------------------------------------------------------------

    private void done(Arguments a, Stage stage, String message) {
        if (json(a)) {
            env.out().println(Json.write(Map.of("ok", true, "stage", stage.name(), "message", message)));
        } else {
            env.out().println(message);
        }
    }

    private static boolean json(Arguments a) {
        return a.has("--json");
    }

    private static List<Map<String, Object>> changeSets(List<ChangeSetInfo> changeSets) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ChangeSetInfo changeSet : changeSets) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", changeSet.id());
            row.put("author", changeSet.author());
            row.put("file", changeSet.file());
            row.put("labels", changeSet.labels());
            row.put("contexts", changeSet.contexts());
            row.put("description", changeSet.description());
            rows.add(row);
        }
        return rows;
    }

    private static boolean isProject(Path dir) {
        return io.strata.core.StrataProjects.isStrataProject(dir);
    }

    private StrataProject project(Arguments a) throws ProjectException {
        Path dir = a.has("--project") ? env.workingDir().resolve(a.get("--project")) : env.workingDir();
        return StrataProject.load(dir.normalize());
    }

    private Stage stage(StrataProject project, Arguments a) throws UsageException, ProjectException {
        if (a.has("--stage")) {
            return project.stage(a.get("--stage"));
        }
        List<Stage> all = project.plans().stream().flatMap(p -> p.stages().stream()).toList();
        if (all.size() == 1) {
            return all.get(0);
        }
        throw new UsageException("which stage? Give --stage NAME; the project's stages: "
                + String.join(", ", all.stream().map(Stage::name).toList()));
    }

    private JdbcDrivers drivers(Arguments a) {
        return new JdbcDrivers(folders(a, "--drivers", "STRATA_DRIVERS", "jdbc_drivers"));
    }

    /**
     * The folders of an option, then of a variable (a path list), then the installation's
     * sub-folder. Relative ones are relative to the command's working folder (the client's, when a
     * daemon runs the command), never to the process's.
     */
    private List<Path> folders(Arguments a, String option, String variable, String installFolder) {
        List<Path> folders = new ArrayList<>();
        if (a.has(option)) {
            folders.add(env.workingDir().resolve(a.get(option)));
        }
        String value = env.variables().get(variable);
        if (value != null && !value.isBlank()) {
            Arrays.stream(value.split(java.io.File.pathSeparator)).filter(s -> !s.isBlank()).map(env.workingDir()::resolve)
                    .forEach(folders::add);
        }
        if (env.installDir() != null) {
            folders.add(env.installDir().resolve(installFolder));
        }
        return folders;
    }

    private StageConnector connector(StrataProject project, Arguments a) {
        Path passwordFile = a.has("--password-file") ? env.workingDir().resolve(a.get("--password-file")) : null;
        CliCredentials cli = new CliCredentials(env.variables(), passwordFile, project.dir(), env.console());
        String region = a.has("--aws-region") ? a.get("--aws-region")
                : env.variables().getOrDefault("AWS_REGION", env.variables().get("AWS_DEFAULT_REGION"));
        String profile = a.has("--aws-profile") ? a.get("--aws-profile") : env.variables().get("AWS_PROFILE");
        return new StageConnector(drivers(a), new AwsPasswords(new AwsPasswords.Settings(region, profile, null, null), cli));
    }

    private StageOperations operations(StrataProject project, Arguments a) {
        return new StageOperations(project, connector(project, a)).extensions(extensionJars(a));
    }

    /** Jars of Liquibase extensions: --extensions DIR, STRATA_EXTENSIONS, then <install>/extensions. */
    private List<Path> extensionJars(Arguments a) {
        List<Path> folders = folders(a, "--extensions", "STRATA_EXTENSIONS", "extensions");
        List<Path> jars = new ArrayList<>();
        for (Path folder : folders) {
            if (java.nio.file.Files.isDirectory(folder)) {
                try (var files = java.nio.file.Files.list(folder)) {
                    files.filter(f -> f.toString().endsWith(".jar")).sorted().forEach(jars::add);
                } catch (java.io.IOException e) {
                    env.err().println("strata: cannot read the extensions folder " + folder + ": " + e.getMessage());
                }
            }
        }
        return jars;
    }

    private static Selection selection(Arguments a) {
        List<String> contexts = a.has("--contexts")
                ? Arrays.stream(a.get("--contexts").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                : null;
        return new Selection(contexts, a.get("--labels"));
    }

    private static long number(Arguments a, String option) throws UsageException {
        try {
            long value = Long.parseLong(a.get(option));
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a whole number, not '" + a.get(option) + "'");
        }
    }

    static Date date(String text) throws UsageException {
        try {
            LocalDateTime time = text.contains("T") ? LocalDateTime.parse(text) : LocalDate.parse(text).atStartOfDay();
            return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
        } catch (DateTimeParseException e) {
            throw new UsageException("--to-date needs a date like 2026-11-25 or 2026-11-25T14:30, not '" + text + "'");
        }
    }

    private static void usage(PrintStream out) {
        out.println("Usage: strata <command> [options]");
        out.println();
        out.println("Commands:");
        for (Command command : COMMANDS) {
            out.printf("  %-16s %s%n", command.name(), command.summary());
        }
        out.printf("  %-16s %s%n", "version", "Print Strata's version");
        out.printf("  %-16s %s%n", "bundles", "List the installed plug-ins (--filter TEXT)");
        out.printf("  %-16s %s%n", "daemon", "start|stop|status: a Strata kept running for the next commands (with STRATA_DAEMON=on)");
        out.println();
        out.println("'strata <command> --help' shows a command's options.");
        optionsHelp(out, "Options most commands take:", union(STAGE_OPTIONS, SELECTION_OPTIONS, Set.of(REPORT_FORMATS)));
        out.println();
        out.println("Exit codes: 0 ok, 1 internal error, 2 usage, 3 invalid project, change log or rules, 4 connection,");
        out.println("            5 change set failed, 6 change log locked by another deployment.");
        out.println("Without a command, 'strata' starts the Strata IDE.");
    }

    /**
     * Each option's help, in the order it is listed. A command's {@code --help} lists only the options
     * that command takes; {@code strata --help} lists the ones many commands share.
     */
    private static final Map<String, String> OPTION_HELP = optionHelp(
            "--project", "DIR", "the Strata project (default: the current folder)",
            "--stage", "NAME", "the stage of the deployment plan (plan/stage when names repeat)",
            "--contexts", "A,B", "Liquibase contexts (default: the stage's)",
            "--labels", "EXPR", "label expression, e.g. 'sprint-1 or sprint-2' (default: the stage's)",
            "--offline", "", "forecast from the stage's model Snapshots/<stage>.model.json (no database needed)",
            "--snapshot", "FILE", "forecast --offline: that model file; compare: that Liquibase snapshot (Snapshots/X.json)",
            "--empty", "", "forecast from an empty model (no database needed)",
            "--limited", "", "profile only the tables the pending changes name",
            "--row-counts", "HOW", "exact, approximate (default) or none: row counts in the model of a live stage",
            "--quick", "", "deploy without forecasting first",
            "--sql", "", "print the SQL a deploy would run, run nothing",
            "--lock-wait", "MINUTES", "how long to wait for another deployment's change log lock",
            "--count", "N", "roll back the last N change sets",
            "--to-tag", "TAG", "roll back to a tag",
            "--to-date", "DATE", "roll back to a date, 2026-11-25 or 2026-11-25T14:30",
            "--preview", "", "print the rollback's SQL, roll back nothing",
            "--reference", "STAGE", "compare with that stage (default: the plan's reference stage)",
            "--changelog", "FILE", "write the differences as change sets into FILE",
            "--file", "FILE", "the change set file the baseline writes (default: baseline.xml)",
            "--author", "NAME", "the author of the baseline's change sets",
            "--junit", "FILE", "also write the results as JUnit XML",
            "--root", "DIR", "the folder change log paths and includes are relative to (default: the current folder)",
            "--pack", "NAME", "the rule pack (default: standard)",
            "--force", "", "replace rule files that are already there, with their tests",
            "--password-file", "F", "read the password from F (outside the project); else STRATA_PASSWORD_<STAGE>,\n"
                    + "else a prompt when there is a terminal",
            "--drivers", "DIR", "a folder of JDBC driver jars (also STRATA_DRIVERS and <install>/jdbc_drivers)",
            "--extensions", "DIR", "a folder of Liquibase extension jars (custom change classes); also\n"
                    + "STRATA_EXTENSIONS and <install>/extensions",
            "--aws-region", "R", "for stages with 'secret:' (AWS Secrets Manager) or 'iamAuthentication: true' (RDS);",
            "--aws-profile", "P", "default: AWS_REGION / AWS_PROFILE and the AWS SDK's default credentials",
            REPORT_FORMATS, "L", "the reports forecast, deploy and check-rules write under Reports/: any of\n"
                    + "html,junit,json (default: all three)");

    private static Map<String, String> optionHelp(String... nameArgumentText) {
        Map<String, String> help = new LinkedHashMap<>();
        for (int i = 0; i < nameArgumentText.length; i += 3) {
            String head = String.format("  %-20s ", nameArgumentText[i] + (nameArgumentText[i + 1].isEmpty() ? "" : " " + nameArgumentText[i + 1]));
            help.put(nameArgumentText[i], head + nameArgumentText[i + 2].replace("\n", "\n" + " ".repeat(head.length())));
        }
        return help;
    }

    /** The help of the options in {@code accepted}, in {@link #OPTION_HELP}'s order, then --json and --debug. */
    private static void optionsHelp(PrintStream out, String heading, Set<String> accepted) {
        out.println(heading);
        OPTION_HELP.forEach((option, help) -> {
            if (accepted.contains(option)) {
                out.println(help);
            }
        });
        out.println("  --json               print JSON     --debug   show stack traces of failures");
    }
}
