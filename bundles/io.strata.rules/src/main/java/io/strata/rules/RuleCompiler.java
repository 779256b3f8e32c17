package io.strata.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
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

    /** Drools' follow-up to a failed DRL parse; it has no line and repeats nothing useful. */
    private static final String NULL_PACKAGE = "Parser returned a null Package";

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
                    problems.addAll(problems(source.name(), builder.getErrors()));
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

    /**
     * When the DRL parser fails, Drools reports the parser's errors (with lines) and then a
     * consequential "Parser returned a null Package" without a line; that one says nothing new and is
     * left out unless it is the only problem.
     */
    private static List<RuleProblem> problems(String source, Collection<KnowledgeBuilderError> errors) {
        List<RuleProblem> all = new ArrayList<>();
        for (KnowledgeBuilderError error : errors) {
            all.add(problem(source, error));
        }
        List<RuleProblem> informative = all.stream()
                .filter(p -> !(p.line() == 0 && NULL_PACKAGE.equals(p.message())))
                .toList();
        return informative.isEmpty() ? all : informative;
    }

    private static RuleProblem problem(String source, KnowledgeBuilderError error) {
        int[] lines = error.getLines();
        int line = lines != null && lines.length > 0 ? Math.max(0, lines[0]) : 0;
        return new RuleProblem(source, line, 0, error.getMessage().strip());
    }
}
