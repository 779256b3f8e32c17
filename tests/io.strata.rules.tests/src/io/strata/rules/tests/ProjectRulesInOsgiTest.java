package io.strata.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.strata.core.RulesPhase;
import io.strata.core.StrataProjects;
import io.strata.rules.CompiledRules;
import io.strata.rules.ProjectRules;
import io.strata.rules.Response;
import io.strata.rules.ResponseType;
import io.strata.rules.RuleCompiler;
import io.strata.rules.RuleProblem;
import io.strata.rules.RuleSetLoader;
import io.strata.rules.RulesCheck;
import io.strata.test.support.ProductThreads;
import liquibase.change.AddColumnConfig;
import liquibase.change.core.CreateIndexChange;

/**
 * A project's rules inside OSGi, on threads like the product's Job threads: Check Rules, and the
 * compiled packages written to .strata/cache/rules by one loader and read back by another (a
 * later CLI run) without compiling; the rules read back see Liquibase's classes.
 */
class ProjectRulesInOsgiTest {

    @TempDir
    Path temp;

    Path project;

    @BeforeEach
    void copySample() throws IOException {
        Path sample = Path.of(System.getProperty("strata.examples", "../../examples"), "strata-sample");
        project = StrataProjects.copyProject(sample, temp.resolve("strata-sample"));
    }

    static RuleSetLoader newLoader() {
        return new RuleSetLoader(RuleCompiler.forStrataFacts(), List.of(Response.class, liquibase.change.Change.class));
    }

    @Test
    void compiledRulesWrittenByOneLoaderAreReadByTheNextWithoutCompiling() throws Exception {
        ProductThreads.call("first-run", () -> {
            RuleSetLoader first = newLoader();
            ProjectRules rules = first.load(project);
            assertTrue(rules.ok(), rules.problems()::toString);
            assertEquals(1, first.statistics().compiled());
            assertIndexRule(rules.rules(RulesPhase.FORECAST).orElseThrow());
            return null;
        });
        ProductThreads.call("second-run", () -> {
            RuleSetLoader second = newLoader();
            assertTrue(second.check(project).ok());
            ProjectRules rules = second.load(project);
            assertEquals(new RuleSetLoader.Statistics(0, 0, 1, 1), second.statistics(),
                    "verdict then packages from .strata/cache/rules, nothing compiled");
            assertIndexRule(rules.rules(RulesPhase.FORECAST).orElseThrow());
            return null;
        });
    }

    @Test
    void checkRulesReportsAConsequenceErrorOnItsDrlLineInsideOsgi() throws Exception {
        Files.writeString(project.resolve("Rules/Forecast/Consequence.drl"), """
                package io.strata.rules.osgi

                import liquibase.change.core.CreateIndexChange

                rule "Consequence error"
                when
                    $c : CreateIndexChange( )
                then
                    int columns = $c.getColumns();
                end
                """);
        RulesCheck check = ProductThreads.call("check-rules", () -> ProjectRules.check(project));
        assertEquals(2, check.files());
        assertEquals(1, check.problems().size(), check.problems()::toString);
        RuleProblem problem = check.problems().get(0);
        assertEquals("Rules/Forecast/Consequence.drl", problem.source());
        assertEquals(9, problem.line(), problem::toString);
        assertEquals(5, problem.column(), problem::toString);
        assertTrue(problem.message().startsWith("rule \"Consequence error\": Type mismatch"), problem.message());
    }

    static void assertIndexRule(CompiledRules rules) {
        List<Response> responses = rules.fire(List.of(index("IDX_WIDE", "a", "b", "c", "d"), index("IDX_NARROW", "a")));
        assertEquals(1, responses.size(), responses::toString);
        assertEquals(ResponseType.FAIL, responses.get(0).getType());
        assertEquals("The new index [IDX_WIDE] contains more than 3 columns.", responses.get(0).getMessage());
    }

    static CreateIndexChange index(String name, String... columns) {
        CreateIndexChange change = new CreateIndexChange();
        change.setIndexName(name);
        for (String column : columns) {
            AddColumnConfig config = new AddColumnConfig();
            config.setName(column);
            change.addColumn(config);
        }
        return change;
    }
}
