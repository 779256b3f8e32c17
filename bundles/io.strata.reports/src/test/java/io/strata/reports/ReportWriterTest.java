package io.strata.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.strata.liquibase.StageOperations.DeployResult;

/** Where reports go: one new folder per report, named so that they sort by time. */
class ReportWriterTest {

    @TempDir
    Path project;

    @Test
    void reportsOfTheSameSecondGetFoldersOfTheirOwnInOrder() throws Exception {
        // a zone far from UTC: the folder name is UTC all the same
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T23:59:59.100Z"), ZoneId.of("Pacific/Kiritimati"));
        ReportWriter writer = new ReportWriter(clock);
        List<Path> dirs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            dirs.add(writer.deploy(project, DeployOutcome.succeeded(new DeployResult("DEV", List.of(), 1), clock.instant())).dir());
        }
        assertEquals("20261130-235959", dirs.get(0).getFileName().toString());
        assertEquals("20261130-235959-01", dirs.get(1).getFileName().toString());
        assertEquals("20261130-235959-11", dirs.get(11).getFileName().toString());
        ReportFiles next = new ReportWriter(Clock.offset(clock, java.time.Duration.ofSeconds(1))).deploy(project,
                DeployOutcome.succeeded(new DeployResult("DEV", List.of(), 1), clock.instant()));
        assertEquals("20261201-000000", next.dir().getFileName().toString());
        dirs.add(next.dir());
        List<String> sorted;
        try (Stream<Path> listed = Files.list(project.resolve("Reports/DEV"))) {
            sorted = listed.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(dirs.stream().map(p -> p.getFileName().toString()).toList(), sorted, "name order is time order");
        for (Path dir : dirs) {
            assertTrue(Files.isRegularFile(dir.resolve("deploy.html")));
        }
    }

    @Test
    void stageNamesCannotLeaveTheReportsFolder() throws Exception {
        assertEquals("DEV", ReportWriter.folderName("DEV"));
        assertEquals("test-1.eu_west", ReportWriter.folderName("test-1.eu_west"));
        assertEquals("Prüfung", ReportWriter.folderName("Prüfung"));
        assertEquals(".._x", ReportWriter.folderName("../x"));
        assertEquals("_..", ReportWriter.folderName(".."));
        assertEquals("_", ReportWriter.folderName(""));
        assertEquals("a_b_c_d", ReportWriter.folderName("a/b\\c:d"));
        assertEquals("_nul", ReportWriter.folderName("nul"));
        Path dir = new ReportWriter().deploy(project, DeployOutcome.succeeded(new DeployResult("../../etc", List.of(), 1), Instant.now())).dir();
        assertTrue(dir.normalize().startsWith(project.resolve("Reports")), dir.toString());
    }
}
