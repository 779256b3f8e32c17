package io.strata.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import io.strata.forecast.ForecastResult;

/** A forecast of 10,000 change sets: written in one go, complete and compact where it should be. */
class LargeForecastTest {

    @TempDir
    Path project;

    @Test
    void tenThousandChangeSets() throws Exception {
        ForecastResult result = Fixtures.large(10_000);
        ReportWriter writer = new ReportWriter();
        // No timing assertion (the machine may be busy); the times are printed. The first write runs
        // in a cold JVM, as in a CLI run; the second shows the steady state.
        long start = System.nanoTime();
        ReportFiles files = writer.forecast(project, result);
        long cold = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        writer.forecast(project.resolve("again"), result);
        long warm = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("Forecast report of 10,000 change sets written in %d ms (cold), %d ms (warm): html %,d, junit %,d, json %,d bytes%n",
                cold, warm, Files.size(files.html()), Files.size(files.junit()), Files.size(files.json()));

        Document junit = Parsed.xml(files.junit());
        Element suite = Parsed.xpath(junit, "/testsuites/testsuite").get(0);
        assertEquals("10000", suite.getAttribute("tests"));
        assertEquals("100", suite.getAttribute("failures"));
        assertEquals(10_000, junit.getElementsByTagName("testcase").getLength());
        assertEquals(100, junit.getElementsByTagName("failure").getLength());
        assertEquals(1000, junit.getElementsByTagName("system-out").getLength());
        Parsed.validateJunit(files.junit());

        Document html = Parsed.xml(files.html());
        assertEquals(10_000, Parsed.xpath(html, "//section[starts-with(@id,'cs-')]").size());
        List<Element> failures = Parsed.xpath(html, "//ol[@class='failures']/li/a");
        assertEquals(100, failures.size());
        assertEquals("#cs-100", failures.get(0).getAttribute("href"));
        assertEquals("#cs-10000", failures.get(99).getAttribute("href"));
        // 10,000 tables: counts and differences, not 10,000 full tables
        assertEquals(0, Parsed.xpath(html, "//table[@class='model']").size());
        assertEquals(10_000, Parsed.xpath(html, "//table[@class='diff']/tr[@class='added']").size());
        assertTrue(html.getDocumentElement().getTextContent().contains("The model is too large to list here"));

        Map<String, Object> json = Parsed.object(Parsed.json(Parsed.text(files.json())));
        assertEquals(10_000, Parsed.array(json.get("changeSets")).size());
        assertEquals(100L, Parsed.object(json.get("counts")).get("fail"));
        assertEquals(1000L, Parsed.object(json.get("counts")).get("warn"));
        Map<String, Object> after = Parsed.object(Parsed.object(json.get("model")).get("after"));
        assertEquals(10_000L, after.get("tableCount"));
        assertEquals(false, after.get("full"), "counts only beyond 2,000 tables");
        assertEquals(10_000, Parsed.array(Parsed.object(json.get("model")).get("differences")).size());
    }

    @Test
    void aMidSizedModelIsListedOneLineATable() throws Exception {
        ReportFiles files = new ReportWriter().forecast(project, Fixtures.large(500));
        Document html = Parsed.xml(files.html());
        assertEquals(0, Parsed.xpath(html, "//table[@class='model']").size());
        assertEquals(500, Parsed.xpath(html, "//*[@id='model-after']/following-sibling::table[@class='compact'][1]/tr").size() - 1);
        assertEquals("FAILED", Parsed.string(html, "//p[contains(@class,'verdict')]"), "every 100th change set fails");
        Map<String, Object> after = Parsed.object(Parsed.object(Parsed.object(Parsed.json(Parsed.text(files.json()))).get("model")).get("after"));
        assertEquals(true, after.get("full"));
        assertEquals(500, Parsed.array(Parsed.object(Parsed.array(after.get("schemas")).get(0)).get("tables")).size());
    }
}
