package io.strata.rules;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.strata.core.RulesPhase;

/**
 * A project's rules, compiled phase by phase: what the forecast fires, and what Check Rules
 * reports. Loading takes unchanged phases from a cache (see {@link RuleSetLoader}).
 */
public final class ProjectRules {

    /** What one phase compiled to: rules, or the problems that stopped them. */
    record Phase(CompiledRules rules, List<RuleProblem> problems) {
    }

    private final RuleSet ruleSet;
    private final Map<RulesPhase, Phase> phases;

    ProjectRules(RuleSet ruleSet, Map<RulesPhase, Phase> phases) {
        this.ruleSet = ruleSet;
        this.phases = Collections.unmodifiableMap(new EnumMap<>(phases));
    }

    /**
     * Loads and compiles the rules of the project in {@code projectDir}, with the JVM-wide caches
     * (in memory, and {@code .strata/cache/rules/} in the project).
     */
    public static ProjectRules load(Path projectDir) throws IOException {
        return RuleSetLoader.shared().load(projectDir);
    }

    /** Check Rules with the JVM-wide caches: compiles what changed, reports every problem. */
    public static RulesCheck check(Path projectDir) throws IOException {
        return RuleSetLoader.shared().check(projectDir);
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** True when every phase compiled. */
    public boolean ok() {
        return phases.values().stream().allMatch(p -> p.problems().isEmpty());
    }

    /** Every problem of every phase. */
    public List<RuleProblem> problems() {
        List<RuleProblem> all = new ArrayList<>();
        for (Phase phase : phases.values()) {
            all.addAll(phase.problems());
        }
        return all;
    }

    public List<RuleProblem> problems(RulesPhase phase) {
        return phases.get(phase).problems();
    }

    /**
     * The phase's compiled rules (a phase without files has a rule base without rules), or empty
     * when its files have problems.
     */
    public Optional<CompiledRules> rules(RulesPhase phase) {
        return Optional.ofNullable(phases.get(phase).rules());
    }

    /** The verdict of Check Rules for these rules. */
    public RulesCheck check() {
        return new RulesCheck(ruleSet.fileCount(), problems());
    }
}
