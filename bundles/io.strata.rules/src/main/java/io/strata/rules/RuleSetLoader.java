package io.strata.rules;

import java.io.IOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.drools.base.util.Drools;

import io.strata.core.RulesPhase;

/**
 * Loads a project's rules without compiling what did not change. Two caches, both keyed by a
 * SHA-256 of the phase's files (names and bytes), the Drools version and the fact classes' origin
 * (their bundle or jar and its time stamp), so a stale entry is never used:
 * <ul>
 * <li>in memory, for the IDE: the compiled rules (or the problems) of the last phases loaded;</li>
 * <li>on disk, for the CLI, in the project's {@code .strata/cache/rules/}: the verdict of each
 * phase, and the compiled packages of a phase without problems (Drools' own serialisation),
 * which a later process reads instead of compiling.</li>
 * </ul>
 * Thread-safe. {@link #statistics()} tells what was compiled and what came from a cache.
 */
public final class RuleSetLoader {

    /** Bumped when the cache's format or the key's recipe changes. */
    private static final String CACHE_FORMAT = "strata-rules-cache 1";
    private static final int MEMORY_ENTRIES = 32;

    private static final RuleSetLoader SHARED = new RuleSetLoader(RuleCompiler.forStrataFacts(),
            List.of(Response.class, liquibase.change.Change.class));

    /** How many phases were compiled, and how many came from each cache, since this loader was made. */
    public record Statistics(int compiled, int fromMemory, int verdictsFromDisk, int rulesFromDisk) {
    }

    private final RuleCompiler compiler;
    private final String environmentKey;
    private final Map<String, ProjectRules.Phase> memory = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ProjectRules.Phase> eldest) {
            return size() > MEMORY_ENTRIES;
        }
    };
    private final AtomicInteger compiled = new AtomicInteger();
    private final AtomicInteger fromMemory = new AtomicInteger();
    private final AtomicInteger verdictsFromDisk = new AtomicInteger();
    private final AtomicInteger rulesFromDisk = new AtomicInteger();

    /** The loader of this JVM (the IDE's, the CLI's). */
    public static RuleSetLoader shared() {
        return SHARED;
    }

    /**
     * @param compiler compiles the phases that are not in a cache
     * @param factClasses classes whose bundle or jar the rules are compiled against (one per
     *     bundle is enough); a new build of any of them invalidates the caches
     */
    public RuleSetLoader(RuleCompiler compiler, List<Class<?>> factClasses) {
        this.compiler = compiler;
        this.environmentKey = environmentKey(factClasses);
    }

    /** Every phase's rules, compiled or taken from a cache. */
    public ProjectRules load(Path projectDir) throws IOException {
        return load(RuleSet.read(projectDir), true);
    }

    /** Check Rules: the problems of every phase; a phase unchanged since its last check is not compiled. */
    public RulesCheck check(Path projectDir) throws IOException {
        return load(RuleSet.read(projectDir), false).check();
    }

    public Statistics statistics() {
        return new Statistics(compiled.get(), fromMemory.get(), verdictsFromDisk.get(), rulesFromDisk.get());
    }

    /** Forgets the in-memory cache (the disk cache stays), as a new process would start. */
    public void clearMemory() {
        synchronized (memory) {
            memory.clear();
        }
    }

    private ProjectRules load(RuleSet ruleSet, boolean needRules) {
        RuleDiskCache disk = new RuleDiskCache(ruleSet.projectDir());
        Map<RulesPhase, ProjectRules.Phase> phases = new EnumMap<>(RulesPhase.class);
        for (RulesPhase phase : RulesPhase.values()) {
            phases.put(phase, phase(ruleSet, phase, needRules, disk));
        }
        return new ProjectRules(ruleSet, phases);
    }

    private ProjectRules.Phase phase(RuleSet ruleSet, RulesPhase phase, boolean needRules, RuleDiskCache disk) {
        List<RuleSource> sources = ruleSet.sources(phase);
        if (sources.isEmpty()) {
            return new ProjectRules.Phase(needRules ? CompiledRules.empty(compiler.factLoader()) : null, List.of());
        }
        String key = key(phase, ruleSet.digest(phase));
        ProjectRules.Phase cached;
        synchronized (memory) {
            cached = memory.get(key);
        }
        if (cached != null && (cached.rules() != null || !cached.problems().isEmpty() || !needRules)) {
            fromMemory.incrementAndGet();
            return cached;
        }
        List<RuleProblem> verdict = disk.readVerdict(phase, key);
        if (verdict != null && (!verdict.isEmpty() || !needRules)) {
            verdictsFromDisk.incrementAndGet();
            return remember(key, new ProjectRules.Phase(null, verdict));
        }
        if (verdict != null) {
            CompiledRules rules = disk.readRules(phase, key, compiler.factLoader());
            if (rules != null) {
                rulesFromDisk.incrementAndGet();
                return remember(key, new ProjectRules.Phase(rules, List.of()));
            }
        }
        compiled.incrementAndGet();
        RuleCompilation compilation = compiler.compile(sources);
        ProjectRules.Phase result = compilation.succeeded()
                ? new ProjectRules.Phase(compilation.rules(), List.of())
                : new ProjectRules.Phase(null, compilation.problems());
        disk.write(phase, key, result.problems(), result.rules());
        return remember(key, result);
    }

    private ProjectRules.Phase remember(String key, ProjectRules.Phase phase) {
        synchronized (memory) {
            memory.put(key, phase);
        }
        return phase;
    }

    private String key(RulesPhase phase, String digest) {
        var sha = RuleSet.sha256();
        sha.update((environmentKey + "|" + phase.name() + "|" + digest).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    /** What the compiled rules depend on besides their sources. */
    static String environmentKey(List<Class<?>> factClasses) {
        StringBuilder key = new StringBuilder(CACHE_FORMAT).append("|drools ").append(Drools.getFullVersion())
                .append("|java ").append(Runtime.version().feature());
        for (Class<?> type : factClasses) {
            key.append('|').append(type.getName()).append('@').append(origin(type));
        }
        return key.toString();
    }

    /** The bundle or jar (with its version in the name, in a product) and its time stamp. */
    private static String origin(Class<?> type) {
        StringBuilder origin = new StringBuilder();
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null) {
            origin.append(source.getLocation());
        }
        URL classFile = type.getResource(type.getSimpleName() + ".class");
        if (classFile != null) {
            try {
                URLConnection connection = classFile.openConnection();
                origin.append('#').append(connection.getLastModified());
                connection.getInputStream().close();
            } catch (IOException e) {
                origin.append("#?");
            }
        }
        return origin.toString();
    }
}
