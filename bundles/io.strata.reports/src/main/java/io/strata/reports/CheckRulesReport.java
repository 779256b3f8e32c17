package io.strata.reports;

import java.io.IOException;
import java.util.List;

import io.strata.rules.RuleProblem;

/** The Check Rules report in its three formats. */
final class CheckRulesReport implements Report {

    private final RuleCheck check;

    CheckRulesReport(RuleCheck check) {
        this.check = check;
    }

    @Override
    public void html(Sink out) throws IOException {
        HtmlPage.begin(out, ReportText.get("checkRules.title"), check.scope());
        HtmlPage.verdict(out, check.passed());
        HtmlPage.summaryStart(out);
        HtmlPage.summaryRow(out, "summary.scope", check.scope());
        HtmlPage.summaryRow(out, "summary.started", HtmlPage.when(check.started()));
        HtmlPage.summaryRow(out, "summary.time", ModelText.duration(check.millis()));
        HtmlPage.summaryRow(out, "summary.files", check.allFiles().size());
        HtmlPage.summaryRow(out, "summary.problems", check.problems().size());
        HtmlPage.summaryEnd(out);
        if (check.passed()) {
            out.raw("<p class=\"result\">").text(ReportText.get("checkRules.noErrors")).raw("</p>\n");
        } else {
            out.raw("<table class=\"problems\"><tr><th>").text(ReportText.get("checkRules.location")).raw("</th><th>")
                    .text(ReportText.get("checkRules.message")).raw("</th></tr>\n");
            for (RuleProblem p : check.problems()) {
                out.raw("<tr><td><code>").text(location(p)).raw("</code></td><td class=\"mono\">").text(p.message())
                        .raw("</td></tr>\n");
                out.spill();
            }
            out.raw("</table>\n");
        }
        out.raw("<h2>").text(ReportText.get("summary.files")).raw("</h2>\n<ul>\n");
        for (String file : check.allFiles()) {
            int problems = check.problemsOf(file).size();
            out.raw("<li><code>").text(file).raw("</code>");
            if (problems > 0) {
                out.raw(" ");
                HtmlPage.severity(out, io.strata.rules.ResponseType.FAIL);
                out.raw(" ").raw(problems);
            }
            out.raw("</li>\n");
        }
        out.raw("</ul>\n");
        HtmlPage.end(out);
    }

    /** {@code file:line:column}, or what Drools told of it. */
    static String location(RuleProblem p) {
        return p.source() + (p.line() > 0 ? ":" + p.line() + (p.column() > 0 ? ":" + p.column() : "") : "");
    }

    /** A test case per rule file (class name: its folder with dots, name: the file name), a failure per problem. */
    @Override
    public void junit(Sink out) throws IOException {
        List<String> files = check.allFiles();
        int failed = 0;
        for (String file : files) {
            failed += check.problemsOf(file).isEmpty() ? 0 : 1;
        }
        JunitXml.begin(out, "Strata check rules", "check-rules", files.size(), failed, 0, JunitXml.seconds(check.millis()),
                check.started());
        JunitXml.property(out, "scope", check.scope());
        JunitXml.propertiesEnd(out);
        for (String file : files) {
            int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
            String folder = slash < 0 ? "Rules" : file.substring(0, slash).replace('/', '.').replace('\\', '.');
            out.raw("  <testcase classname=\"").text(folder).raw("\" name=\"").text(file.substring(slash + 1)).raw("\">\n");
            for (RuleProblem p : check.problemsOf(file)) {
                JunitXml.failure(out, "RULE_COMPILE", p.message(), location(p) + ": " + p.message());
            }
            out.raw("  </testcase>\n");
            out.spill();
        }
        JunitXml.end(out);
    }

    @Override
    public void json(Sink out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.object().field("report", "check-rules").field("formatVersion", 1).field("scope", check.scope())
                .field("started", check.started() == null ? null : check.started().toString()).field("millis", check.millis())
                .field("passed", check.passed()).field("message", check.passed() ? ReportText.get("checkRules.noErrors") : null)
                .field("files", check.allFiles());
        json.array("problems");
        for (RuleProblem p : check.problems()) {
            json.objectLine().field("file", p.source()).field("line", p.line()).field("column", p.column())
                    .field("message", p.message()).end();
        }
        json.end();
        json.end();
        out.raw('\n');
    }
}
