package io.strata.rules;

import java.util.List;

/**
 * The verdict of Check Rules on a project: every rule file compiled, and what is wrong in them.
 *
 * @param files how many rule files the project has (all phases)
 * @param problems every problem, by phase, file and line; empty when the rules are fine
 */
public record RulesCheck(int files, List<RuleProblem> problems) {

    /** What Check Rules says when every rule file compiles. */
    public static final String NO_ERRORS = "Rule Validation returned no errors.";

    public RulesCheck {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
