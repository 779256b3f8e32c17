package io.strata.reports;

import java.io.IOException;

import io.strata.liquibase.ChangeSetInfo;

/** The deploy report in its three formats. */
final class DeployReport implements Report {

    private final DeployOutcome outcome;

    DeployReport(DeployOutcome outcome) {
        this.outcome = outcome;
    }

    @Override
    public void html(Sink out) throws IOException {
        HtmlPage.begin(out, ReportText.get("deploy.title"), outcome.stage());
        HtmlPage.verdict(out, outcome.succeeded());
        HtmlPage.summaryStart(out);
        HtmlPage.summaryRow(out, "summary.stage", outcome.stage());
        HtmlPage.summaryRow(out, "summary.started", HtmlPage.when(outcome.started()));
        HtmlPage.summaryRow(out, "summary.time", ModelText.duration(outcome.millis()));
        HtmlPage.summaryRow(out, "summary.applied", outcome.applied().size());
        HtmlPage.summaryRow(out, "summary.outcome", ReportText.get(outcome.succeeded() ? "passed" : "failed")
                + (outcome.failureKind() == null ? "" : " (" + outcome.failureKind() + ")"));
        HtmlPage.summaryEnd(out);
        if (!outcome.succeeded()) {
            out.raw("<h2 id=\"failure\">").text(ReportText.get("deploy.failureTitle")).raw("</h2>\n<pre class=\"failure\">")
                    .text(outcome.failure()).raw("</pre>\n");
        }
        out.raw("<h2 id=\"applied\">").text(ReportText.get("deploy.appliedTitle")).raw("</h2>\n");
        if (outcome.applied().isEmpty()) {
            out.raw("<p>").text(ReportText.get("deploy.noneApplied")).raw("</p>\n");
        } else {
            out.raw("<table class=\"applied\"><tr><th>#</th><th>id</th><th>").text(ReportText.get("changeSet.by"))
                    .raw("</th><th>").text(ReportText.get("checkRules.file")).raw("</th><th>").text(ReportText.get("changeSet.labels"))
                    .raw("</th><th>").text(ReportText.get("changeSet.contexts")).raw("</th><th>")
                    .text(ReportText.get("summary.changes")).raw("</th></tr>\n");
            int n = 0;
            for (ChangeSetInfo cs : outcome.applied()) {
                out.raw("<tr><td class=\"num\">").raw(++n).raw("</td><td><code>").text(cs.id()).raw("</code></td><td>")
                        .text(cs.author()).raw("</td><td><code>").text(cs.file()).raw("</code></td><td>").text(cs.labels())
                        .raw("</td><td>").text(cs.contexts()).raw("</td><td>").text(cs.description()).raw("</td></tr>\n");
                out.spill();
            }
            out.raw("</table>\n");
        }
        HtmlPage.end(out);
    }

    /** A test case per applied change set, and a failing one for the failure. */
    @Override
    public void junit(Sink out) throws IOException {
        int tests = outcome.applied().size() + (outcome.succeeded() ? 0 : 1);
        String time = JunitXml.seconds(outcome.millis());
        JunitXml.begin(out, "Strata deploy " + outcome.stage(), "deploy." + outcome.stage(), tests, outcome.succeeded() ? 0 : 1, 0,
                time, outcome.started());
        JunitXml.property(out, "stage", outcome.stage());
        JunitXml.propertiesEnd(out);
        for (ChangeSetInfo cs : outcome.applied()) {
            out.raw("  <testcase classname=\"").text(cs.file()).raw("\" name=\"").text(cs.id()).raw("\"/>\n");
            out.spill();
        }
        if (!outcome.succeeded()) {
            out.raw("  <testcase classname=\"deploy\" name=\"").text(outcome.stage()).raw("\">\n");
            JunitXml.failure(out, outcome.failureKind(), firstLine(outcome.failure()), outcome.failure());
            out.raw("  </testcase>\n");
        }
        JunitXml.end(out);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    @Override
    public void json(Sink out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.object().field("report", "deploy").field("formatVersion", 1).field("stage", outcome.stage())
                .field("started", outcome.started() == null ? null : outcome.started().toString()).field("millis", outcome.millis())
                .field("passed", outcome.succeeded()).field("failureKind", outcome.failureKind()).field("failure", outcome.failure());
        json.array("applied");
        for (ChangeSetInfo cs : outcome.applied()) {
            json.objectLine().field("id", cs.id()).field("author", cs.author()).field("file", cs.file()).field("labels", cs.labels())
                    .field("contexts", cs.contexts()).field("description", cs.description()).end();
            json.spill();
        }
        json.end();
        json.end();
        out.raw('\n');
    }
}
