package io.strata.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.strata.core.ProgressMonitor;
import io.strata.core.project.StrataProject;
import io.strata.liquibase.ChangeLogMemory;

/**
 * Forecasts with the daemon's change log memory on, as the daemon runs them one after the other
 * ({@link ChangeLogMemory#settleShared} between them): an edit of an included change log file, of
 * a rule file or of strata.yaml shows in the next forecast, and two projects alternating each get
 * their own result, while unchanged change logs come from memory.
 */
class ChangeLogMemoryForecastTest {

    private static final String HEAD = ForecastTest.HEAD;
    private static final String TAIL = "\n</databaseChangeLog>\n";
    private static final String RULE = """
            package test.memory
            import java.util.List;
            import liquibase.change.core.CreateIndexChange;
            import io.strata.rules.Response;
            import io.strata.rules.ResponseType;
            rule "Index Too Many Columns"
                when
                    $c : CreateIndexChange($n : indexName, columns.size() > MAX)
                then
                    insert(new Response(ResponseType.FAIL, "The new index [" + $n + "] has too many columns.", drools.getRule().getName()));
            end
            """;

    @TempDir
    Path one;
    @TempDir
    Path two;

    @BeforeEach
    void memoryOn() {
        ChangeLogMemory.enable(10_000);
    }

    @AfterEach
    void memoryOff() {
        ChangeLogMemory.disable();
    }

    private static void project(Path dir, String name, int indexColumns) throws IOException {
        write(dir, "strata.yaml", "name: " + name + "\n");
        write(dir, "Deployment Plans/plan.yaml", """
                stages:
                  - name: DEV
                    type: h2
                    url: jdbc:h2:mem:unused
                    user: sa
                """);
        write(dir, "Change Log/changelog.xml", HEAD + """
                <include file="tables.xml" relativeToChangelogFile="true"/>
                """ + TAIL);
        tables(dir, indexColumns);
        write(dir, "Rules/Forecast/index.drl", RULE.replace("MAX", "3"));
    }

    private static void tables(Path dir, int indexColumns) throws IOException {
        StringBuilder columns = new StringBuilder();
        for (int i = 1; i <= indexColumns; i++) {
            columns.append("<column name=\"C").append(i).append("\"/>");
        }
        write(dir, "Change Log/tables.xml", HEAD + """
                <changeSet id="t" author="a">
                    <createTable tableName="T"><column name="C1" type="INT"/><column name="C2" type="INT"/>
                        <column name="C3" type="INT"/><column name="C4" type="INT"/></createTable>
                </changeSet>
                <changeSet id="i" author="a">
                    <createIndex tableName="T" indexName="IDX_T">COLUMNS</createIndex>
                </changeSet>
                """.replace("COLUMNS", columns) + TAIL);
    }

    private static void write(Path dir, String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** A forecast as the daemon runs it: then the memory is settled, as after a daemon command. */
    private static ForecastResult forecast(Path dir) throws Exception {
        StrataProject project = StrataProject.load(dir);
        ForecastResult result = new Forecaster(project, null).forecast(project.stage("DEV"), Forecaster.Options.empty(), ProgressMonitor.NONE);
        ChangeLogMemory.settleShared();
        return result;
    }

    private static List<String> fails(ForecastResult result) {
        return result.allFindings().stream().filter(f -> f.severity() == io.strata.rules.ResponseType.FAIL).map(Finding::message).toList();
    }

    @Test
    void editsOfAnIncludedFileARuleFileAndStrataYamlShowInTheNextForecast() throws Exception {
        project(one, "one", 3);
        // The first forecast in a JVM sets system properties (Drools, Liquibase) that are part of the key.
        assertEquals(List.of(), fails(forecast(one)));
        assertEquals(List.of(), fails(forecast(one)));
        assertEquals(List.of(), fails(forecast(one)));
        assertTrue(ChangeLogMemory.shared().hits() >= 1, "an unchanged change log came from memory");
        int hits = ChangeLogMemory.shared().hits();

        tables(one, 4);
        assertEquals(List.of("The new index [IDX_T] has too many columns."), fails(forecast(one)));
        assertEquals(hits, ChangeLogMemory.shared().hits(), "the edited change log was loaded again");

        write(one, "Rules/Forecast/index.drl", RULE.replace("MAX", "4"));
        assertEquals(List.of(), fails(forecast(one)));
        assertEquals(hits + 1, ChangeLogMemory.shared().hits(), "a rule's edit does not change the change log");

        // strata.yaml names another master change log, which includes nothing with an index.
        write(one, "Change Log/other.xml", HEAD + """
                <changeSet id="o" author="a"><createTable tableName="O"><column name="ID" type="INT"/></createTable></changeSet>
                """ + TAIL);
        write(one, "Rules/Forecast/index.drl", RULE.replace("MAX", "3"));
        assertEquals(1, fails(forecast(one)).size());
        assertEquals(hits + 2, ChangeLogMemory.shared().hits());
        write(one, "strata.yaml", "name: one\nchangelog: Change Log/other.xml\n");
        ForecastResult other = forecast(one);
        assertEquals(List.of(), fails(other));
        assertEquals(List.of("o"), other.changeSets().stream().map(ChangeSetForecast::id).toList());
        assertEquals(hits + 2, ChangeLogMemory.shared().hits());
        write(one, "strata.yaml", "name: one\n");
        assertEquals(1, fails(forecast(one)).size());
        assertEquals(hits + 3, ChangeLogMemory.shared().hits(), "back to the first master change log, kept in memory");
    }

    @Test
    void twoProjectsAlternatingGetTheirOwnResults() throws Exception {
        project(one, "one", 4);
        project(two, "two", 2);
        forecast(one);
        for (int i = 0; i < 3; i++) {
            ForecastResult first = forecast(one);
            ForecastResult second = forecast(two);
            assertEquals("one", first.project());
            assertEquals(1, fails(first).size(), first.allFindings().toString());
            assertEquals("two", second.project());
            assertFalse(second.failed(), second.allFindings().toString());
        }
        assertTrue(ChangeLogMemory.shared().hits() >= 4, "hits " + ChangeLogMemory.shared().hits());
        assertEquals(2, ChangeLogMemory.shared().size());
    }
}
