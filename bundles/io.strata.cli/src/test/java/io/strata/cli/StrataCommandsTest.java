package io.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.strata.core.StrataProjects;

/** The CLI's commands on a copy of the sample project (embedded H2), as CI would run them. */
class StrataCommandsTest {

    record Result(int code, String out, String err) {
    }

    @TempDir
    Path temp;

    Path project;
    final Map<String, String> variables = new HashMap<>();
    final StringBuilder allOutput = new StringBuilder();

    @BeforeEach
    void copySample() throws IOException {
        Path sample = Path.of(System.getProperty("strata.examples", "../../examples"), "strata-sample");
        project = StrataProjects.copyProject(sample, temp.resolve("strata-sample"));
    }

    Result strata(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        StrataCommands commands = new StrataCommands(new StrataCommands.Environment(
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                variables, null, temp, null, "0.1.0.test"));
        int code = commands.run(List.of(args));
        Result result = new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        allOutput.append(result.out()).append(result.err());
        return result;
    }

    Result ok(String... args) {
        Result result = strata(args);
        assertEquals(ExitCode.OK, result.code(), () -> String.join(" ", args) + "\n" + result.out() + result.err());
        return result;
    }

    @Test
    void convertTheSampleToTheDslAndWorkOnIt() throws Exception {
        Result converted = ok("convert", "strata-sample/Change Log/changelog.xml", "strata-sample/Change Log/changelog.strata",
                "--root", "strata-sample");
        assertTrue(converted.out().startsWith("Converted strata-sample/Change Log/changelog.xml to strata-sample/Change Log/changelog.strata: "
                + "4 change sets"), converted.out());
        String dsl = Files.readString(project.resolve("Change Log/changelog.strata"));
        assertTrue(dsl.contains("createIndex IDX_ADDRESS_ALL tableName=ADDRESS {"), dsl);

        Files.writeString(project.resolve("strata.yaml"), Files.readString(project.resolve("strata.yaml"))
                .replaceAll("(?m)^changelog:.*$", "") + "\nchangelog: Change Log/changelog.strata\n");
        Result status = ok("status", "--project", "strata-sample");
        assertTrue(status.out().startsWith("4 change set(s) pending on stage DEV:"), status.out());
        assertTrue(status.out().contains("Change Log/changelog.strata::sprint2-002-address-index::strata  [sprint-2]"), status.out());

        // The forecast and its rules work on the DSL, and the finding points at the DSL line.
        Result forecast = strata("forecast", "--project", "strata-sample", "--empty");
        assertEquals(ExitCode.FORECAST_FAILED, forecast.code(), forecast.out() + forecast.err());
        java.util.regex.Matcher finding = java.util.regex.Pattern.compile("FAIL  Change Log/changelog\\.strata:(\\d+)  sprint2-002-address-index  "
                + "\\[Forecast: Index Too Many Columns Error\\]").matcher(forecast.out());
        assertTrue(finding.find(), forecast.out());
        assertTrue(dsl.lines().toList().get(Integer.parseInt(finding.group(1)) - 1).startsWith("changeSet sprint2-002-address-index "),
                finding.group());

        Result valid = ok("validate", "--project", "strata-sample");
        assertEquals("The change log Change Log/changelog.strata is valid.\n", valid.out());
        Files.writeString(project.resolve("Change Log/changelog.strata"), dsl + """

                changeSet sprint3-001 author=strata {
                    createIndex IDX_ADDRESS_CITY tableName=ADDRESS uniqe=true { column TOWN; }
                }
                """);
        Result invalid = strata("validate", "--project", "strata-sample");
        assertEquals(ExitCode.INVALID, invalid.code(), invalid.out() + invalid.err());
        assertTrue(invalid.out().startsWith("The change log Change Log/changelog.strata has errors:\n"), invalid.out());
        assertTrue(invalid.out().contains("  Change Log/changelog.strata:34:1: error: createIndex has no attribute 'uniqe': did you mean "
                + "'unique'? [DSL_UNKNOWN_ATTRIBUTE]"), invalid.out());
        assertTrue(invalid.out().contains("Change Log/changelog.strata:33:1: warning: change set 'sprint3-001': createIndex refers to column ADDRESS.TOWN, which the "
                + "table does not have at that point [DSL_UNKNOWN_COLUMN]"), invalid.out());
        Files.writeString(project.resolve("Change Log/changelog.strata"), dsl);

        Result back = ok("convert", "strata-sample/Change Log/changelog.strata", "strata-sample/back.yaml", "--root", "strata-sample", "--json");
        assertTrue(back.out().contains("\"changeSets\": 4"), back.out());

        Result neither = strata("convert", "strata-sample/back.yaml", "strata-sample/back.xml", "--root", "strata-sample");
        assertEquals(ExitCode.INVALID, neither.code(), neither.err());
        assertTrue(neither.err().contains("one of the two files must be a DSL change log (.strata)"), neither.err());
    }

    @Test
    void theBlogsScenarioOnTheSampleProject() throws Exception {
        variables.put("STRATA_PASSWORD_DEV", "S3cr3t-Pa55");

        Result connection = ok("test-connection", "--project", "strata-sample");
        assertTrue(connection.out().contains("Stage DEV: Connected to H2 2."), connection.out());

        Result status = ok("status", "--project", "strata-sample");
        assertTrue(status.out().startsWith("4 change set(s) pending on stage DEV:"), status.out());
        assertTrue(status.out().contains("Change Log/changelog.xml::sprint2-002-address-index::strata  [sprint-2]"), status.out());

        Result sprint1 = ok("deploy", "--project", "strata-sample", "--stage", "DEV", "--labels", "sprint-1", "--json");
        assertTrue(sprint1.out().contains("\"id\": \"sprint1-001-create-customer\"")
                && sprint1.out().contains("\"id\": \"sprint1-002-customer-email-index\"")
                && !sprint1.out().contains("sprint2"), sprint1.out());

        Result sql = ok("deploy", "--project", "strata-sample", "--sql");
        assertTrue(sql.out().contains("CREATE TABLE PUBLIC.ADDRESS"), sql.out());
        assertFalse(sql.out().contains("CREATE TABLE PUBLIC.CUSTOMER"), "already applied");

        ok("tag", "--project", "strata-sample", "sprint-1-done");
        // The blog's full deploy: the forecast fails on the four-column index, and nothing is deployed.
        Result offline = strata("forecast", "--project", "strata-sample", "--empty");
        assertEquals(ExitCode.FORECAST_FAILED, offline.code(), offline.out() + offline.err());
        assertTrue(offline.out().contains("FAIL  Change Log/changelog.xml:37  sprint2-002-address-index  [Forecast: Index Too Many Columns Error] "
                + "The new index [IDX_ADDRESS_ALL] contains more than 3 columns."), offline.out());
        assertTrue(offline.out().contains("FORECAST FAILED: 1 failure(s)"), offline.out());
        java.util.regex.Matcher reportPath = java.util.regex.Pattern.compile("Forecast report: (\\S+\\.html)").matcher(offline.out());
        assertTrue(reportPath.find(), offline.out());
        String html = Files.readString(project.resolve(reportPath.group(1)));
        assertTrue(html.contains("The new index [IDX_ADDRESS_ALL] contains more than 3 columns."), html);
        assertTrue(Files.exists(project.resolve(reportPath.group(1).replace("forecast.html", "forecast.junit.xml"))));
        Result refusedByRule = strata("deploy", "--project", "strata-sample");
        assertEquals(ExitCode.FORECAST_FAILED, refusedByRule.code(), refusedByRule.err());
        assertTrue(refusedByRule.err().contains("nothing was deployed to stage DEV: the forecast failed"), refusedByRule.err());
        assertTrue(ok("status", "--project", "strata-sample").out().startsWith("2 change set(s) pending"));
        Result forecastJson = strata("forecast", "--project", "strata-sample", "--json");
        assertEquals(ExitCode.FORECAST_FAILED, forecastJson.code());
        assertTrue(forecastJson.out().contains("\"modelSource\": \"live stage DEV\"") && forecastJson.out().contains("\"failures\": 1"), forecastJson.out());
        // The quick deploy skips the forecast.
        Result rest = ok("deploy", "--project", "strata-sample", "--quick");
        assertTrue(rest.out().startsWith("Deployed 2 change set(s) to stage DEV"), rest.out());
        assertTrue(rest.out().contains("Deploy report: Reports/DEV/"), rest.out());
        assertTrue(ok("status", "--project", "strata-sample").out().contains("up to date"));

        Result history = ok("history", "--project", "strata-sample", "--json");
        assertEquals(4, history.out().split("\"execType\": \"EXECUTED\"", -1).length - 1, history.out());
        assertTrue(history.out().contains("\"tag\": \"sprint-1-done\""), history.out());

        Result preview = ok("rollback", "--project", "strata-sample", "--to-tag", "sprint-1-done", "--preview");
        assertTrue(preview.out().contains("DROP TABLE PUBLIC.ADDRESS"), preview.out());
        ok("rollback", "--project", "strata-sample", "--to-tag", "sprint-1-done");
        assertTrue(ok("status", "--project", "strata-sample").out().startsWith("2 change set(s) pending"));

        ok("rollback", "--project", "strata-sample", "--count", "1");
        assertTrue(ok("status", "--project", "strata-sample").out().startsWith("3 change set(s) pending"));

        // No password in any file of the project, or in anything Strata printed.
        try (Stream<Path> files = Files.walk(project)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                assertFalse(new String(bytes, StandardCharsets.ISO_8859_1).contains("S3cr3t-Pa55"), "password found in " + file);
            }
        }
        assertFalse(allOutput.toString().contains("S3cr3t-Pa55"));
    }

    @Test
    void usageErrorsSayHowToWriteTheCommand() {
        Result option = strata("status", "--project", "strata-sample", "--stgae", "DEV");
        assertEquals(ExitCode.USAGE, option.code());
        assertTrue(option.err().contains("unknown option '--stgae' for status. See 'strata status --help'."), option.err());

        Result rollback = strata("rollback", "--project", "strata-sample");
        assertEquals(ExitCode.USAGE, rollback.code());
        assertTrue(rollback.err().contains("exactly one of --count N, --to-tag TAG, --to-date"), rollback.err());

        Result help = ok("deploy", "--help");
        assertTrue(help.out().contains("Usage: strata deploy --stage NAME") && help.out().contains("--sql"), help.out());
        assertTrue(help.out().contains("  --quick              deploy without forecasting first"), help.out());
        assertTrue(help.out().contains("  --password-file F    "), "a deploy takes the stage's options: " + help.out());

        // A command's help lists the options it takes, and only those.
        String convert = ok("convert", "--help").out();
        assertTrue(convert.contains("  --root DIR           the folder change log paths"), convert);
        for (String other : List.of("--stage", "--password-file", "--report-formats", "--contexts")) {
            assertFalse(convert.contains(other), "convert takes no " + other + ": " + convert);
        }
        String testRules = ok("test-rules", "--help").out();
        assertTrue(testRules.contains("--junit FILE") && testRules.contains("--project DIR") && !testRules.contains("--stage"), testRules);

        Result date = strata("rollback", "--project", "strata-sample", "--to-date", "yesterday");
        assertEquals(ExitCode.USAGE, date.code());
        assertTrue(date.err().contains("like 2026-11-25"), date.err());
    }

    @Test
    void anInvalidPlanNamesTheFileAndLine() throws IOException {
        Files.writeString(project.resolve("Deployment Plans/sample-plan.yaml"), "stages:\n  - name: DEV\n    type: h2\n    url: jdbc:h2:mem:x\n    password: x\n");
        Result bad = strata("status", "--project", "strata-sample");
        assertEquals(ExitCode.INVALID, bad.code());
        assertTrue(bad.err().contains("sample-plan.yaml:5: passwords never go into project files"), bad.err());
    }

    @Test
    void connectionFailuresAreExitCode4WithTheReason() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Files.writeString(project.resolve("Deployment Plans/sample-plan.yaml"), """
                stages:
                  - name: DEV
                    type: h2
                    url: jdbc:h2:mem:dev
                  - name: TEST
                    type: postgresql
                    host: 127.0.0.1
                    port: %d
                    database: shop
                    user: strata
                """.formatted(port));
        variables.put("STRATA_PASSWORD_TEST", "x");
        Result refused = strata("deploy", "--project", "strata-sample", "--stage", "TEST", "--json");
        assertEquals(ExitCode.CONNECTION, refused.code(), refused.err());
        assertTrue(refused.out().contains("\"exitCode\": 4") && refused.out().contains("Is the database running"), refused.out());

        Result which = strata("status", "--project", "strata-sample");
        assertEquals(ExitCode.USAGE, which.code());
        assertTrue(which.err().contains("which stage? Give --stage NAME; the project's stages: DEV, TEST"), which.err());

        variables.remove("STRATA_PASSWORD_TEST");
        Result noPassword = strata("test-connection", "--project", "strata-sample", "--stage", "TEST");
        assertEquals(ExitCode.CONNECTION, noPassword.code());
        assertTrue(noPassword.err().contains("Set the environment variable STRATA_PASSWORD_TEST"), noPassword.err());
    }

    @Test
    void aLockedStageIsExitCode6AndReleaseLocksClearsIt() throws Exception {
        ok("deploy", "--project", "strata-sample", "--labels", "sprint-1");
        var dev = io.strata.core.project.StrataProject.load(project).stage("DEV");
        try (Connection c = new io.strata.connection.StageConnector(new io.strata.connection.JdbcDrivers(List.of()),
                io.strata.core.project.Credentials.NONE).open(dev); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE DATABASECHANGELOGLOCK SET LOCKED = TRUE, LOCKGRANTED = CURRENT_TIMESTAMP, LOCKEDBY = 'ci-runner-7'");
        }
        Result locked = strata("deploy", "--project", "strata-sample", "--lock-wait", "0", "--quick");
        assertEquals(ExitCode.LOCKED, locked.code(), locked.err());
        assertTrue(locked.err().contains("ci-runner-7") && locked.err().contains("strata release-locks --stage DEV"), locked.err());

        Result released = ok("release-locks", "--project", "strata-sample");
        assertTrue(released.out().contains("Released the lock held by ci-runner-7"), released.out());
        assertTrue(ok("deploy", "--project", "strata-sample", "--quick").out().startsWith("Deployed 2 change set(s)"));
    }

    @Test
    void baselineSnapshotAndCompareStages() throws Exception {
        Files.writeString(project.resolve("Deployment Plans/sample-plan.yaml"), """
                stages:
                  - name: REF
                    reference: true
                    type: h2
                    url: jdbc:h2:file:${project.dir}/.strata/h2/ref
                    user: sa
                  - name: TEST
                    type: h2
                    url: jdbc:h2:file:${project.dir}/.strata/h2/test
                    user: sa
                """);
        ok("deploy", "--project", "strata-sample", "--stage", "REF", "--quick");
        Result baseline = strata("baseline", "--project", "strata-sample", "--stage", "REF");
        assertEquals(ExitCode.OK, baseline.code(), baseline.err());
        assertTrue(baseline.out().contains("Baselined stage REF:") && baseline.out().contains("included first in Change Log/changelog.xml"),
                baseline.out());

        Result differs = ok("compare", "--project", "strata-sample", "--stage", "TEST");
        assertTrue(differs.out().contains("Stage TEST differs from REF. Add --changelog FILE"), differs.out());

        Result snapshot = ok("snapshot", "--project", "strata-sample", "--stage", "REF");
        assertTrue(snapshot.out().contains("Snapshots/REF.json") && snapshot.out().contains("Snapshots/REF.model.json"), snapshot.out());
        Result upToDate = ok("forecast", "--project", "strata-sample", "--stage", "REF", "--offline");
        assertTrue(upToDate.out().contains("(snapshot Snapshots/REF.model.json): 0 change set(s)"), upToDate.out());
        Result offline = ok("compare", "--project", "strata-sample", "--stage", "TEST", "--snapshot", "Snapshots/REF.json", "--json");
        assertTrue(offline.out().contains("\"equal\": false"), offline.out());

        Result same = strata("compare", "--project", "strata-sample", "--stage", "REF");
        assertEquals(ExitCode.USAGE, same.code());
    }

    @Test
    void checkDriversAndValidate() throws IOException {
        Result drivers = ok("check-drivers", "--project", "strata-sample");
        assertTrue(drivers.out().matches("(?s).*h2\\s+installed 2\\..*"), drivers.out());
        assertTrue(drivers.out().matches("(?s).*oracle\\s+missing: Install .Oracle JDBC Driver. \\(Help > Install New Software.*the Oracle JDBC driver \\(ojdbc11\\) into the jdbc_drivers folder.*"), drivers.out());
        assertTrue(drivers.out().matches("(?s).*DEV\\s+h2\\s+driver present.*"), drivers.out());

        assertTrue(ok("validate", "--project", "strata-sample").out().contains("is valid"));
        Path changelog = project.resolve("Change Log/changelog.xml");
        Files.writeString(changelog, Files.readString(changelog).replace("sprint1-002-customer-email-index", "sprint1-001-create-customer"));
        Result duplicate = strata("validate", "--project", "strata-sample");
        assertEquals(ExitCode.INVALID, duplicate.code(), duplicate.err());
        assertTrue(duplicate.err().toLowerCase().contains("duplicate"), duplicate.err());
    }

    @Test
    void checkRulesOnTheSampleSaysNoErrors() throws IOException {
        Result check = ok("check-rules", "--project", "strata-sample");
        assertEquals("Rule Validation returned no errors.", check.out().lines().findFirst().orElse(""));
        assertEquals("", check.err());
        String reportPath = check.out().lines().skip(1).findFirst().orElse("").replace("Check Rules report: ", "");
        assertTrue(reportPath.startsWith("Reports/check-rules/") && Files.isRegularFile(project.resolve(reportPath)), check.out());
        assertTrue(Files.readString(project.resolve(reportPath)).contains("Rule Validation returned no errors."), reportPath);

        Result json = ok("check-rules", "--project", "strata-sample", "--json");
        assertTrue(json.out().contains("\"ok\": true") && json.out().contains("\"files\": 1")
                && json.out().contains("\"problems\": []"), json.out());
    }

    @Test
    void reportFormatsPicksTheReportsWrittenAndAWrongNameIsAUsageError() throws IOException {
        variables.put("STRATA_PASSWORD_DEV", "S3cr3t-Pa55");
        Result json = ok("check-rules", "--project", "strata-sample", "--report-formats", "json");
        String reportPath = json.out().lines().skip(1).findFirst().orElse("").replace("Check Rules report: ", "");
        assertTrue(reportPath.startsWith("Reports/check-rules/") && reportPath.endsWith("/check-rules.json"), json.out());
        try (Stream<Path> files = Files.list(project.resolve(reportPath).getParent())) {
            assertEquals(List.of("check-rules.json"), files.map(f -> f.getFileName().toString()).toList());
        }

        Result two = strata("forecast", "--project", "strata-sample", "--empty", "--report-formats=JUnit, html");
        assertEquals(ExitCode.FORECAST_FAILED, two.code(), two.out() + two.err());
        java.util.regex.Matcher forecast = java.util.regex.Pattern.compile("Forecast report: (\\S+\\.html) \\(JUnit XML next to it\\)")
                .matcher(two.out());
        assertTrue(forecast.find(), two.out());
        try (Stream<Path> files = Files.list(project.resolve(forecast.group(1)).getParent())) {
            assertEquals(List.of("forecast.html", "forecast.junit.xml"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }

        Result deploy = ok("deploy", "--project", "strata-sample", "--quick", "--report-formats", "junit");
        assertTrue(deploy.out().contains("Deploy report: Reports/DEV/") && deploy.out().contains("/deploy.junit.xml\n"), deploy.out());

        for (String command : List.of("forecast", "deploy", "check-rules")) {
            Result wrong = strata(command, "--project", "strata-sample", "--report-formats", "html,xml");
            assertEquals(ExitCode.USAGE, wrong.code(), command);
            assertEquals("strata: --report-formats: unknown report format 'xml': use html, junit or json\n", wrong.err().replace("\r", ""));
            Result empty = strata(command, "--project", "strata-sample", "--report-formats", "");
            assertEquals(ExitCode.USAGE, empty.code(), command);
            assertTrue(empty.err().contains("name at least one of html, junit, json"), empty.err());
            assertTrue(ok(command, "--help").out().contains("[--report-formats html,junit,json]"), command);
        }
        assertEquals(ExitCode.USAGE, strata("status", "--project", "strata-sample", "--report-formats", "html").code(),
                "commands that write no report do not take the option");
        assertTrue(ok("--help").out().contains("--report-formats L"));
    }

    @Test
    void checkRulesPrintsEachErrorWithFileLineAndColumnAndExitsWith3() throws IOException {
        Path folder = Files.createDirectories(project.resolve("Rules/Forecast/naming"));
        Files.writeString(folder.resolve("Broken.drl"), """
                package io.strata.rules.sample

                rule "Broken"
                    salience 1 1
                when
                then
                end
                """);
        Result bad = strata("check-rules", "--project", "strata-sample");
        assertEquals(ExitCode.INVALID, bad.code(), bad.out() + bad.err());
        assertTrue(bad.out().startsWith("Check Rules report: Reports/check-rules/"), bad.out());
        assertEquals(List.of("Rules/Forecast/naming/Broken.drl:4:16: mismatched input '1' in rule \"Broken\"",
                "Rule Validation returned 1 error(s) in 1 of 2 rule file(s)."), bad.err().lines().toList());

        Result json = strata("check-rules", "--project", "strata-sample", "--json");
        assertEquals(ExitCode.INVALID, json.code());
        assertTrue(json.out().contains("\"ok\": false") && json.out().contains("\"files\": 2")
                && json.out().contains("\"file\": \"Rules/Forecast/naming/Broken.drl\"")
                && json.out().contains("\"line\": 4") && json.out().contains("\"column\": 16")
                && json.out().contains("\"message\": \"mismatched input '1' in rule \\\"Broken\\\"\""), json.out());

        Files.writeString(folder.resolve("Broken.drl"), "package io.strata.rules.sample\nrule \"Fixed\" when then end\n");
        assertEquals("Rule Validation returned no errors.", ok("check-rules", "--project", "strata-sample").out().lines().findFirst().orElse(""));
    }

    @Test
    void checkRulesOutsideAProjectIsExitCode3AndCheckRulesHasHelp() {
        Result none = strata("check-rules", "--project", ".");
        assertEquals(ExitCode.INVALID, none.code());
        assertTrue(none.err().contains("is not a Strata project"), none.err());
        assertTrue(ok("check-rules", "--help").out().startsWith("Usage: strata check-rules [--project DIR]"));
        assertTrue(ok("--help").out().contains("check-rules"));
    }

    @Test
    void testRulesRunsTheRulesCasesLikeUnitTests() throws IOException {
        Result passing = ok("test-rules", "--project", "strata-sample", "--junit", "build/rule-tests.xml");
        assertTrue(passing.out().contains("Rules/Forecast/IndexTooManyColumns.drl\n  PASS  four-columns.xml\n  PASS  three-columns.xml"), passing.out());
        assertTrue(passing.out().contains("Rule tests passed: 2 case(s) in 1 rule file(s): 2 passed, 0 failed"), passing.out());
        assertTrue(Files.readString(temp.resolve("build/rule-tests.xml")).contains("failures=\"0\""));

        Path tests = project.resolve("Rules/Forecast/IndexTooManyColumns.tests");
        Files.writeString(tests.resolve("three-columns.expected"), "FAIL Index Too Many Columns Error: The new index [IDX_A] contains more than 3 columns.\n");
        Result failing = strata("test-rules", "--project", "strata-sample");
        assertEquals(ExitCode.FORECAST_FAILED, failing.code(), failing.out() + failing.err());
        assertTrue(failing.out().contains("  FAIL  three-columns.xml  (Rules/Forecast/IndexTooManyColumns.tests/three-columns.xml)"), failing.out());
        assertTrue(failing.out().contains("          - FAIL Index Too Many Columns Error: The new index [IDX_A] contains more than 3 columns."), failing.out());
        assertTrue(failing.out().contains("RULE TESTS FAILED: 2 case(s) in 1 rule file(s): 1 passed, 1 failed"), failing.out());
        Result json = strata("test-rules", "--project", "strata-sample", "--json");
        assertEquals(ExitCode.FORECAST_FAILED, json.code());
        assertTrue(json.out().contains("\"failed\": 1") && json.out().contains("\"status\": \"FAIL\""), json.out());

        Files.writeString(tests.resolve("three-columns.expected"), "# no responses\nnothing\n");
        Result malformed = strata("test-rules", "--project", "strata-sample");
        assertEquals(ExitCode.INVALID, malformed.code(), malformed.out());
        assertTrue(malformed.out().contains("MALFORMED  Rules/Forecast/IndexTooManyColumns.tests/three-columns.expected:2: not a response: 'nothing'"),
                malformed.out());
    }

    @Test
    void addRulesCopiesThePackWithItsTestsAndNeverOverwritesWithoutForce() throws IOException {
        Path mine = project.resolve("Rules/PreForecast/AuthorRequired.drl");
        Files.createDirectories(mine.getParent());
        Files.writeString(mine, "// our own author rule\n");
        Result added = ok("add-rules", "--project", "strata-sample");
        assertTrue(added.out().contains("of rule pack 'standard' with") && added.out().contains("  Rules/Forecast/IndexColumnLimit.drl\n"), added.out());
        assertTrue(added.out().contains("Left alone 1 rule file(s) that are already there (--force overwrites them):\n  Rules/PreForecast/AuthorRequired.drl"),
                added.out());
        assertEquals("// our own author rule\n", Files.readString(mine));
        assertTrue(Files.isRegularFile(project.resolve("Rules/SqlRules/NoGrantRevoke.tests/grants.expected")));

        Result tested = ok("test-rules", "--project", "strata-sample");
        assertTrue(tested.out().contains("Rule files without tests (add X.tests/ next to X.drl): Rules/PreForecast/AuthorRequired.drl"), tested.out());

        Result nothing = ok("add-rules", "--project", "strata-sample", "--json");
        assertTrue(nothing.out().contains("\"copied\": []"), nothing.out());
        Result forced = ok("add-rules", "--project", "strata-sample", "--force");
        assertTrue(forced.out().contains("  Rules/PreForecast/AuthorRequired.drl  (overwritten)"), forced.out());
        assertFalse(Files.readString(mine).contains("our own"));

        Result unknown = strata("add-rules", "--project", "strata-sample", "--pack", "strict");
        assertEquals(ExitCode.USAGE, unknown.code());
        assertTrue(unknown.err().contains("there is no rule pack 'strict'; the packs: standard"), unknown.err());

        // With the pack, the sample's forecast also fails on the pack's rules.
        Result forecast = strata("forecast", "--project", "strata-sample", "--empty");
        assertEquals(ExitCode.FORECAST_FAILED, forecast.code());
        assertTrue(forecast.out().contains("[Forecast: Index Column Limit] The new index [IDX_ADDRESS_ALL] contains more than 3 columns"), forecast.out());
    }
}
