package io.strata.forecast;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.strata.core.RulesPhase;
import io.strata.liquibase.OperationException;
import io.strata.rules.CompiledRules;
import io.strata.rules.ProjectRules;
import io.strata.rules.RuleProblem;

/** The project's rules per phase folder, for one forecast; phases without rule files are not fired. */
final class PhaseRules {

    private final Map<RulesPhase, CompiledRules> rules = new EnumMap<>(RulesPhase.class);
    private final Map<String, Integer> files = new LinkedHashMap<>();

    private PhaseRules() {
    }

    /** Loads the rules (from the caches when unchanged); fails with every problem at its file and line. */
    static PhaseRules load(Path projectDir) throws OperationException {
        ProjectRules project;
        try {
            project = ForecastRules.loader().load(projectDir);
        } catch (IOException e) {
            throw new OperationException(OperationException.Kind.OTHER, "cannot read the rules of " + projectDir + ": " + e.getMessage(), e);
        }
        if (!project.ok()) {
            StringBuilder message = new StringBuilder("the rules do not compile; fix them (or run 'strata check-rules'):");
            for (RuleProblem problem : project.problems()) {
                message.append("\n  ").append(problem);
            }
            throw new OperationException(OperationException.Kind.CHANGELOG, message.toString(), null);
        }
        PhaseRules loaded = new PhaseRules();
        for (RulesPhase phase : RulesPhase.values()) {
            int count = project.ruleSet().sources(phase).size();
            loaded.files.put(phase.folderName(), count);
            if (count > 0) {
                project.rules(phase).ifPresent(r -> loaded.rules.put(phase, r));
            }
        }
        return loaded;
    }

    /** The phase's rules, or null when the phase has no rule file. */
    CompiledRules get(RulesPhase phase) {
        return rules.get(phase);
    }

    Map<String, Integer> fileCounts() {
        return files;
    }
}
