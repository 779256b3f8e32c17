package io.strata.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Report run folders: their time read back, shown for people, newest first. */
class ReportRunsTest {

    @Test
    void aRunFolderGivesItsUtcTimeAndAReadableLocalTime() {
        Instant time = Instant.parse("2026-11-30T15:30:12Z");
        assertEquals("20261130-153012", ReportRuns.folderName(time));
        assertEquals(time, ReportRuns.time("20261130-153012").orElseThrow());
        assertEquals(time, ReportRuns.time("20261130-153012-01").orElseThrow());
        assertEquals("2026-11-30 15:30:12", ReportRuns.readable("20261130-153012", ZoneOffset.UTC));
        assertEquals("2026-11-30 16:30:12", ReportRuns.readable("20261130-153012", ZoneId.of("Europe/Berlin")));
        assertEquals("2026-11-30 15:30:12 (2)", ReportRuns.readable("20261130-153012-01", ZoneOffset.UTC));
    }

    @Test
    void otherNamesAreNotRuns() {
        assertTrue(ReportRuns.time("notes").isEmpty());
        assertTrue(ReportRuns.time("20261399-999999").isEmpty());
        assertNull(ReportRuns.readable("2026-11-30", ZoneOffset.UTC));
    }

    @Test
    void newestFirstThenTheOtherFolders() {
        List<String> names = new ArrayList<>(List.of("20261129-235959", "old", "20261130-153012", "20261130-153012-01", "20261130-090000"));
        names.sort(ReportRuns.NEWEST_FIRST);
        assertEquals(List.of("20261130-153012-01", "20261130-153012", "20261130-090000", "20261129-235959", "old"), names);
    }
}
