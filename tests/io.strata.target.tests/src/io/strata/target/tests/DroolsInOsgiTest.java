package io.strata.target.tests;

import io.strata.test.support.ProductThreads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.strata.rules.CompiledRules;
import io.strata.rules.Response;
import io.strata.rules.ResponseType;
import io.strata.rules.RuleCompilation;
import io.strata.rules.RuleCompiler;
import io.strata.rules.RuleProblem;
import io.strata.rules.RuleSource;
import liquibase.change.AddColumnConfig;
import liquibase.change.core.CreateIndexChange;

/** Drools 10.2 (wrapped in io.strata.lib.drools) compiling and firing DRL over Liquibase changes inside OSGi. */
class DroolsInOsgiTest {

    static final String RULE_NAME = "Index Too Many Columns Error";

    static final String INDEX_RULES = """
            package io.strata.rules.smoke

            import java.util.List
            import liquibase.change.core.CreateIndexChange
            import io.strata.rules.Response
            import io.strata.rules.ResponseType

            function boolean validate(List columns) {
                return columns == null || columns.size() <= 3;
            }

            rule "Index Too Many Columns Error"
                salience 1
            when
                CreateIndexChange($name : indexName, $cols : columns)
                eval(!validate($cols))
            then
                insert(new Response(ResponseType.FAIL, "The new index [" + $name + "] contains more than 3 columns.", drools.getRule().getName()));
            end
            """;

    /** Line 7 lacks the closing parenthesis of the pattern. */
    static final String BROKEN_RULES = """
            package io.strata.rules.smoke

            import liquibase.change.core.CreateIndexChange

            rule "Broken"
            when
                CreateIndexChange( indexName == "x"
            then
                System.out.println("never");
            end
            """;

    @Test
    void indexRuleFailsAnIndexWithFourColumnsAndPassesOneWithThree() {
        CompiledRules rules = compile(INDEX_RULES);
        assertIndexRule(rules);
    }

    @Test
    void syntaxErrorsComeBackAsProblemsWithLineNumbers() {
        RuleCompilation compilation = RuleCompiler.forStrataFacts().compile(List.of(new RuleSource("rules/broken.drl", BROKEN_RULES)));
        assertFalse(compilation.succeeded(), "a DRL with a syntax error compiled");
        List<RuleProblem> problems = compilation.problems();
        assertFalse(problems.isEmpty());
        for (RuleProblem problem : problems) {
            assertEquals("rules/broken.drl", problem.source());
            assertTrue(problem.line() > 0, "no line number in " + problem + " of " + problems);
            assertTrue(problem.line() <= BROKEN_RULES.lines().count(), "line number beyond the file in " + problem);
            assertFalse(problem.message().isBlank(), "empty message in " + problem);
        }
    }

    @Test
    void compileAndFireWorkOnAThreadWhoseContextClassLoaderIsThePlatformLoader() throws Exception {
        ProductThreads.call("drools-on-job-thread", () -> {
            assertIndexRule(compile(INDEX_RULES));
            return null;
        });
    }

    static CompiledRules compile(String drl) {
        RuleCompilation compilation = RuleCompiler.forStrataFacts().compile(List.of(new RuleSource("rules/index.drl", drl)));
        assertTrue(compilation.succeeded(), () -> "the rules did not compile: " + compilation.problems());
        return compilation.rules();
    }

    static void assertIndexRule(CompiledRules rules) {
        List<Response> wide = rules.fire(List.of(index("idx_wide", "a", "b", "c", "d")));
        assertEquals(1, wide.size(), "responses for a 4-column index: " + wide);
        Response response = wide.get(0);
        assertEquals(ResponseType.FAIL, response.getType());
        assertEquals("The new index [idx_wide] contains more than 3 columns.", response.getMessage());
        assertEquals(RULE_NAME, response.getRuleName());

        List<Response> narrow = rules.fire(List.of(index("idx_narrow", "a", "b", "c")));
        assertEquals(List.of(), narrow, "responses for a 3-column index");
    }

    static CreateIndexChange index(String name, String... columns) {
        CreateIndexChange change = new CreateIndexChange();
        change.setIndexName(name);
        change.setTableName("person");
        for (String column : columns) {
            AddColumnConfig config = new AddColumnConfig();
            config.setName(column);
            change.addColumn(config);
        }
        return change;
    }
}
