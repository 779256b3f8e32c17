package io.strata.core;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of report runs: each report is in {@code Reports/<stage>/<timestamp>/}, the timestamp in
 * UTC as {@code yyyyMMdd-HHmmss}, with {@code -01}, {@code -02}... for a second report in the same
 * second. The report writer names the folders with this; the IDE reads them back to show a run's
 * date and time and to put the newest first.
 */
public final class ReportRuns {

    /** The folder name's format (UTC). */
    public static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private static final Pattern RUN = Pattern.compile("(\\d{8}-\\d{6})(?:-(\\d{2,}))?");
    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    /** Newest first; folders that are not runs after the runs, by name. */
    public static final Comparator<String> NEWEST_FIRST = Comparator
            .comparing((String name) -> time(name).isEmpty())
            .thenComparing(Comparator.comparing((String name) -> time(name).orElse(Instant.EPOCH)).reversed())
            .thenComparing(Comparator.comparingInt(ReportRuns::sequence).reversed())
            .thenComparing(Comparator.naturalOrder());

    private ReportRuns() {
    }

    /** The folder name of a run started at {@code time} (before any {@code -NN} suffix). */
    public static String folderName(Instant time) {
        return TIMESTAMP.format(time);
    }

    /** When the run in this folder was written, or empty when the name is not a run's. */
    public static Optional<Instant> time(String folderName) {
        Matcher m = RUN.matcher(folderName == null ? "" : folderName);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.from(TIMESTAMP.parse(m.group(1))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The {@code -NN} of a second run in the same second, or 0. */
    private static int sequence(String folderName) {
        Matcher m = RUN.matcher(folderName);
        return m.matches() && m.group(2) != null ? Integer.parseInt(m.group(2)) : 0;
    }

    /**
     * The run's date and time for people, in {@code zone}: {@code 2026-11-30 16:30:12}, with
     * {@code (2)}, {@code (3)}... for later runs of the same second; null when the name is not a run's.
     */
    public static String readable(String folderName, ZoneId zone) {
        Optional<Instant> time = time(folderName);
        if (time.isEmpty()) {
            return null;
        }
        int n = sequence(folderName);
        return READABLE.withZone(zone).format(time.get()) + (n > 0 ? " (" + (n + 1) + ")" : "");
    }
}
