package io.strata.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Where Check Rules says a problem is, and that it says it once. */
class RuleProblemsTest {

    static List<RuleProblem> problems(RuleSource... sources) {
        RuleCompilation compilation = RuleCompiler.forStrataFacts().compile(List.of(sources));
        assertFalse(compilation.succeeded(), "compiled although broken");
        return compilation.problems();
    }

    static RuleProblem onlyProblem(String name, String drl) {
        List<RuleProblem> problems = problems(new RuleSource(name, drl));
        assertEquals(1, problems.size(), () -> "expected one problem: " + problems);
        return problems.get(0);
    }

    @Test
    void aSyntaxErrorHasItsLineAndColumnAndOneMessage() {
        String drl = """
                package x

                import liquibase.change.core.CreateIndexChange

                rule "Broken"
                    salience 1 1
                when
                    CreateIndexChange( indexName == "x" )
                then
                end
                """;
        RuleProblem problem = onlyProblem("Rules/Forecast/Broken.drl", drl);
        assertEquals("Rules/Forecast/Broken.drl", problem.source());
        assertEquals(6, problem.line());
        assertEquals(16, problem.column(), "the second '1' on '    salience 1 1'");
        assertEquals("mismatched input '1' in rule \"Broken\"", problem.message());
        assertEquals("Rules/Forecast/Broken.drl:6:16: mismatched input '1' in rule \"Broken\"", problem.toString());
    }

    @Test
    void aMissingParenthesisPointsAtTheTokenWhereTheParserStopped() {
        String drl = """
                package x
                import liquibase.change.core.CreateIndexChange
                rule "Broken"
                when
                    CreateIndexChange( indexName == "x"
                then
                end
                """;
        RuleProblem problem = onlyProblem("Rules/Forecast/Paren.drl", drl);
        assertEquals(6, problem.line());
        assertEquals(1, problem.column());
        assertTrue(problem.message().contains("'then'"), problem.message());
    }

    @Test
    void aJavaErrorInAConsequencePointsAtItsLineInTheDrlFile() {
        String drl = """
                package x

                import liquibase.change.core.CreateIndexChange

                rule "Fine"
                when
                    $c : CreateIndexChange( indexName == "x" )
                then
                    System.out.println($c);
                end

                rule "Java error"
                when
                    $c : CreateIndexChange( indexName == "x" )
                then
                    String s = $c.getIndexName();
                    int n = s.noSuchMethod();
                    System.out.println(n);
                end
                """;
        RuleProblem problem = onlyProblem("Rules/Forecast/Java.drl", drl);
        assertEquals(17, problem.line(), problem::toString);
        assertEquals(15, problem.column(), "the column of noSuchMethod: " + problem);
        assertEquals("rule \"Java error\": The method noSuchMethod() is undefined for the type String", problem.message());
    }

    @Test
    void twoJavaErrorsInOneConsequenceAreTwoProblemsOnTheirLines() {
        String drl = """
                package x
                import liquibase.change.core.CreateIndexChange
                rule "Two errors"
                when
                    $c : CreateIndexChange( )
                then
                    int n = $c.getIndexName();
                    insert(new Object());
                    Integer i = "x";
                end
                """;
        List<RuleProblem> problems = problems(new RuleSource("Rules/Forecast/Two.drl", drl));
        assertEquals(List.of(7, 9), problems.stream().map(RuleProblem::line).toList(), problems::toString);
        assertEquals(5, problems.get(0).column(), problems::toString);
    }

    @Test
    void aConsequenceOnTheLineOfThenPointsAtTheConsequence() {
        String drl = """
                package x
                import liquibase.change.core.CreateIndexChange
                rule "One line" when $c : CreateIndexChange( ) then int n = "x"; end
                """;
        RuleProblem problem = onlyProblem("Rules/Forecast/OneLine.drl", drl);
        assertEquals(3, problem.line(), problem::toString);
        assertEquals(53, problem.column(), problem::toString);
    }

    @Test
    void aJavaErrorInAFunctionPointsAtItsLineAndTheRulesThatUseItAreQuiet() {
        String drl = """
                package x
                import java.util.List

                function boolean validate(List columns) {
                    int limit = 3;
                    return columns.sizee() <= limit;
                }

                rule "Uses validate"
                when
                    $s : String( )
                then
                    System.out.println(validate(null));
                end
                """;
        RuleProblem problem = onlyProblem("Rules/Forecast/Function.drl", drl);
        assertEquals(6, problem.line(), problem::toString);
        assertEquals(20, problem.column(), problem::toString);
        assertTrue(problem.message().startsWith("function validate: The method sizee()"), problem.message());
    }

    @Test
    void anUnknownImportIsReportedOnceOnItsLine() {
        String drl = """
                package x

                import liquibase.change.core.NoSuchChange

                rule "Bad import"
                when
                    $c : NoSuchChange( )
                then
                    System.out.println($c);
                end
                """;
        RuleProblem problem = onlyProblem("Rules/Forecast/Import.drl", drl);
        assertEquals(3, problem.line(), problem::toString);
        assertEquals(8, problem.column(), problem::toString);
        assertTrue(problem.message().startsWith("cannot import liquibase.change.core.NoSuchChange"), problem.message());
    }

    @Test
    void anUnknownFieldInAPatternPointsAtTheConstraint() {
        String drl = """
                package x
                import liquibase.change.core.CreateIndexChange
                rule "Unknown field"
                when
                    $c : CreateIndexChange( noSuchField == "x" )
                then
                end
                """;
        RuleProblem problem = onlyProblem("Rules/Forecast/Field.drl", drl);
        assertEquals(5, problem.line());
        assertEquals(29, problem.column(), problem::toString);
        assertTrue(problem.message().contains("noSuchField") && !problem.message().contains("\n"), problem.message());
    }

    @Test
    void aConstraintThatDroolsRewroteIsFoundInTheText() {
        String drl = """
                package x
                import liquibase.change.core.DropTableChange
                rule "Cascade"
                when
                    $d : DropTableChange( cascadeConstraints == true )
                then
                end
                """;
        RuleProblem problem = onlyProblem("Rules/Forecast/Cascade.drl", drl);
        assertEquals(5, problem.line(), problem::toString);
        assertEquals(27, problem.column(), problem::toString);
        assertTrue(problem.message().startsWith("Unable to Analyse Expression cascadeConstraints == true: unable to resolve"),
                problem.message());
    }

    @Test
    void twoRulesWithOneNameInTwoFilesAreRefusedWithBothLocations() {
        String first = """
                package x.a
                rule "Same name"
                when
                then
                end
                """;
        String second = """
                package x.b

                rule "Other"
                when
                then
                end

                rule "Same name"
                when
                then
                end
                """;
        List<RuleProblem> problems = problems(new RuleSource("Rules/Forecast/A.drl", first),
                new RuleSource("Rules/Forecast/sub/B.drl", second));
        assertEquals(2, problems.size(), problems::toString);
        assertEquals("Rules/Forecast/A.drl:2:1: duplicate rule name \"Same name\": also defined at Rules/Forecast/sub/B.drl:8:1"
                + " (rule names must be unique within a Rules folder)", problems.get(0).toString());
        assertEquals("Rules/Forecast/sub/B.drl:8:1: duplicate rule name \"Same name\": also defined at Rules/Forecast/A.drl:2:1"
                + " (rule names must be unique within a Rules folder)", problems.get(1).toString());
    }

    @Test
    void twoRulesWithOneNameInOnePackageGiveOnlyStratasMessage() {
        String drl = """
                package x
                rule "A" when then end
                rule "A" when then end
                """;
        List<RuleProblem> problems = problems(new RuleSource("Rules/Forecast/Dup.drl", drl));
        assertEquals(2, problems.size(), problems::toString);
        assertEquals(List.of(2, 3), problems.stream().map(RuleProblem::line).toList());
        assertTrue(problems.stream().allMatch(p -> p.message().startsWith("duplicate rule name \"A\"")), problems::toString);
    }

    @Test
    void problemsOfSeveralFilesAreReportedPerFile() {
        List<RuleProblem> problems = problems(
                new RuleSource("Rules/Forecast/Good.drl", "package x\nrule \"Good\" when then end\n"),
                new RuleSource("Rules/Forecast/Bad1.drl", "package x\nrule \"Bad1\" salience 1 1 when then end\n"),
                new RuleSource("Rules/Forecast/Bad2.drl", "package x\n\nrule \"Bad2\" when String( ) then int i = \"\"; end\n"));
        assertEquals(List.of("Rules/Forecast/Bad1.drl:2", "Rules/Forecast/Bad2.drl:3"),
                problems.stream().map(p -> p.source() + ":" + p.line()).toList(), problems::toString);
    }
}
