package io.strata.forecast;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.strata.core.RulesPhase;
import io.strata.liquibase.OperationException;
import io.strata.rules.CompiledRules;
import io.strata.rules.RuleCompilation;
import io.strata.rules.RuleCompiler;
import io.strata.rules.RuleProblem;
import io.strata.rules.RuleSource;

/**
 * The project's rules, compiled per phase folder, with a class loader that sees the forecast's
 * facts (Liquibase's changes, the model, {@link StageInfo}, {@link Sql}) as well as Response.
 */
final class PhaseRules {

    private final Map<RulesPhase, CompiledRules> rules = new EnumMap<>(RulesPhase.class);
    private final Map<RulesPhase, Integer> files = new EnumMap<>(RulesPhase.class);

    private PhaseRules() {
    }

    /** Loads and compiles {@code Rules/<phase>/**.drl}; fails with every problem at its file and line. */
    static PhaseRules load(Path projectDir) throws OperationException {
        PhaseRules loaded = new PhaseRules();
        RuleCompiler compiler = new RuleCompiler(PhaseRules.class.getClassLoader());
        List<RuleProblem> problems = new ArrayList<>();
        for (RulesPhase phase : RulesPhase.values()) {
            List<RuleSource> sources = sources(projectDir, phase);
            loaded.files.put(phase, sources.size());
            if (sources.isEmpty()) {
                continue;
            }
            RuleCompilation compilation = compiler.compile(sources);
            if (compilation.succeeded()) {
                loaded.rules.put(phase, compilation.rules());
            } else {
                problems.addAll(compilation.problems());
            }
        }
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder("the rules do not compile; fix them (or run 'strata check-rules'):");
            for (RuleProblem problem : problems) {
                message.append("\n  ").append(problem);
            }
            throw new OperationException(OperationException.Kind.CHANGELOG, message.toString(), null);
        }
        return loaded;
    }

    static List<RuleSource> sources(Path projectDir, RulesPhase phase) throws OperationException {
        Path folder = phase.in(projectDir);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<RuleSource> sources = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p)).sorted().toList()) {
                sources.add(new RuleSource(projectDir.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new OperationException(OperationException.Kind.OTHER, "cannot read the rules in " + folder + ": " + e.getMessage(), e);
        }
        return sources;
    }

    /** The phase's rules, or null when the phase has no rule file. */
    CompiledRules get(RulesPhase phase) {
        return rules.get(phase);
    }

    Map<String, Integer> fileCounts() {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        files.forEach((phase, n) -> counts.put(phase.folderName(), n));
        return counts;
    }
}
