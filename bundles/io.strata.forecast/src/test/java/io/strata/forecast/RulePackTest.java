package io.strata.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.strata.core.ProgressMonitor;
import io.strata.core.RulesPhase;
import io.strata.core.project.StrataProject;
import io.strata.rules.RuleCompilation;
import io.strata.rules.RuleCompiler;
import io.strata.rules.RuleSource;

/** The standard rule pack: its list, that its rules compile alone and together, and that every rule passes its tests. */
class RulePackTest {

    private static final Path SOURCE = Path.of("src/main/resources/rulepacks/standard");

    @TempDir
    Path dir;

    @Test
    void theListNamesExactlyThePacksFiles() throws Exception {
        List<String> onDisk;
        try (Stream<Path> walk = Files.walk(SOURCE)) {
            onDisk = walk.filter(Files::isRegularFile).map(p -> SOURCE.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("pack.list")).sorted().toList();
        }
        RulePack pack = RulePack.named("standard");
        assertEquals(onDisk, pack.files().stream().sorted().toList(), "pack.list is out of date");
        assertTrue(pack.rules().size() >= 20, pack.rules().toString());
        for (String rule : pack.rules()) {
            assertEquals(Files.readString(SOURCE.resolve(rule), StandardCharsets.UTF_8), pack.text(rule), "read from the class loader: " + rule);
        }
    }

    @Test
    void everyRuleCompilesAloneAndAllCompileTogetherInTheirPhases() throws Exception {
        RulePack pack = RulePack.named("standard");
        RuleCompiler compiler = new RuleCompiler(RulePackTest.class.getClassLoader());
        for (RulesPhase phase : RulesPhase.values()) {
            List<RuleSource> sources = new ArrayList<>();
            for (String rule : pack.rules()) {
                if (rule.startsWith(phase.folderName() + "/")) {
                    RuleSource source = new RuleSource(rule, pack.text(rule));
                    RuleCompilation alone = compiler.compile(List.of(source));
                    assertTrue(alone.succeeded(), rule + ": " + alone.problems());
                    sources.add(source);
                }
            }
            assertFalse(sources.isEmpty(), "the pack has rules in " + phase.folderName());
            RuleCompilation together = compiler.compile(sources);
            assertTrue(together.succeeded(), phase + ": " + together.problems());
        }
    }

    @Test
    void everyRulePassesItsTestsWithAFailingAndAPassingCase() throws Exception {
        Files.writeString(dir.resolve("strata.yaml"), "name: pack\n");
        RulePack.CopyResult copied = RulePack.named("standard").copyInto(dir, false);
        assertEquals(RulePack.named("standard").rules().size(), copied.copied().size());
        RuleTests.Report report = RuleTests.ofProject(dir).run(ProgressMonitor.NONE);
        assertEquals(List.of(), report.problems());
        assertEquals(List.of(), report.untested(), "every rule of the pack has tests");
        String failures = report.cases().stream().filter(c -> !c.passed())
                .map(c -> c.file() + "\n" + RuleTests.diff(c)).collect(Collectors.joining("\n"));
        assertEquals("", failures);
        for (Map.Entry<String, List<RuleTests.Case>> rule : report.byRule().entrySet()) {
            assertTrue(rule.getValue().stream().anyMatch(c -> !c.actual().isEmpty()), rule.getKey() + " has a case it responds to");
            assertTrue(rule.getValue().stream().anyMatch(c -> c.actual().isEmpty()), rule.getKey() + " has a case it is silent on");
        }
        assertEquals(copied.copied().size(), report.byRule().size());
    }

    @Test
    void addingThePackNeverOverwritesWithoutForceAndTheSampleForecastsWithAllRules() throws Exception {
        Path sample = Path.of(System.getProperty("strata.sample", "../../examples/strata-sample"));
        io.strata.core.StrataProjects.copyProject(sample, dir.resolve("p"));
        Path project = dir.resolve("p");
        Path mine = project.resolve("Rules/Forecast/IndexColumnLimit.drl");
        Files.writeString(mine, "// my own\n");
        RulePack pack = RulePack.named("standard");
        RulePack.CopyResult first = pack.copyInto(project, false);
        assertEquals(List.of("Rules/Forecast/IndexColumnLimit.drl"), first.skipped());
        assertEquals("// my own\n", Files.readString(mine));
        assertFalse(Files.exists(project.resolve("Rules/Forecast/IndexColumnLimit.tests")), "a skipped rule's tests stay out too");
        assertEquals(pack.rules().size() - 1, first.copied().size());

        RulePack.CopyResult again = pack.copyInto(project, false);
        assertTrue(again.copied().isEmpty());
        assertEquals(pack.rules().size(), again.skipped().size());

        RulePack.CopyResult forced = pack.copyInto(project, true);
        assertEquals(pack.rules().size(), forced.overwritten().size());
        assertEquals(pack.text("Forecast/IndexColumnLimit.drl"), Files.readString(mine));

        ForecastResult result = new Forecaster(StrataProject.load(project), null).forecast(StrataProject.load(project).stage("DEV"),
                Forecaster.Options.empty(), ProgressMonitor.NONE);
        List<String> rules = result.allFindings().stream().filter(f -> f.rule() != null).map(Finding::rule).distinct().sorted().toList();
        assertTrue(rules.contains("Index Column Limit") && rules.contains("Index Too Many Columns Error")
                && rules.contains("Primary Key Required") && rules.contains("Change Set Comment Required"), rules.toString());
        assertEquals((int) pack.rules().stream().filter(r -> r.startsWith("Forecast/")).count() + 1, (int) result.rulesRun().get("Forecast"));
    }
}
