package io.strata.rules;

import java.util.List;

/** The outcome of compiling rule files: the rules, or the problems that stopped them. */
public final class RuleCompilation {

    private final CompiledRules rules;
    private final List<RuleProblem> problems;

    private RuleCompilation(CompiledRules rules, List<RuleProblem> problems) {
        this.rules = rules;
        this.problems = List.copyOf(problems);
    }

    static RuleCompilation compiled(CompiledRules rules) {
        return new RuleCompilation(rules, List.of());
    }

    static RuleCompilation failed(List<RuleProblem> problems) {
        return new RuleCompilation(null, problems);
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }

    public List<RuleProblem> problems() {
        return problems;
    }

    /** @throws IllegalStateException if the compilation failed */
    public CompiledRules rules() {
        if (rules == null) {
            throw new IllegalStateException("The rules did not compile: " + problems);
        }
        return rules;
    }
}
