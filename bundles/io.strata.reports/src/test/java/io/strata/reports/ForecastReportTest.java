package io.strata.reports;

import static io.strata.reports.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.strata.forecast.Finding;
import io.strata.rules.ResponseType;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ForecastReportTest {

    @TempDir
    Path project;

    private ReportFiles files;

    @BeforeEach
    void write() throws Exception {
        files = new ReportWriter(Clock.fixed(STARTED, ZoneOffset.UTC)).forecast(project, Fixtures.small());
    }

    @Test
    void filesGoIntoReportsStageTimestamp() {
        Path dir = project.resolve("Reports").resolve("DEV").resolve("20261130-153012");
        assertEquals(dir, files.dir());
        assertEquals(dir.resolve("forecast.html"), files.html());
        assertEquals(dir.resolve("forecast.junit.xml"), files.junit());
        assertEquals(dir.resolve("forecast.json"), files.json());
    }

    @Test
    void htmlParsesAndNoDataBecomesMarkup() throws Exception {
        Document html = Parsed.xml(files.html());
        Parsed.assertNoInjectedMarkup(files.html(), html);
        String text = html.getDocumentElement().getTextContent();
        for (String data : List.of(SCRIPT_ID, IMG_AUTHOR, FILE + ":42", LABELS, "test & <prod>", COMMENT, RULE, FAIL_MESSAGE, HINT, SQL,
                TABLE, COLUMN, "FK_<x>", "shop & <co>", "precondition tableExists <CUSTOMER> fails: MARK_RAN")) {
            assertTrue(text.contains(data), "the page shows " + data);
        }
        // a NUL and an unpaired surrogate cannot be in XML: replaced, the rest kept
        assertTrue(text.contains("bad\uFFFDchar\uFFFD"), "control characters replaced");
        assertEquals(0, Parsed.xpath(html, "//*[@src or @style]").size(), "no external resources, no inline styles from data");
        assertEquals(1, Parsed.xpath(html, "/html/head/style").size(), "one inline stylesheet");
    }

    @Test
    void summaryAtTheTopSaysFailedWithTheCounts() throws Exception {
        Document html = Parsed.xml(files.html());
        assertEquals("FAILED", Parsed.string(html, "//p[contains(@class,'verdict')]"));
        assertEquals("verdict failed", Parsed.string(html, "//p[contains(@class,'verdict')]/@class"));
        Map<String, String> summary = new java.util.HashMap<>();
        for (Element row : Parsed.xpath(html, "//table[@class='summary']/tr")) {
            summary.put(row.getElementsByTagName("th").item(0).getTextContent(), row.getElementsByTagName("td").item(0).getTextContent());
        }
        assertEquals("DEV", summary.get("Stage"));
        assertEquals("snapshot Snapshots/DEV.model.json", summary.get("Model source"));
        assertEquals("3", summary.get("Change sets"));
        assertEquals("4", summary.get("Changes"));
        assertEquals("2", summary.get("FAIL"));
        assertEquals("2", summary.get("WARN"));
        assertEquals("1", summary.get("INFO"));
        assertEquals("1", summary.get("Not simulated"));
        assertEquals("1", summary.get("Change sets that do not run"));
        assertEquals("1.2 s", summary.get("Time taken"));
        assertEquals("2026-11-30 15:30:12 UTC", summary.get("Started"));
        assertEquals("Forecast: 1, PostForecast: 2", summary.get("Rule files run"));
    }

    @Test
    void failuresComeFirstAndLinkToTheirChangeSet() throws Exception {
        Document html = Parsed.xml(files.html());
        List<Element> failures = Parsed.xpath(html, "//ol[@class='failures']/li");
        assertEquals(2, failures.size());
        Element link = (Element) failures.get(0).getElementsByTagName("a").item(0);
        assertEquals("#cs-2", link.getAttribute("href"));
        assertEquals(SCRIPT_ID, link.getTextContent());
        assertTrue(failures.get(0).getTextContent().contains(FAIL_MESSAGE));
        assertTrue(failures.get(0).getTextContent().contains(HINT));
        // the quick fix the finding carries, in words, inside its hint (escaped like all data: the page parses)
        Element hint = Parsed.xpath(html, "//ol[@class='failures']/li[1]//div[@class='hint']").get(0);
        assertEquals("What to change: " + HINT + " Change “" + FIX.replace() + "” to “" + FIX.with() + "”.", hint.getTextContent());
        assertEquals("#project-findings", ((Element) failures.get(1).getElementsByTagName("a").item(0)).getAttribute("href"));
        // the Failures section comes before the change sets
        String page = Parsed.text(files.html());
        assertTrue(page.indexOf("id=\"failures\"") < page.indexOf("id=\"change-sets\""));
        Element target = Parsed.xpath(html, "//section[@id='cs-2']").get(0);
        assertTrue(target.getAttribute("class").contains("FAIL"));
        assertTrue(target.getTextContent().contains(IMG_AUTHOR));
        assertEquals(1, Parsed.xpath(html, "//*[@id='project-findings']").size());
    }

    @Test
    void everyChangeSetWithItsChangesAndFindings() throws Exception {
        Document html = Parsed.xml(files.html());
        assertEquals(3, Parsed.xpath(html, "//section[starts-with(@id,'cs-')]").size());
        List<Element> changes = Parsed.xpath(html, "//section[@id='cs-2']/ol[@class='changes']/li");
        assertEquals(2, changes.size());
        String index = changes.get(1).getTextContent();
        assertTrue(index.contains("createIndex") && index.contains("simulated") && index.contains("creates index IDX_ALL on " + TABLE));
        assertTrue(index.contains("INDEX_ON_POPULATED_TABLE") && index.contains("Index on a table with rows <locks>"));
        assertTrue(index.contains("rule “" + RULE + "”, Forecast"), index);
        // FAIL listed before WARN within a change
        assertTrue(index.indexOf(FAIL_MESSAGE) < index.indexOf("Index on a table with rows"));
        String third = Parsed.xpath(html, "//section[@id='cs-3']").get(0).getTextContent();
        assertTrue(third.contains("not simulated") && third.contains("does not run") && third.contains("PRECONDITION"), third);
    }

    @Test
    void modelShowsBeforeAfterAndTheDifferences() throws Exception {
        Document html = Parsed.xml(files.html());
        String diff = Parsed.xpath(html, "//table[@class='diff']").get(0).getTextContent();
        assertTrue(diff.contains("PUBLIC." + TABLE), diff);
        assertTrue(diff.contains("PUBLIC.CUSTOMER.EMAIL") && diff.contains("EMAIL VARCHAR(200)"), diff);
        assertTrue(diff.contains("foreign key FK_<x> (A) references CUSTOMER (ID) on delete CASCADE"), diff);
        // small models are shown in full, before and after
        assertEquals(1, Parsed.xpath(html, "//*[@id='model-before']/following-sibling::table[@class='model'][1]").size());
        List<Element> tables = Parsed.xpath(html, "//table[@class='model']/caption");
        assertEquals(3, tables.size(), "CUSTOMER before; CUSTOMER and the new table after");
        assertTrue(tables.get(0).getTextContent().contains("10 rows"));
        assertTrue(tables.get(2).getTextContent().contains(TABLE));
    }

    @Test
    void junitHasATestPerChangeSetAndAFailurePerFailFinding() throws Exception {
        Parsed.validateJunit(files.junit());
        Document xml = Parsed.xml(files.junit());
        Element suite = Parsed.xpath(xml, "/testsuites/testsuite").get(0);
        assertEquals("4", suite.getAttribute("tests"), "three change sets and the project");
        assertEquals("2", suite.getAttribute("failures"));
        assertEquals("0", suite.getAttribute("errors"));
        assertEquals("1", suite.getAttribute("skipped"), "the change set that does not run");
        assertEquals("1.234", suite.getAttribute("time"));
        assertEquals("2026-11-30T15:30:12", suite.getAttribute("timestamp"));
        List<Element> cases = Parsed.xpath(xml, "//testcase");
        assertEquals(FILE, cases.get(1).getAttribute("classname"));
        assertEquals(SCRIPT_ID, cases.get(1).getAttribute("name"));
        Element failure = (Element) cases.get(1).getElementsByTagName("failure").item(0);
        assertEquals(FAIL_MESSAGE, failure.getAttribute("message"));
        assertEquals("RULE", failure.getAttribute("type"));
        assertTrue(failure.getTextContent().contains(HINT));
        assertTrue(failure.getTextContent().contains("Change “" + FIX.replace() + "” to “" + FIX.with() + "”."), failure.getTextContent());
        assertTrue(cases.get(1).getElementsByTagName("system-out").item(0).getTextContent().contains("WARN INDEX_ON_POPULATED_TABLE"));
        assertEquals(0, cases.get(0).getElementsByTagName("failure").getLength());
        assertEquals("precondition tableExists <CUSTOMER> fails: MARK_RAN",
                ((Element) cases.get(2).getElementsByTagName("skipped").item(0)).getAttribute("message"));
        assertTrue(cases.get(2).getElementsByTagName("system-out").item(0).getTextContent().contains("not simulated"));
        assertEquals(1, cases.get(3).getElementsByTagName("failure").getLength());
        assertTrue(Parsed.text(files.junit()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        assertFalse(Parsed.text(files.junit()).toLowerCase().contains("<script"));
    }

    @Test
    void jsonHasTheSameContent() throws Exception {
        Map<String, Object> json = Parsed.object(Parsed.json(Parsed.text(files.json())));
        assertEquals("forecast", json.get("report"));
        assertEquals(1L, json.get("formatVersion"));
        assertEquals(false, json.get("passed"));
        assertEquals("shop & <co>", json.get("project"));
        assertEquals("2026-11-30T15:30:12.345Z", json.get("started"));
        assertEquals(1234L, json.get("millis"));
        Map<String, Object> counts = Parsed.object(json.get("counts"));
        assertEquals(3L, counts.get("changeSets"));
        assertEquals(2L, counts.get("fail"));
        assertEquals(1L, counts.get("notSimulated"));
        List<Object> changeSets = Parsed.array(json.get("changeSets"));
        Map<String, Object> second = Parsed.object(changeSets.get(1));
        assertEquals(SCRIPT_ID, second.get("id"));
        assertEquals(IMG_AUTHOR, second.get("author"));
        assertEquals(COMMENT, second.get("comment"));
        assertEquals(42L, second.get("line"));
        Map<String, Object> index = Parsed.object(Parsed.array(second.get("changes")).get(1));
        Map<String, Object> fail = Parsed.object(Parsed.array(index.get("findings")).get(0));
        assertEquals("FAIL", fail.get("severity"));
        assertEquals(RULE, fail.get("rule"));
        assertEquals(HINT, fail.get("hint"));
        assertEquals(2L, fail.get("changeIndex"));
        Map<String, Object> fix = Parsed.object(fail.get("fix"));
        assertEquals(Map.of("replace", FIX.replace(), "with", FIX.with()), fix);
        assertNull(Parsed.object(Parsed.array(index.get("findings")).get(1)).get("hint"));
        assertTrue(Parsed.object(Parsed.array(index.get("findings")).get(1)).containsKey("fix"), "a finding without a fix says so");
        assertNull(Parsed.object(Parsed.array(index.get("findings")).get(1)).get("fix"));
        Map<String, Object> third = Parsed.object(Parsed.array(Parsed.object(changeSets.get(2)).get("changes")).get(0));
        assertEquals("NOT_SIMULATED", third.get("outcome"));
        assertTrue(((String) third.get("effect")).endsWith("bad\u0000char\uFFFD"), "control characters kept, lone surrogate replaced");
        Map<String, Object> model = Parsed.object(json.get("model"));
        List<Object> differences = Parsed.array(model.get("differences"));
        assertTrue(differences.stream().map(Parsed::object)
                .anyMatch(d -> "added".equals(d.get("action")) && "table".equals(d.get("kind")) && TABLE.equals(d.get("table"))));
        Map<String, Object> after = Parsed.object(model.get("after"));
        assertEquals(2L, after.get("tableCount"));
        assertEquals(true, after.get("full"));
        Map<String, Object> hostile = Parsed.object(Parsed.array(Parsed.object(Parsed.array(after.get("schemas")).get(0)).get("tables")).get(1));
        assertEquals(TABLE, hostile.get("name"));
        assertEquals(List.of("A", "B", "C", COLUMN), Parsed.object(Parsed.array(hostile.get("indexes")).get(0)).get("columns"));
        // <, > and & are escaped in the JSON text too, so it can be embedded in a page
        assertFalse(Parsed.text(files.json()).contains("<script"));
    }

    @Test
    void theFixIsTheWholeHintWhenThereIsNoneAndIsNotRepeatedWhenTheHintSaysIt() {
        Finding bare = new Finding("RULE", ResponseType.WARN, "Table name orders is not upper case", null, "Names", "Forecast", "1", "a",
                "c.xml", 3, 1, new Finding.Fix("orders", "ORDERS"));
        assertEquals("Change “orders” to “ORDERS”.", ForecastReport.fixText(bare));
        Finding said = new Finding("TABLE_NOT_FOUND", ResponseType.FAIL, "Table PARENTS does not exist", "Write PARENT for PARENTS.",
                null, null, "1", "a", "c.xml", 3, 1, new Finding.Fix("PARENTS", "PARENT"));
        assertNull(ForecastReport.fixText(said));
        Finding apostrophe = new Finding("RULE", ResponseType.WARN, "m", "Rename it.", null, null, "1", "a", "c.xml", 3, 1,
                new Finding.Fix("o'brien", "{0}"));
        assertEquals("Change “o'brien” to “{0}”.", ForecastReport.fixText(apostrophe), "data is not read as a pattern");
        assertNull(ForecastReport.fixText(new Finding("X", ResponseType.INFO, "m", "h", null, null, null, null, null, 0, 0)));
    }
}
