package io.strata.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.strata.core.RulesPhase;
import io.strata.core.StrataProjects;
import liquibase.change.AddColumnConfig;
import liquibase.change.core.CreateIndexChange;

/** A project's rule set: loaded by phase, checked, and not compiled again while it is unchanged. */
class ProjectRulesTest {

    static final String SAMPLE_RULE = "Rules/Forecast/IndexTooManyColumns.drl";

    @TempDir
    Path temp;

    Path project;

    @BeforeEach
    void copySample() throws IOException {
        Path sample = Path.of(System.getProperty("strata.examples", "../../examples"), "strata-sample");
        project = StrataProjects.copyProject(sample, temp.resolve("strata-sample"));
    }

    RuleSetLoader newLoader() {
        return new RuleSetLoader(RuleCompiler.forStrataFacts(), List.of(Response.class, liquibase.change.Change.class));
    }

    @Test
    void theSamplesRuleHasNoErrorsAndFailsAFourColumnIndex() throws IOException {
        RuleSetLoader loader = newLoader();
        RulesCheck check = loader.check(project);
        assertTrue(check.ok(), () -> "problems: " + check.problems());
        assertEquals(1, check.files());

        ProjectRules rules = loader.load(project);
        assertEquals(List.of(SAMPLE_RULE), rules.ruleSet().sources(RulesPhase.FORECAST).stream().map(RuleSource::name).toList());
        assertSampleRule(rules.rules(RulesPhase.FORECAST).orElseThrow());
        assertEquals(List.of(), rules.rules(RulesPhase.PRE_FORECAST).orElseThrow().fire(List.of(index("i", "a", "b", "c", "d"))),
                "a phase without files answers nothing");
    }

    @Test
    void filesInSubFoldersAreLoadedIntoTheirPhase() throws IOException {
        write("Rules/PostForecast/naming/deep/Names.drl", "package x\nrule \"Names\" when then end\n");
        write("Rules/PostForecast/notes.txt", "not a rule");
        ProjectRules rules = newLoader().load(project);
        assertTrue(rules.ok(), rules.problems()::toString);
        assertEquals(List.of("Names"), rules.rules(RulesPhase.POST_FORECAST).orElseThrow().ruleNames());
        assertEquals(2, rules.ruleSet().fileCount());
    }

    @Test
    void aPhaseWithAnErrorHasProblemsAndNoRulesAndOtherPhasesStillLoad() throws IOException {
        write("Rules/SqlRules/Bad.drl", "package x\nrule \"Bad\" salience 1 1 when then end\n");
        ProjectRules rules = newLoader().load(project);
        assertFalse(rules.ok());
        assertEquals(List.of("Rules/SqlRules/Bad.drl:2:23: mismatched input '1' in rule \"Bad\""),
                rules.problems(RulesPhase.SQL_RULES).stream().map(RuleProblem::toString).toList());
        assertTrue(rules.rules(RulesPhase.SQL_RULES).isEmpty());
        assertSampleRule(rules.rules(RulesPhase.FORECAST).orElseThrow());
    }

    @Test
    void anUnchangedRuleSetIsNotCompiledAgainInThisJvmNorInTheNext() throws IOException {
        RuleSetLoader ide = newLoader();
        assertTrue(ide.check(project).ok());
        assertEquals(1, ide.statistics().compiled());
        assertTrue(ide.check(project).ok());
        ProjectRules loaded = ide.load(project);
        assertEquals(new RuleSetLoader.Statistics(1, 2, 0, 0), ide.statistics(), "second check and load from memory");
        assertSampleRule(loaded.rules(RulesPhase.FORECAST).orElseThrow());

        // A new process: only the disk cache in .strata/cache/rules is left.
        RuleSetLoader cli = newLoader();
        assertTrue(cli.check(project).ok());
        assertEquals(new RuleSetLoader.Statistics(0, 0, 1, 0), cli.statistics(), "the verdict came from disk");
        cli.clearMemory();
        ProjectRules fromDisk = cli.load(project);
        assertEquals(new RuleSetLoader.Statistics(0, 0, 1, 1), cli.statistics(), "the compiled packages came from disk");
        assertSampleRule(fromDisk.rules(RulesPhase.FORECAST).orElseThrow());
        assertEquals(List.of("Index Too Many Columns Error"), fromDisk.rules(RulesPhase.FORECAST).orElseThrow().ruleNames());
    }

    @Test
    void changingOneByteCompilesThatPhaseAgain() throws IOException {
        write("Rules/PreForecast/Other.drl", "package x\nrule \"Other\" when then end\n");
        RuleSetLoader loader = newLoader();
        assertTrue(loader.load(project).ok());
        assertEquals(2, loader.statistics().compiled());

        Path rule = project.resolve(SAMPLE_RULE);
        String text = Files.readString(rule);
        Files.writeString(rule, text.replace("size() <= 3", "size() <= 4"));
        ProjectRules changed = loader.load(project);
        assertEquals(3, loader.statistics().compiled(), "only the Forecast phase again");
        assertEquals(1, loader.statistics().fromMemory(), "PreForecast unchanged");
        assertEquals(List.of(), changed.rules(RulesPhase.FORECAST).orElseThrow().fire(List.of(index("i", "a", "b", "c", "d"))),
                "the new rule allows four columns");

        RuleSetLoader next = newLoader();
        next.check(project);
        assertEquals(0, next.statistics().compiled(), "the disk cache holds the new verdicts");
        Files.writeString(rule, text);
        next.check(project);
        assertEquals(1, next.statistics().compiled(), "back to the old text: the old entry was replaced, so it compiles");
        try (Stream<Path> files = Files.list(project.resolve(".strata/cache/rules"))) {
            assertEquals(4, files.count(), "a verdict and packages per phase with files, older entries removed");
        }
    }

    @Test
    void theVerdictOfABrokenRuleSetIsCachedWithItsProblemsIntact() throws IOException {
        write("Rules/Forecast/Broken.drl", "package x\n\nrule \"Broken\"\n    salience 1 1\nwhen then end\n");
        write("Rules/Forecast/Tab.drl", "package x\nrule \"Tab\"\twhen\n\tthen\n\t\tint i = \"a\\tb\";\nend\n");
        RulesCheck first = newLoader().check(project);
        assertEquals(2, first.problems().size(), first.problems()::toString);
        RuleSetLoader next = newLoader();
        RulesCheck second = next.check(project);
        assertEquals(new RuleSetLoader.Statistics(0, 0, 1, 0), next.statistics());
        assertEquals(first, second);
    }

    @Test
    void anotherBuildOfTheFactClassesDoesNotUseTheCache() throws IOException {
        newLoader().check(project);
        String ours = RuleSetLoader.environmentKey(List.of(Response.class));
        String other = RuleSetLoader.environmentKey(List.of(Test.class));
        assertNotEquals(ours, other);
        assertTrue(ours.contains(org.drools.base.util.Drools.getFullVersion()), ours);

        RuleSetLoader otherFacts = new RuleSetLoader(RuleCompiler.forStrataFacts(), List.of(Response.class, Test.class));
        assertTrue(otherFacts.check(project).ok());
        assertEquals(1, otherFacts.statistics().compiled());
    }

    @Test
    void aDamagedCacheEntryIsCompiledAgain() throws IOException {
        RuleSetLoader loader = newLoader();
        loader.load(project);
        Path cache = project.resolve(".strata/cache/rules");
        try (Stream<Path> files = Files.list(cache)) {
            for (Path file : files.toList()) {
                Files.write(file, "garbage".getBytes(StandardCharsets.UTF_8));
            }
        }
        RuleSetLoader next = newLoader();
        ProjectRules rules = next.load(project);
        assertEquals(1, next.statistics().compiled());
        assertSampleRule(rules.rules(RulesPhase.FORECAST).orElseThrow());
    }

    @Test
    void pooledSessionsDoNotCarryFactsFromOneFireToTheNext() throws IOException {
        CompiledRules rules = newLoader().load(project).rules(RulesPhase.FORECAST).orElseThrow();
        for (int i = 0; i < 5; i++) {
            assertEquals(1, rules.fire(List.of(index("wide" + i, "a", "b", "c", "d"))).size());
            assertEquals(List.of(), rules.fire(List.of(index("narrow" + i, "a"))));
        }
    }

    void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    static void assertSampleRule(CompiledRules rules) {
        List<Response> responses = rules.fire(List.of(index("IDX_ADDRESS_ALL", "a", "b", "c", "d"), index("IDX_OK", "a", "b", "c")));
        assertEquals(1, responses.size(), responses::toString);
        assertEquals(ResponseType.FAIL, responses.get(0).getType());
        assertEquals("The new index [IDX_ADDRESS_ALL] contains more than 3 columns.", responses.get(0).getMessage());
        assertEquals("Index Too Many Columns Error", responses.get(0).getRuleName());
    }

    static CreateIndexChange index(String name, String... columns) {
        CreateIndexChange change = new CreateIndexChange();
        change.setIndexName(name);
        change.setTableName("address");
        for (String column : columns) {
            AddColumnConfig config = new AddColumnConfig();
            config.setName(column);
            change.addColumn(config);
        }
        return change;
    }
}
