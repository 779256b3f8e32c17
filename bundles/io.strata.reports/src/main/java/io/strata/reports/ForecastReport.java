package io.strata.reports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.strata.forecast.ChangeForecast;
import io.strata.forecast.ChangeSetForecast;
import io.strata.forecast.Finding;
import io.strata.forecast.ForecastResult;
import io.strata.rules.ResponseType;

/** The forecast report in its three formats. */
final class ForecastReport implements Report {

    private final ForecastResult result;
    private final Counts counts;
    private final List<ModelDiff.Change> differences;

    ForecastReport(ForecastResult result) {
        this.result = result;
        this.counts = Counts.of(result);
        this.differences = ModelDiff.compare(result.before(), result.after());
    }

    /** What the report counts, in one pass over the result. */
    record Counts(int changeSets, int changes, int fail, int warn, int info, int pass, int notSimulated, int skippedChanges,
            int notRun) {

        static Counts of(ForecastResult result) {
            int changes = 0;
            int[] severities = new int[ResponseType.values().length];
            int notSimulated = 0;
            int skipped = 0;
            int notRun = 0;
            for (ChangeSetForecast cs : result.changeSets()) {
                notRun += cs.runs() ? 0 : 1;
                count(cs.findings(), severities);
                for (ChangeForecast c : cs.changes()) {
                    changes++;
                    notSimulated += c.outcome() == ChangeForecast.Outcome.NOT_SIMULATED ? 1 : 0;
                    skipped += c.outcome() == ChangeForecast.Outcome.SKIPPED ? 1 : 0;
                    count(c.findings(), severities);
                }
            }
            count(result.findings(), severities);
            return new Counts(result.changeSets().size(), changes, severities[ResponseType.FAIL.ordinal()],
                    severities[ResponseType.WARN.ordinal()], severities[ResponseType.INFO.ordinal()],
                    severities[ResponseType.PASS.ordinal()], notSimulated, skipped, notRun);
        }

        private static void count(List<Finding> findings, int[] severities) {
            for (Finding f : findings) {
                severities[(f.severity() == null ? ResponseType.INFO : f.severity()).ordinal()]++;
            }
        }

        boolean passed() {
            return fail == 0;
        }
    }

    Counts counts() {
        return counts;
    }

    // ---------------------------------------------------------------- HTML

    @Override
    public void html(Sink out) throws IOException {
        HtmlPage.begin(out, ReportText.get("forecast.title"), result.stage());
        HtmlPage.verdict(out, counts.passed());
        HtmlPage.summaryStart(out);
        HtmlPage.summaryRow(out, "summary.project", result.project());
        HtmlPage.summaryRow(out, "summary.stage", result.stage());
        HtmlPage.summaryRow(out, "summary.databaseType", result.databaseType());
        HtmlPage.summaryRow(out, "summary.modelSource", result.modelSource());
        HtmlPage.summaryRow(out, "summary.started", HtmlPage.when(result.started()));
        HtmlPage.summaryRow(out, "summary.time", ModelText.duration(result.millis()));
        HtmlPage.summaryRow(out, "summary.changeSets", counts.changeSets);
        HtmlPage.summaryRow(out, "summary.changes", counts.changes);
        severityRow(out, ResponseType.FAIL, counts.fail);
        severityRow(out, ResponseType.WARN, counts.warn);
        severityRow(out, ResponseType.INFO, counts.info);
        HtmlPage.summaryRow(out, "summary.notSimulated", counts.notSimulated);
        if (counts.notRun > 0) {
            HtmlPage.summaryRow(out, "summary.notRun", counts.notRun);
        }
        HtmlPage.summaryRow(out, "summary.rulesRun", rulesRun());
        HtmlPage.summaryEnd(out);

        failures(out);
        if (!result.findings().isEmpty()) {
            out.raw("<h2 id=\"project-findings\">").text(ReportText.get("findings.projectWide")).raw("</h2>\n");
            findings(out, result.findings());
        }
        out.raw("<h2 id=\"change-sets\">").text(ReportText.get("changeSets.title")).raw("</h2>\n");
        if (result.changeSets().isEmpty()) {
            out.raw("<p>").text(ReportText.get("changeSets.none")).raw("</p>\n");
        }
        int n = 0;
        for (ChangeSetForecast cs : result.changeSets()) {
            changeSet(out, ++n, cs);
            out.spill();
        }
        ModelReport.html(out, result.before(), result.after(), differences);
        HtmlPage.end(out);
    }

    private String rulesRun() {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, Integer> e : new TreeMap<>(result.rulesRun()).entrySet()) {
            s.append(s.isEmpty() ? "" : ", ").append(e.getKey()).append(": ").append(e.getValue());
        }
        return s.isEmpty() ? "0" : s.toString();
    }

    private static void severityRow(Sink out, ResponseType severity, int count) {
        out.raw("<tr><th>");
        HtmlPage.severity(out, severity);
        out.raw("</th><td>").raw(count).raw("</td></tr>\n");
    }

    /** The FAIL findings first, each linking to its change set. */
    private void failures(Sink out) throws IOException {
        if (counts.fail == 0) {
            return;
        }
        out.raw("<h2 id=\"failures\">").text(ReportText.get("failures.title")).raw(" (").raw(counts.fail).raw(")</h2>\n<ol class=\"failures\">\n");
        int n = 0;
        for (ChangeSetForecast cs : result.changeSets()) {
            n++;
            for (Finding f : cs.allFindings()) {
                if (f.fails()) {
                    out.raw("<li><a href=\"#cs-").raw(n).raw("\"><code>").text(cs.id()).raw("</code></a> <span class=\"meta\">")
                            .text(location(cs)).raw(f.changeIndex() > 0 ? ", change #" + f.changeIndex() : "").raw("</span> ");
                    findingText(out, f);
                    out.raw("</li>\n");
                }
            }
            out.spill();
        }
        for (Finding f : result.findings()) {
            if (f.fails()) {
                out.raw("<li><a href=\"#project-findings\">").text(ReportText.get("failures.projectWide")).raw("</a> ");
                findingText(out, f);
                out.raw("</li>\n");
            }
        }
        out.raw("</ol>\n");
    }

    private static String location(ChangeSetForecast cs) {
        return cs.file() + (cs.line() > 0 ? ":" + cs.line() : "");
    }

    private void changeSet(Sink out, int n, ChangeSetForecast cs) {
        ResponseType worst = worst(cs);
        out.raw("<section class=\"cs").raw(worst == null ? "" : " " + worst.name()).raw(cs.runs() ? "" : " notrun")
                .raw("\" id=\"cs-").raw(n).raw("\">\n<h3>").raw(n).raw(". <code>").text(cs.id()).raw("</code> ")
                .text(ReportText.get("changeSet.by")).raw(" <code>").text(cs.author()).raw("</code>");
        if (worst != null && worst != ResponseType.PASS) {
            out.raw(' ');
            HtmlPage.severity(out, worst);
        }
        out.raw("</h3>\n<p class=\"meta\"><code>").text(location(cs)).raw("</code>");
        if (notEmpty(cs.labels())) {
            out.raw(" · ").text(ReportText.get("changeSet.labels")).raw(": <code>").text(cs.labels()).raw("</code>");
        }
        if (notEmpty(cs.contexts())) {
            out.raw(" · ").text(ReportText.get("changeSet.contexts")).raw(": <code>").text(cs.contexts()).raw("</code>");
        }
        out.raw("</p>\n");
        if (notEmpty(cs.comment())) {
            out.raw("<p class=\"comment\">").text(cs.comment()).raw("</p>\n");
        }
        if (!cs.runs() || notEmpty(cs.note())) {
            out.raw("<p class=\"note\">").text(cs.runs() ? "" : ReportText.get("changeSet.notRun") + (notEmpty(cs.note()) ? ": " : ""))
                    .text(cs.note()).raw("</p>\n");
        }
        findings(out, cs.findings());
        if (!cs.changes().isEmpty()) {
            out.raw("<ol class=\"changes\">\n");
            for (ChangeForecast c : cs.changes()) {
                ChangeForecast.Outcome outcome = c.outcome() == null ? ChangeForecast.Outcome.NOT_SIMULATED : c.outcome();
                out.raw("<li value=\"").raw(c.index()).raw("\"><span class=\"type\">").text(c.type()).raw("</span> ")
                        .text(c.description()).raw(" <span class=\"outcome ").raw(outcome.name()).raw("\">")
                        .text(ReportText.get(switch (outcome) {
                            case SIMULATED -> "change.simulated";
                            case NOT_SIMULATED -> "change.notSimulated";
                            case SKIPPED -> "change.skipped";
                        })).raw("</span>");
                if (notEmpty(c.effect())) {
                    out.raw(": ").text(c.effect());
                }
                out.raw('\n');
                findings(out, c.findings());
                out.raw("</li>\n");
            }
            out.raw("</ol>\n");
        }
        out.raw("</section>\n");
    }

    private static ResponseType worst(ChangeSetForecast cs) {
        ResponseType worst = worstOf(cs.findings(), null);
        for (ChangeForecast c : cs.changes()) {
            worst = worstOf(c.findings(), worst);
        }
        return worst;
    }

    private static ResponseType worstOf(List<Finding> findings, ResponseType worst) {
        for (Finding f : findings) {
            if (f.severity() != null && (worst == null || f.severity().ordinal() > worst.ordinal())) {
                worst = f.severity();
            }
        }
        return worst;
    }

    private static final Comparator<Finding> WORST_FIRST = Comparator
            .comparing((Finding f) -> f.severity() == null ? 0 : f.severity().ordinal()).reversed();

    private static void findings(Sink out, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(WORST_FIRST);
        out.raw("<ul class=\"findings\">\n");
        for (Finding f : sorted) {
            out.raw("<li>");
            findingText(out, f);
            out.raw("</li>\n");
        }
        out.raw("</ul>\n");
    }

    private static void findingText(Sink out, Finding f) {
        HtmlPage.severity(out, f.severity());
        out.raw(" <code>").text(f.code()).raw("</code> ");
        if (notEmpty(f.rule())) {
            out.raw("<span class=\"rule\">[").text(ReportText.get("finding.rule")).raw(" “").text(f.rule()).raw("”")
                    .text(notEmpty(f.phase()) ? ", " + f.phase() : "").raw("]</span> ");
        }
        out.text(f.message());
        String remedy = remedy(f);
        if (remedy != null) {
            out.raw("<div class=\"hint\">").text(remedy).raw("</div>");
        }
    }

    /** "What to change: " with the finding's hint and its quick fix in words, or null when it has neither. */
    private static String remedy(Finding f) {
        String fix = fixText(f);
        if (!notEmpty(f.hint()) && fix == null) {
            return null;
        }
        return ReportText.get("finding.hint") + (notEmpty(f.hint()) ? " " + f.hint() : "") + (fix == null ? "" : " " + fix);
    }

    /**
     * The finding's quick fix in words ("Change “PARENTS” to “PARENT”."), or null when it has none or its hint
     * already names both the name and its replacement.
     */
    static String fixText(Finding f) {
        Finding.Fix fix = f.fix();
        if (fix == null || !notEmpty(fix.replace()) || fix.with() == null) {
            return null;
        }
        if (notEmpty(f.hint()) && f.hint().contains(fix.replace()) && notEmpty(fix.with()) && f.hint().contains(fix.with())) {
            return null;
        }
        return java.text.MessageFormat.format(ReportText.get("finding.fix"), fix.replace(), fix.with());
    }

    private static boolean notEmpty(String s) {
        return s != null && !s.isEmpty();
    }

    // ---------------------------------------------------------------- JUnit XML

    /**
     * One test suite; a test case per change set (class name: its change log file, name: its id)
     * with a {@code <failure>} per FAIL finding, WARN and INFO findings as {@code <system-out>}, and
     * {@code <skipped>} when the change set does not run. Project-wide findings get a test case of
     * their own.
     */
    @Override
    public void junit(Sink out) throws IOException {
        int tests = counts.changeSets + (result.findings().isEmpty() ? 0 : 1);
        int failedTests = 0;
        int skippedTests = 0;
        for (ChangeSetForecast cs : result.changeSets()) {
            boolean fails = cs.allFindings().stream().anyMatch(Finding::fails);
            failedTests += fails ? 1 : 0;
            skippedTests += !fails && !cs.runs() ? 1 : 0;
        }
        failedTests += result.findings().stream().anyMatch(Finding::fails) ? 1 : 0;
        String time = JunitXml.seconds(result.millis());
        JunitXml.begin(out, "Strata forecast " + result.stage(), "forecast." + result.stage(), tests, failedTests, skippedTests, time,
                result.started());
        JunitXml.property(out, "project", result.project());
        JunitXml.property(out, "stage", result.stage());
        JunitXml.property(out, "databaseType", result.databaseType());
        JunitXml.property(out, "modelSource", result.modelSource());
        JunitXml.propertiesEnd(out);
        for (ChangeSetForecast cs : result.changeSets()) {
            List<Finding> all = cs.allFindings();
            boolean fails = all.stream().anyMatch(Finding::fails);
            out.raw("  <testcase classname=\"").text(cs.file()).raw("\" name=\"").text(cs.id()).raw("\">\n");
            for (Finding f : all) {
                if (f.fails()) {
                    JunitXml.failure(out, f.code(), f.message(), detail(f));
                }
            }
            if (!fails && !cs.runs()) {
                out.raw("    <skipped message=\"").text(notEmpty(cs.note()) ? cs.note() : ReportText.get("changeSet.notRun")).raw("\"/>\n");
            }
            StringBuilder log = new StringBuilder();
            for (Finding f : all) {
                if (!f.fails() && f.severity() != ResponseType.PASS) {
                    log.append(detail(f)).append('\n');
                }
            }
            for (ChangeForecast c : cs.changes()) {
                if (c.outcome() == ChangeForecast.Outcome.NOT_SIMULATED) {
                    log.append("change #").append(c.index()).append(' ').append(c.type()).append(": ")
                            .append(ReportText.get("change.notSimulated")).append(": ").append(c.effect()).append('\n');
                }
            }
            JunitXml.systemOut(out, log);
            out.raw("  </testcase>\n");
            out.spill();
        }
        if (!result.findings().isEmpty()) {
            out.raw("  <testcase classname=\"").text(result.project()).raw("\" name=\"")
                    .text(ReportText.get("findings.projectWide")).raw("\">\n");
            StringBuilder log = new StringBuilder();
            for (Finding f : result.findings()) {
                if (f.fails()) {
                    JunitXml.failure(out, f.code(), f.message(), detail(f));
                } else {
                    log.append(detail(f)).append('\n');
                }
            }
            JunitXml.systemOut(out, log);
            out.raw("  </testcase>\n");
        }
        JunitXml.end(out);
    }

    /** A finding on its own, in plain text. */
    private static String detail(Finding f) {
        StringBuilder s = new StringBuilder();
        s.append(f.severity()).append(' ').append(f.code());
        if (notEmpty(f.rule())) {
            s.append(" [").append(f.rule()).append(notEmpty(f.phase()) ? ", " + f.phase() : "").append(']');
        }
        String where = f.location();
        if (!where.isEmpty()) {
            s.append(' ').append(where);
        }
        if (f.changeSetId() != null && f.file() != null) {
            s.append(" (").append(f.changeSetId()).append(f.changeIndex() > 0 ? " change #" + f.changeIndex() : "").append(')');
        }
        s.append(": ").append(f.message());
        String remedy = remedy(f);
        if (remedy != null) {
            s.append("\n").append(remedy);
        }
        return s.toString();
    }

    // ---------------------------------------------------------------- JSON

    @Override
    public void json(Sink out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.object().field("report", "forecast").field("formatVersion", 1).field("project", result.project())
                .field("stage", result.stage()).field("databaseType", result.databaseType()).field("modelSource", result.modelSource())
                .field("started", result.started() == null ? null : result.started().toString()).field("millis", result.millis())
                .field("passed", counts.passed());
        json.object("counts").field("changeSets", counts.changeSets).field("changes", counts.changes).field("fail", counts.fail)
                .field("warn", counts.warn).field("info", counts.info).field("pass", counts.pass)
                .field("notSimulated", counts.notSimulated).field("skippedChanges", counts.skippedChanges)
                .field("changeSetsNotRun", counts.notRun).end();
        json.object("rulesRun");
        for (Map.Entry<String, Integer> e : new TreeMap<>(result.rulesRun()).entrySet()) {
            json.field(e.getKey(), e.getValue().longValue());
        }
        json.end();
        findingsJson(json, "findings", result.findings());
        json.array("changeSets");
        for (ChangeSetForecast cs : result.changeSets()) {
            json.object().field("id", cs.id()).field("author", cs.author()).field("file", cs.file()).field("line", cs.line())
                    .field("labels", cs.labels()).field("contexts", cs.contexts()).field("comment", cs.comment())
                    .field("runs", cs.runs()).field("note", cs.note());
            findingsJson(json, "findings", cs.findings());
            json.array("changes");
            for (ChangeForecast c : cs.changes()) {
                json.objectLine().field("index", c.index()).field("type", c.type()).field("description", c.description())
                        .field("outcome", c.outcome() == null ? null : c.outcome().name()).field("effect", c.effect());
                findingsJson(json, "findings", c.findings());
                json.end();
            }
            json.end();
            json.end();
            json.spill();
        }
        json.end();
        json.object("model");
        ModelReport.differencesJson(json, differences);
        boolean full = ModelReport.fullInJson(result.before(), result.after());
        ModelReport.json(json, "before", result.before(), full);
        ModelReport.json(json, "after", result.after(), full);
        json.end();
        json.end();
        out.raw('\n');
    }

    static void findingsJson(JsonWriter json, String name, List<Finding> findings) {
        json.array(name);
        for (Finding f : findings) {
            json.objectLine().field("severity", f.severity() == null ? null : f.severity().name()).field("code", f.code())
                    .field("message", f.message()).field("hint", f.hint()).field("rule", f.rule()).field("phase", f.phase())
                    .field("changeSetId", f.changeSetId()).field("author", f.author()).field("file", f.file())
                    .field("line", f.line()).field("changeIndex", f.changeIndex());
            if (f.fix() == null) {
                json.field("fix", (String) null);
            } else {
                json.object("fix").field("replace", f.fix().replace()).field("with", f.fix().with()).end();
            }
            json.end();
        }
        json.end();
    }
}
