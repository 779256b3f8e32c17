package io.strata.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles the DRL files of one rule set (a phase of a project) into a rule base that can be run
 * over facts. Problems carry the file, line and column in the .drl file (see
 * {@link DroolsProblems}); two rules with one name anywhere in the set are refused.
 */
public final class RuleCompiler {

    private static final String DUPLICATE_RULE = "Duplicate rule name: ";

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

    /** The class loader the rules see their fact classes through. */
    public ClassLoader factLoader() {
        return factLoader;
    }

    /** Compiles the files together; returns the rules, or every problem found. */
    public RuleCompilation compile(List<RuleSource> sources) {
        return DroolsClassLoading.call(() -> {
            KnowledgeBuilderConfiguration configuration =
                    KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, factLoader);
            KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
            List<RuleProblem> drools = new ArrayList<>();
            Map<String, List<RuleProblem>> rulesByName = new LinkedHashMap<>();
            for (RuleSource source : sources) {
                Set<KnowledgeBuilderError> before = Collections.newSetFromMap(new IdentityHashMap<>());
                before.addAll(builder.getErrors());
                builder.add(ResourceFactory.newByteArrayResource(source.text().getBytes(StandardCharsets.UTF_8))
                        .setSourcePath(source.name()), ResourceType.DRL);
                if (builder.hasErrors()) {
                    List<KnowledgeBuilderError> errors = builder.getErrors().stream()
                            .filter(e -> !before.contains(e))
                            .filter(e -> e.getMessage() == null || !e.getMessage().startsWith(DUPLICATE_RULE))
                            .toList();
                    drools.addAll(new DroolsProblems(source).convert(errors));
                    builder.undo();
                }
                collectRuleNames(source, rulesByName);
            }
            List<RuleProblem> problems = firstPerLocation(sources, duplicates(rulesByName), drools);
            if (!problems.isEmpty()) {
                return RuleCompilation.failed(problems);
            }
            KieBase base = builder.newKieBase();
            return RuleCompilation.compiled(new CompiledRules(base));
        });
    }

    /** Where each rule is declared (the rule's name as key); files that do not parse are skipped. */
    private static void collectRuleNames(RuleSource source, Map<String, List<RuleProblem>> rulesByName) {
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(null, source.text());
        } catch (DroolsParserException e) {
            return;
        }
        if (pkg == null || parser.hasErrors()) {
            return;
        }
        for (RuleDescr rule : pkg.getRules()) {
            int[] at = position(source.text(), rule.getStartCharacter(), rule.getLine(), rule.getColumn());
            rulesByName.computeIfAbsent(rule.getName(), n -> new ArrayList<>())
                    .add(new RuleProblem(source.name(), at[0], at[1], ""));
        }
    }

    private static List<RuleProblem> duplicates(Map<String, List<RuleProblem>> rulesByName) {
        List<RuleProblem> problems = new ArrayList<>();
        for (Map.Entry<String, List<RuleProblem>> entry : rulesByName.entrySet()) {
            List<RuleProblem> places = entry.getValue();
            if (places.size() < 2) {
                continue;
            }
            for (RuleProblem here : places) {
                List<String> others = places.stream().filter(p -> p != here).map(RuleCompiler::location).toList();
                problems.add(new RuleProblem(here.source(), here.line(), here.column(), "duplicate rule name \""
                        + entry.getKey() + "\": also defined at " + String.join(", ", others)
                        + " (rule names must be unique within a Rules folder)"));
            }
        }
        return problems;
    }

    private static String location(RuleProblem place) {
        return place.source() + ":" + place.line() + ":" + place.column();
    }

    /** Strata's own problems first, then Drools'; one per file and line, ordered by file and line. */
    private static List<RuleProblem> firstPerLocation(List<RuleSource> sources, List<RuleProblem> own,
            List<RuleProblem> drools) {
        Map<String, RuleProblem> kept = new LinkedHashMap<>();
        for (List<RuleProblem> list : List.of(own, drools)) {
            for (RuleProblem problem : list) {
                kept.putIfAbsent(problem.source() + ":" + problem.line(), problem);
            }
        }
        List<String> fileOrder = sources.stream().map(RuleSource::name).toList();
        return kept.values().stream()
                .sorted((a, b) -> a.source().equals(b.source())
                        ? Integer.compare(a.line(), b.line())
                        : Integer.compare(fileOrder.indexOf(a.source()), fileOrder.indexOf(b.source())))
                .toList();
    }

    /** 1-based line and column of a descr, from its start offset when Drools gives one. */
    private static int[] position(String text, int offset, int line, int column) {
        if (offset < 0 || offset >= text.length()) {
            return new int[] { Math.max(0, line), column >= 0 ? column + 1 : 0 };
        }
        int l = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                l++;
                lineStart = i + 1;
            }
        }
        return new int[] { l, offset - lineStart + 1 };
    }
}
