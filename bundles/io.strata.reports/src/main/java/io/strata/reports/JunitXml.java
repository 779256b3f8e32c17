package io.strata.reports;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The pieces of a JUnit XML file as Jenkins' JUnit plug-in and AWS CodeBuild read it:
 * {@code <testsuites>} with one {@code <testsuite>} (name, tests, failures, errors, skipped, time,
 * timestamp), its {@code <properties>}, then {@code <testcase classname name>} elements holding
 * {@code <failure message type>}, {@code <skipped message>} and {@code <system-out>}.
 */
final class JunitXml {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    private JunitXml() {
    }

    static void begin(Sink out, String suitesName, String suiteName, int tests, int failures, int skipped, String time,
            Instant started) {
        out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"").text(suitesName).raw("\" tests=\"").raw(tests)
                .raw("\" failures=\"").raw(failures).raw("\" errors=\"0\" time=\"").raw(time).raw("\">\n<testsuite name=\"")
                .text(suiteName).raw("\" tests=\"").raw(tests).raw("\" failures=\"").raw(failures).raw("\" errors=\"0\" skipped=\"")
                .raw(skipped).raw("\" time=\"").raw(time).raw('"');
        if (started != null) {
            out.raw(" timestamp=\"").raw(TIMESTAMP.format(started)).raw('"');
        }
        out.raw(">\n  <properties>\n");
    }

    static void property(Sink out, String name, String value) {
        out.raw("    <property name=\"").text(name).raw("\" value=\"").text(value == null ? "" : value).raw("\"/>\n");
    }

    static void propertiesEnd(Sink out) {
        out.raw("  </properties>\n");
    }

    static void failure(Sink out, String type, String message, String detail) {
        out.raw("    <failure message=\"").text(message == null ? "" : message).raw("\" type=\"").text(type == null ? "" : type)
                .raw("\">").text(detail).raw("</failure>\n");
    }

    /** The text as {@code <system-out>}, when there is any. */
    static void systemOut(Sink out, CharSequence text) {
        if (!text.isEmpty()) {
            out.raw("    <system-out>").text(text.toString()).raw("</system-out>\n");
        }
    }

    static void end(Sink out) {
        out.raw("</testsuite>\n</testsuites>\n");
    }

    /** Milliseconds as JUnit's seconds with three decimals. */
    static String seconds(long millis) {
        return String.format(java.util.Locale.ROOT, "%d.%03d", millis / 1000, millis % 1000);
    }
}
