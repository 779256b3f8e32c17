package io.strata.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.strata.forecast.ChangeForecast;
import io.strata.forecast.ChangeSetForecast;
import io.strata.forecast.Finding;
import io.strata.forecast.ForecastResult;
import io.strata.rules.ResponseType;

/** How the CLI prints a forecast: failures and warnings like a test runner, or the whole result as JSON. */
final class ForecastOutput {

    private ForecastOutput() {
    }

    /** Failures, then warnings, each at file:line with the change set, the rule and what to change; then the verdict. */
    static void text(ForecastResult result, PrintStream out) {
        long changes = result.changeSets().stream().mapToLong(c -> c.changes().size()).sum();
        out.println("Forecast of stage " + result.stage() + " (" + result.modelSource() + "): " + result.changeSets().size()
                + " change set(s), " + changes + " change(s), " + result.millis() + " ms");
        for (ResponseType severity : List.of(ResponseType.FAIL, ResponseType.WARN)) {
            for (Finding f : result.allFindings()) {
                if (f.severity() != severity) {
                    continue;
                }
                out.println("  " + severity + "  " + (f.location().isEmpty() ? "(project)" : f.location())
                        + (f.changeSetId() == null ? "" : "  " + f.changeSetId()) + "  "
                        + (f.rule() != null ? "[" + f.phase() + ": " + f.rule() + "] " : "[" + f.code() + "] ") + f.message());
                if (f.hint() != null) {
                    out.println("        what to change: " + f.hint());
                }
            }
        }
        long fails = result.count(ResponseType.FAIL);
        long warns = result.count(ResponseType.WARN);
        String counts = fails + " failure(s), " + warns + " warning(s), " + result.count(ResponseType.INFO) + " note(s), "
                + result.notSimulated() + " change(s) not simulated";
        out.println(result.failed() ? "FORECAST FAILED: " + counts + "." : "Forecast passed: " + counts + ".");
    }

    /** The whole result: counts, every change set with its changes and findings, the project-wide findings. */
    static Map<String, Object> json(ForecastResult result) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ok", !result.failed());
        out.put("stage", result.stage());
        out.put("databaseType", result.databaseType());
        out.put("modelSource", result.modelSource());
        out.put("started", result.started());
        out.put("millis", result.millis());
        out.put("failures", result.count(ResponseType.FAIL));
        out.put("warnings", result.count(ResponseType.WARN));
        out.put("notes", result.count(ResponseType.INFO));
        out.put("notSimulated", result.notSimulated());
        out.put("rulesFiles", new LinkedHashMap<>(result.rulesRun()));
        List<Object> changeSets = new ArrayList<>();
        for (ChangeSetForecast cs : result.changeSets()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", cs.id());
            row.put("author", cs.author());
            row.put("file", cs.file());
            row.put("line", cs.line());
            row.put("labels", cs.labels());
            row.put("contexts", cs.contexts());
            row.put("runs", cs.runs());
            row.put("note", cs.note());
            List<Object> changes = new ArrayList<>();
            for (ChangeForecast c : cs.changes()) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("index", c.index());
                change.put("type", c.type());
                change.put("outcome", c.outcome().name());
                change.put("effect", c.effect());
                changes.add(change);
            }
            row.put("changes", changes);
            changeSets.add(row);
        }
        out.put("changeSets", changeSets);
        List<Object> findings = new ArrayList<>();
        for (Finding f : result.allFindings()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("severity", f.severity().name());
            row.put("code", f.code());
            row.put("rule", f.rule());
            row.put("phase", f.phase());
            row.put("message", f.message());
            row.put("hint", f.hint());
            row.put("changeSet", f.changeSetId());
            row.put("author", f.author());
            row.put("file", f.file());
            row.put("line", f.line());
            row.put("change", f.changeIndex());
            findings.add(row);
        }
        out.put("findings", findings);
        return out;
    }
}
