package io.strata.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.strata.core.ProgressMonitor;

/** {@link RuleTests}: fixtures next to rule files, run as forecasts of an empty model. */
class RuleTestsTest {

    static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
            """;

    private static final String RULE = """
            package t
            import liquibase.change.core.CreateTableChange;
            import io.strata.rules.Response;
            import io.strata.rules.ResponseType;

            rule "No Table X"
            when
                CreateTableChange(tableName == "X")
            then
                insert(new Response(ResponseType.FAIL, "Do not create X; name it after what it holds.", drools.getRule().getName()));
            end
            """;

    @TempDir
    Path dir;

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String table(String name) {
        return HEAD + "<changeSet id=\"1\" author=\"t\"><createTable tableName=\"" + name
                + "\"><column name=\"ID\" type=\"INT\"/></createTable></changeSet>\n</databaseChangeLog>\n";
    }

    private RuleTests.Report run() throws IOException {
        return RuleTests.ofProject(dir).run(ProgressMonitor.NONE);
    }

    @Test
    void theSamplesRulePassesItsFixtures() throws Exception {
        Path sample = Path.of(System.getProperty("strata.sample", "../../examples/strata-sample"));
        RuleTests.Report report = RuleTests.ofProject(sample).run(ProgressMonitor.NONE);
        assertEquals(List.of(), report.problems());
        assertEquals(2, report.cases().size(), report.cases().toString());
        assertTrue(report.ok(), report.cases().toString());
        RuleTests.Case four = report.cases().stream().filter(c -> c.name().equals("four-columns.xml")).findFirst().orElseThrow();
        assertEquals(List.of("FAIL Index Too Many Columns Error: The new index [IDX_A] contains more than 3 columns."), four.actual());
        assertEquals("Rules/Forecast/IndexTooManyColumns.drl", four.rule());
        assertEquals("Rules/Forecast/IndexTooManyColumns.tests/four-columns.xml", four.file());
    }

    @Test
    void aCaseFailsWithTheDifferenceAndOthersPassInEveryFormat() throws Exception {
        write("Rules/Forecast/NoX.drl", RULE);
        write("Rules/Forecast/NoX.tests/x.xml", table("X"));
        write("Rules/Forecast/NoX.tests/x.expected", "# the rule fails\nFAIL No Table X: Do not create X; name it after what it holds.\n");
        write("Rules/Forecast/NoX.tests/y.yaml", """
                databaseChangeLog:
                  - changeSet:
                      id: 1
                      author: t
                      changes:
                        - createTable:
                            tableName: X
                            columns:
                              - column: {name: ID, type: INT}
                """);
        write("Rules/Forecast/NoX.tests/y.expected", "WARN No Table X: something else\n");
        write("Rules/Forecast/NoX.tests/z.sql", "--liquibase formatted sql\n--changeset t:1\nCREATE TABLE Y (ID INT);\n");
        write("Rules/Forecast/NoX.tests/z.expected", "");
        write("Rules/Forecast/Other.drl", RULE.replace("package t", "package u").replace("No Table X", "No Table X2"));

        RuleTests.Report report = run();
        assertEquals(List.of(), report.problems());
        assertEquals(List.of("Rules/Forecast/Other.drl"), report.untested());
        assertEquals(3, report.cases().size());
        assertEquals(2, report.passed());
        assertFalse(report.ok());
        RuleTests.Case y = report.cases().stream().filter(c -> !c.passed()).findFirst().orElseThrow();
        assertEquals("y.yaml", y.name());
        assertEquals("- WARN No Table X: something else\n+ FAIL No Table X: Do not create X; name it after what it holds.\n", RuleTests.diff(y));

        String xml = RuleTests.junitXml(report);
        assertTrue(xml.contains("<testsuite name=\"Rules/Forecast/NoX.drl\" tests=\"3\" failures=\"1\""), xml);
        assertTrue(xml.contains("<testcase classname=\"Rules/Forecast/NoX.drl\" name=\"z.sql\""), xml);
        assertTrue(xml.contains("- WARN No Table X: something else"), xml);
    }

    @Test
    void malformedFixturesAndRulesAreNamedWithFileAndLine() throws Exception {
        write("Rules/Forecast/NoX.drl", RULE);
        write("Rules/Forecast/NoX.tests/bad-line.xml", table("X"));
        write("Rules/Forecast/NoX.tests/bad-line.expected", "# fine\n\nFAIL without a colon\n");
        write("Rules/Forecast/NoX.tests/no-expected.xml", table("X"));
        write("Rules/Forecast/NoX.tests/orphan.expected", "");
        write("Rules/Forecast/NoX.tests/broken.xml", HEAD + "<changeSet id=\"1\" author=\"t\">\n<createTable>\n</databaseChangeLog>\n");
        write("Rules/Forecast/NoX.tests/broken.expected", "");
        write("Rules/PreForecast/Broken.drl", "package b\n\nrule \"b\"\nwhen\n  $c : NoSuchType()\nthen\nend\n");
        write("Rules/PreForecast/Broken.tests/a.xml", table("A"));
        write("Rules/PreForecast/Broken.tests/a.expected", "");
        write("Rules/PreForecast/Gone.tests/a.xml", table("A"));

        RuleTests.Report report = run();
        List<String> problems = report.problems().stream().map(RuleTests.Problem::toString).toList();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("Rules/Forecast/NoX.tests/bad-line.expected:3: not a response: 'FAIL without a colon'")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("Rules/Forecast/NoX.tests/no-expected.xml: the case has no no-expected.expected")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("Rules/Forecast/NoX.tests/orphan.expected: expected responses without a case")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("Rules/Forecast/NoX.tests/broken.xml:6: ")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("Rules/PreForecast/Broken.drl:5: ")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("Rules/PreForecast/Gone.tests: a tests folder without its rule file Gone.drl")),
                problems.toString());
        assertEquals(6, problems.size(), problems.toString());
        assertEquals(List.of(), report.cases(), "no case ran: each one's fixture or rule is malformed");
        assertFalse(report.ok());
        assertTrue(RuleTests.junitXml(report).contains("errors=\"6\""));
    }
}
