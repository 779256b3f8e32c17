package io.strata.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.strata.forecast.RulePack;
import io.strata.forecast.RuleTests;

/** How the CLI prints {@code test-rules} (like a test runner) and {@code add-rules}. */
final class RuleTestsOutput {

    private RuleTestsOutput() {
    }

    /** Per rule file its cases, PASS or FAIL with the difference; malformed files; then the totals. */
    static void text(RuleTests.Report report, PrintStream out) {
        for (Map.Entry<String, List<RuleTests.Case>> rule : report.byRule().entrySet()) {
            out.println(rule.getKey());
            for (RuleTests.Case c : rule.getValue()) {
                out.println("  " + c.status() + "  " + c.name() + (c.passed() ? "" : "  (" + c.file() + ")"));
                if (!c.passed()) {
                    out.println("        expected: " + (c.expected().isEmpty() ? "no responses" : ""));
                    c.expected().forEach(e -> out.println("          " + e));
                    out.println("        actual: " + (c.actual().isEmpty() ? "no responses" : ""));
                    c.actual().forEach(e -> out.println("          " + e));
                    out.println("        difference (- expected, not given; + given, not expected):");
                    RuleTests.diff(c).lines().forEach(d -> out.println("          " + d));
                }
            }
        }
        for (RuleTests.Problem p : report.problems()) {
            out.println("  MALFORMED  " + p);
        }
        if (!report.untested().isEmpty()) {
            out.println("Rule files without tests (add X.tests/ next to X.drl): " + String.join(", ", report.untested()));
        }
        String totals = report.cases().size() + " case(s) in " + report.byRule().size() + " rule file(s): " + report.passed() + " passed, "
                + report.failed() + " failed" + (report.problems().isEmpty() ? "" : ", " + report.problems().size() + " malformed")
                + " (" + report.millis() + " ms)";
        if (report.cases().isEmpty() && report.problems().isEmpty()) {
            out.println("No rule tests: next to Rules/<Phase>/X.drl, put X.tests/<case>.xml with <case>.expected (see docs/rules.md).");
        } else {
            out.println(report.ok() ? "Rule tests passed: " + totals + "." : "RULE TESTS FAILED: " + totals + ".");
        }
    }

    static Map<String, Object> json(RuleTests.Report report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ok", report.ok());
        out.put("cases", report.cases().size());
        out.put("passed", report.passed());
        out.put("failed", report.failed());
        out.put("millis", report.millis());
        List<Object> results = new ArrayList<>();
        for (RuleTests.Case c : report.cases()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rule", c.rule());
            row.put("case", c.file());
            row.put("status", c.status().name());
            row.put("expected", c.expected());
            row.put("actual", c.actual());
            row.put("missing", c.missing());
            row.put("unexpected", c.unexpected());
            row.put("millis", c.millis());
            results.add(row);
        }
        out.put("results", results);
        List<Object> problems = new ArrayList<>();
        for (RuleTests.Problem p : report.problems()) {
            problems.add(Map.of("file", p.file(), "line", p.line(), "message", p.message()));
        }
        out.put("malformed", problems);
        out.put("untested", report.untested());
        return out;
    }

    static void text(String pack, RulePack.CopyResult result, PrintStream out) {
        if (!result.copied().isEmpty()) {
            out.println("Copied " + result.copied().size() + " rule file(s) of rule pack '" + pack + "' with " + result.testFiles()
                    + " test file(s):");
            for (String rule : result.copied()) {
                out.println("  " + rule + (result.overwritten().contains(rule) ? "  (overwritten)" : ""));
            }
        }
        if (!result.skipped().isEmpty()) {
            out.println("Left alone " + result.skipped().size() + " rule file(s) that are already there (--force overwrites them):");
            result.skipped().forEach(rule -> out.println("  " + rule));
        }
        if (result.copied().isEmpty()) {
            out.println("Nothing copied: every rule file of rule pack '" + pack + "' is already in Rules/.");
        } else {
            out.println("The rules run in every forecast from now on; 'strata test-rules' runs their tests. Edit the constants at the "
                    + "top of a file to configure it (docs/rules.md).");
        }
    }

    static Map<String, Object> json(String pack, RulePack.CopyResult result) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ok", true);
        out.put("pack", pack);
        out.put("copied", result.copied());
        out.put("overwritten", result.overwritten());
        out.put("skipped", result.skipped());
        out.put("testFiles", result.testFiles());
        return out;
    }
}
