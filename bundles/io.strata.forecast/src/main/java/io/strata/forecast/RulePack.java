package io.strata.forecast;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of rule files shipped with Strata ({@code rulepacks/<pack>/<Phase>/X.drl} with their tests
 * {@code X.tests/}), read from this bundle's class loader, that a project copies into its
 * {@code Rules/} folder to opt in. {@code rulepacks/<pack>/pack.list} names the files (bundle class
 * loaders cannot list folders).
 */
public final class RulePack {

    /** The packs Strata ships. */
    public static final List<String> PACKS = List.of("standard");

    private static final String ROOT = "rulepacks/";

    private final String name;
    private final List<String> files;

    private RulePack(String name, List<String> files) {
        this.name = name;
        this.files = List.copyOf(files);
    }

    /**
     * The pack of that name.
     *
     * @throws IllegalArgumentException when there is no such pack
     */
    public static RulePack named(String name) throws IOException {
        if (!PACKS.contains(name)) {
            throw new IllegalArgumentException("there is no rule pack '" + name + "'; the packs: " + String.join(", ", PACKS));
        }
        String list = read(ROOT + name + "/pack.list");
        List<String> files = list.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        return new RulePack(name, files);
    }

    public String name() {
        return name;
    }

    /** The pack's files, relative to the pack (and to a project's {@code Rules/}): {@code Forecast/X.drl}, {@code Forecast/X.tests/a.xml}... */
    public List<String> files() {
        return files;
    }

    /** The rule files of the pack. */
    public List<String> rules() {
        return files.stream().filter(f -> f.endsWith(".drl")).toList();
    }

    /** The text of one of the pack's files. */
    public String text(String file) throws IOException {
        if (!files.contains(file)) {
            throw new IllegalArgumentException("rule pack " + name + " has no file " + file);
        }
        return read(ROOT + name + "/" + file);
    }

    /**
     * What {@link #copyInto} did, as paths relative to the project.
     *
     * @param copied rule files copied (new or, with force, overwritten)
     * @param overwritten rule files that were there and were replaced (force)
     * @param skipped rule files that were there and were left alone (no force)
     * @param testFiles how many test files came with the copied rules
     */
    public record CopyResult(List<String> copied, List<String> overwritten, List<String> skipped, int testFiles) {
    }

    /**
     * Copies the pack's rule files, each with its tests folder, into {@code <project>/Rules/}. A rule
     * file that is already there is left alone with its tests, unless {@code force}.
     */
    public CopyResult copyInto(Path projectDir, boolean force) throws IOException {
        Path rulesDir = projectDir.resolve("Rules");
        Map<String, List<String>> tests = new LinkedHashMap<>();
        for (String rule : rules()) {
            String prefix = rule.substring(0, rule.length() - ".drl".length()) + RuleTests.TESTS_SUFFIX + "/";
            tests.put(rule, files.stream().filter(f -> f.startsWith(prefix)).toList());
        }
        List<String> copied = new ArrayList<>();
        List<String> overwritten = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int testFiles = 0;
        for (Map.Entry<String, List<String>> rule : tests.entrySet()) {
            Path target = rulesDir.resolve(rule.getKey());
            String shown = "Rules/" + rule.getKey();
            if (Files.exists(target)) {
                if (!force) {
                    skipped.add(shown);
                    continue;
                }
                overwritten.add(shown);
            }
            write(target, text(rule.getKey()));
            copied.add(shown);
            for (String test : rule.getValue()) {
                write(rulesDir.resolve(test), text(test));
                testFiles++;
            }
        }
        return new CopyResult(copied, overwritten, skipped, testFiles);
    }

    private static void write(Path target, String text) throws IOException {
        Files.createDirectories(target.getParent());
        Files.writeString(target, text, StandardCharsets.UTF_8);
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = RulePack.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the rule pack resource " + resource + " is missing from bundle io.strata.forecast");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
