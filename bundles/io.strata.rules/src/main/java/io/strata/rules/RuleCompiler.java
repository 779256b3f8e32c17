package io.strata.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles DRL rule files into a rule base that can be run over facts.
 */
public final class RuleCompiler {

    private final ClassLoader factLoader;

    /**
     * @param factLoader a class loader that sees every class the rules import (Liquibase's change
     *     classes, Strata's model and {@link Response}); inside OSGi, the loader of a bundle that
     *     imports them
     */
    public RuleCompiler(ClassLoader factLoader) {
        this.factLoader = factLoader;
    }

    /** A compiler whose rules can see Liquibase's changes and Strata's responses. */
    public static RuleCompiler forStrataFacts() {
        return new RuleCompiler(RuleCompiler.class.getClassLoader());
    }

    /** Compiles the files together; returns the rules, or every problem found. */
    public RuleCompilation compile(List<RuleSource> sources) {
        return DroolsClassLoading.call(() -> {
            KnowledgeBuilderConfiguration configuration =
                    KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, factLoader);
            KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
            List<RuleProblem> problems = new ArrayList<>();
            for (RuleSource source : sources) {
                builder.add(ResourceFactory.newByteArrayResource(source.text().getBytes(StandardCharsets.UTF_8))
                        .setSourcePath(source.name()), ResourceType.DRL);
                if (builder.hasErrors()) {
                    for (KnowledgeBuilderError error : builder.getErrors()) {
                        problems.add(problem(source.name(), error));
                    }
                    builder.undo();
                }
            }
            if (!problems.isEmpty()) {
                return RuleCompilation.failed(problems);
            }
            KieBase base = builder.newKieBase();
            return RuleCompilation.compiled(new CompiledRules(base));
        });
    }

    private static RuleProblem problem(String source, KnowledgeBuilderError error) {
        int[] lines = error.getLines();
        int line = lines != null && lines.length > 0 ? Math.max(0, lines[0]) : 0;
        return new RuleProblem(source, line, 0, error.getMessage().strip());
    }
}
