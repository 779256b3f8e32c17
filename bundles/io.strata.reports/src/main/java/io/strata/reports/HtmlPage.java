package io.strata.reports;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import io.strata.rules.ResponseType;

/**
 * The frame every HTML report shares: one file with its stylesheet inline, no script, no external
 * resource, readable offline and printable. The markup is well-formed XML as well as HTML, so that
 * tests (and tools) can read it with an XML parser.
 */
final class HtmlPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:1.5em auto;max-width:75em;padding:0 1em;color:#1b1f23;line-height:1.4}
            h1{font-size:1.6em;margin:0 0 .3em}
            h2{font-size:1.3em;border-bottom:2px solid #d0d7de;padding-bottom:.2em;margin-top:1.6em}
            h3{font-size:1.05em;margin:.2em 0}
            h4{font-size:1em;margin:1em 0 .3em}
            code,.mono{font-family:ui-monospace,"DejaVu Sans Mono",Consolas,monospace;font-size:.92em}
            .verdict{display:inline-block;font-size:2.4em;font-weight:700;padding:.1em .6em;border:4px solid;border-radius:.2em;margin:.2em 0 .5em;letter-spacing:.05em}
            .verdict.passed{color:#116329;border-color:#1a7f37;background:#dafbe1}
            .verdict.failed{color:#a40e26;border-color:#cf222e;background:#ffebe9}
            table{border-collapse:collapse;margin:.4em 0}
            th,td{border:1px solid #d0d7de;padding:.2em .5em;text-align:left;vertical-align:top}
            th{background:#f6f8fa}
            table.summary th{width:14em}
            td.num{text-align:right}
            .sev{display:inline-block;min-width:3.2em;text-align:center;font-weight:700;font-size:.85em;border-radius:.2em;padding:0 .3em;border:1px solid}
            .sev.FAIL{color:#a40e26;background:#ffebe9;border-color:#cf222e}
            .sev.WARN{color:#7d4e00;background:#fff8c5;border-color:#bf8700}
            .sev.INFO{color:#0550ae;background:#ddf4ff;border-color:#54aeff}
            .sev.PASS{color:#116329;background:#dafbe1;border-color:#1a7f37}
            .cs{border:1px solid #d0d7de;border-left:6px solid #d0d7de;border-radius:.3em;padding:.4em .8em;margin:.6em 0}
            .cs.FAIL{border-left-color:#cf222e}
            .cs.WARN{border-left-color:#bf8700}
            .cs.notrun{opacity:.8;border-style:dashed}
            .meta{color:#57606a;margin:.1em 0}
            .note{font-style:italic;margin:.2em 0}
            ol.changes{margin:.3em 0;padding-left:1.8em}
            ol.changes>li{margin:.2em 0}
            .type{font-weight:600}
            .outcome{font-size:.85em;border-radius:.2em;padding:0 .3em;border:1px solid #8c959f}
            .outcome.NOT_SIMULATED{background:#fff8c5}
            .outcome.SKIPPED{background:#eaeef2}
            ul.findings{list-style:none;padding-left:0;margin:.3em 0}
            ul.findings>li{margin:.25em 0}
            .hint{margin:.1em 0 0 4em;color:#1a7f37}
            .rule{color:#57606a}
            .failures li{margin:.2em 0}
            .added{color:#116329}
            .removed{color:#a40e26}
            .changed{color:#7d4e00}
            footer{margin-top:2em;color:#57606a;font-size:.85em}
            @media print{body{max-width:none;margin:0}a{color:inherit;text-decoration:none}.cs{break-inside:avoid}h2{break-after:avoid}
            .verdict,.sev,.cs{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
            """;

    private HtmlPage() {
    }

    /** The head of the page and the start of its body with a title. */
    static void begin(Sink out, String title, String subtitle) {
        out.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>")
                .text(title).text(subtitle == null ? "" : ": " + subtitle).raw("</title>\n<style>\n").raw(STYLE)
                .raw("</style>\n</head>\n<body>\n<h1>").text(title).text(subtitle == null ? "" : ": " + subtitle).raw("</h1>\n");
    }

    static void end(Sink out) {
        out.raw("<footer>").text(ReportText.get("generated")).raw("</footer>\n</body>\n</html>\n");
    }

    static void verdict(Sink out, boolean passed) {
        out.raw("<p class=\"verdict ").raw(passed ? "passed" : "failed").raw("\">")
                .text(ReportText.get(passed ? "passed" : "failed")).raw("</p>\n");
    }

    static void summaryStart(Sink out) {
        out.raw("<table class=\"summary\">\n");
    }

    static void summaryRow(Sink out, String labelKey, String value) {
        out.raw("<tr><th>").text(ReportText.get(labelKey)).raw("</th><td>").text(value).raw("</td></tr>\n");
    }

    static void summaryRow(Sink out, String labelKey, long value) {
        out.raw("<tr><th>").text(ReportText.get(labelKey)).raw("</th><td>").raw(value).raw("</td></tr>\n");
    }

    static void summaryEnd(Sink out) {
        out.raw("</table>\n");
    }

    static void severity(Sink out, ResponseType severity) {
        String s = severity == null ? "INFO" : severity.name();
        out.raw("<span class=\"sev ").raw(s).raw("\">").raw(s).raw("</span>");
    }

    static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }
}
