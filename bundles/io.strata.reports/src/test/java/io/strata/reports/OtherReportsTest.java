package io.strata.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import io.strata.liquibase.ChangeSetInfo;
import io.strata.liquibase.StageOperations.DeployResult;
import io.strata.rules.RuleProblem;

/** The deploy and Check Rules reports. */
class OtherReportsTest {

    private static final Instant NOW = Instant.parse("2026-11-30T09:05:07Z");

    @TempDir
    Path project;

    private final ReportWriter writer = new ReportWriter(Clock.fixed(NOW, ZoneOffset.UTC));

    private static final List<ChangeSetInfo> APPLIED = List.of(
            new ChangeSetInfo("1", "alice", "db/changelog.xml", "sprint-1", "", "createTable tableName=CUSTOMER"),
            new ChangeSetInfo(Fixtures.SCRIPT_ID, Fixtures.IMG_AUTHOR, Fixtures.FILE, Fixtures.LABELS, "<ctx>", "sql: " + Fixtures.SQL));

    @Test
    void onlyTheChosenFormatsAreWritten() throws Exception {
        ReportFiles files = writer.formats(ReportFormat.parse("json, HTML")).deploy(project,
                DeployOutcome.succeeded(new DeployResult("TEST", APPLIED, 2500), NOW));
        assertEquals(project.resolve("Reports/TEST/20261130-090507/deploy.html"), files.html());
        assertNull(files.junit());
        assertEquals(project.resolve("Reports/TEST/20261130-090507/deploy.json"), files.json());
        try (var list = java.nio.file.Files.list(files.dir())) {
            assertEquals(List.of("deploy.html", "deploy.json"), list.map(p -> p.getFileName().toString()).sorted().toList());
        }
        IllegalArgumentException unknown = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ReportFormat.parse("html,pdf"));
        assertTrue(unknown.getMessage().contains("'pdf'") && unknown.getMessage().contains("html, junit or json"), unknown.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> writer.formats(java.util.Set.of()));
    }

    @Test
    void deployThatSucceeded() throws Exception {
        ReportFiles files = writer.deploy(project, DeployOutcome.succeeded(new DeployResult("TEST", APPLIED, 2500), NOW));
        assertEquals(project.resolve("Reports/TEST/20261130-090507/deploy.html"), files.html());
        Document html = Parsed.xml(files.html());
        Parsed.assertNoInjectedMarkup(files.html(), html);
        assertEquals("PASSED", Parsed.string(html, "//p[contains(@class,'verdict')]"));
        List<Element> rows = Parsed.xpath(html, "//table[@class='applied']/tr[td]");
        assertEquals(2, rows.size());
        assertTrue(rows.get(1).getTextContent().contains(Fixtures.SCRIPT_ID + Fixtures.IMG_AUTHOR + Fixtures.FILE));
        assertTrue(rows.get(1).getTextContent().contains(Fixtures.SQL));
        assertTrue(html.getDocumentElement().getTextContent().contains("2.5 s"));

        Parsed.validateJunit(files.junit());
        Document junit = Parsed.xml(files.junit());
        assertEquals("2", Parsed.string(junit, "/testsuites/testsuite/@tests"));
        assertEquals("0", Parsed.string(junit, "/testsuites/testsuite/@failures"));
        assertEquals(Fixtures.SCRIPT_ID, Parsed.string(junit, "//testcase[2]/@name"));

        Map<String, Object> json = Parsed.object(Parsed.json(Parsed.text(files.json())));
        assertEquals("deploy", json.get("report"));
        assertEquals(true, json.get("passed"));
        assertNull(json.get("failure"));
        assertEquals(Fixtures.IMG_AUTHOR, Parsed.object(Parsed.array(json.get("applied")).get(1)).get("author"));
    }

    @Test
    void deployThatFailed() throws Exception {
        String message = "Change set db/changelog.xml::2::bob failed: Table \"<ORDERS>\" already exists & more\nSQL: CREATE TABLE <ORDERS>";
        ReportFiles files = writer.deploy(project, DeployOutcome.failed("TEST", NOW, 900, APPLIED.subList(0, 1), "DATABASE", message));
        Document html = Parsed.xml(files.html());
        Parsed.assertNoInjectedMarkup(files.html(), html);
        assertEquals("FAILED", Parsed.string(html, "//p[contains(@class,'verdict')]"));
        assertEquals(message, Parsed.string(html, "//pre[@class='failure']"));
        assertTrue(Parsed.string(html, "//table[@class='summary']").contains("FAILED (DATABASE)"));

        Parsed.validateJunit(files.junit());
        Document junit = Parsed.xml(files.junit());
        assertEquals("2", Parsed.string(junit, "/testsuites/testsuite/@tests"));
        assertEquals("1", Parsed.string(junit, "/testsuites/testsuite/@failures"));
        Element failure = Parsed.xpath(junit, "//failure").get(0);
        assertEquals("Change set db/changelog.xml::2::bob failed: Table \"<ORDERS>\" already exists & more", failure.getAttribute("message"));
        assertEquals(message, failure.getTextContent());

        Map<String, Object> json = Parsed.object(Parsed.json(Parsed.text(files.json())));
        assertEquals(false, json.get("passed"));
        assertEquals(message, json.get("failure"));
        assertEquals("DATABASE", json.get("failureKind"));
    }

    @Test
    void checkRulesWithNoErrors() throws Exception {
        RuleCheck check = new RuleCheck("Rules/Forecast", NOW, 350, List.of("Rules/Forecast/index.drl", "Rules/Forecast/naming.drl"), List.of());
        ReportFiles files = writer.checkRules(project, check);
        assertEquals(project.resolve("Reports/check-rules/20261130-090507/check-rules.junit.xml"), files.junit());
        Document html = Parsed.xml(files.html());
        assertEquals("Rule Validation returned no errors.", Parsed.string(html, "//p[@class='result']"));
        assertEquals("PASSED", Parsed.string(html, "//p[contains(@class,'verdict')]"));
        Parsed.validateJunit(files.junit());
        Document junit = Parsed.xml(files.junit());
        assertEquals("2", Parsed.string(junit, "/testsuites/testsuite/@tests"));
        assertEquals("0", Parsed.string(junit, "/testsuites/testsuite/@failures"));
        assertEquals("Rules.Forecast", Parsed.string(junit, "//testcase[1]/@classname"));
        assertEquals("naming.drl", Parsed.string(junit, "//testcase[2]/@name"));
        Map<String, Object> json = Parsed.object(Parsed.json(Parsed.text(files.json())));
        assertEquals("Rule Validation returned no errors.", json.get("message"));
        assertEquals(List.of("Rules/Forecast/index.drl", "Rules/Forecast/naming.drl"), json.get("files"));
    }

    @Test
    void checkRulesWithProblems() throws Exception {
        String hostileFile = "Rules/Forecast/<script>.drl";
        RuleCheck check = new RuleCheck("Rules", NOW, 1200, List.of("Rules/Forecast/index.drl", hostileFile, "Rules/SqlRules/ok.drl"),
                List.of(new RuleProblem("Rules/Forecast/index.drl", 12, 7, "[ERR 102] mismatched input '<' expecting ')' & \"more\""),
                        new RuleProblem("Rules/Forecast/index.drl", 20, 0, "Unable to resolve ObjectType 'Foo'"),
                        new RuleProblem(hostileFile, 0, 0, "Rule \"<img onerror=x>\" compiles to nothing")));
        ReportFiles files = writer.checkRules(project, check);
        Document html = Parsed.xml(files.html());
        Parsed.assertNoInjectedMarkup(files.html(), html);
        assertEquals("FAILED", Parsed.string(html, "//p[contains(@class,'verdict')]"));
        List<Element> rows = Parsed.xpath(html, "//table[@class='problems']/tr[td]");
        assertEquals(3, rows.size());
        assertEquals("Rules/Forecast/index.drl:12:7", rows.get(0).getElementsByTagName("td").item(0).getTextContent());
        assertEquals("[ERR 102] mismatched input '<' expecting ')' & \"more\"", rows.get(0).getElementsByTagName("td").item(1).getTextContent());
        assertEquals("Rules/Forecast/index.drl:20", rows.get(1).getElementsByTagName("td").item(0).getTextContent());
        assertEquals(hostileFile, rows.get(2).getElementsByTagName("td").item(0).getTextContent());

        Parsed.validateJunit(files.junit());
        Document junit = Parsed.xml(files.junit());
        assertEquals("3", Parsed.string(junit, "/testsuites/testsuite/@tests"));
        assertEquals("2", Parsed.string(junit, "/testsuites/testsuite/@failures"));
        assertEquals(2, Parsed.xpath(junit, "//testcase[@name='index.drl']/failure").size());
        assertEquals("<script>.drl", Parsed.string(junit, "//testcase[2]/@name"));
        assertEquals(0, Parsed.xpath(junit, "//testcase[@name='ok.drl']/*").size());
        assertEquals("Rules.SqlRules", Parsed.string(junit, "//testcase[3]/@classname"));

        Map<String, Object> json = Parsed.object(Parsed.json(Parsed.text(files.json())));
        assertEquals(false, json.get("passed"));
        Map<String, Object> first = Parsed.object(Parsed.array(json.get("problems")).get(0));
        assertEquals(12L, first.get("line"));
        assertEquals(7L, first.get("column"));
        assertEquals("Rules/Forecast/index.drl", first.get("file"));
    }
}
