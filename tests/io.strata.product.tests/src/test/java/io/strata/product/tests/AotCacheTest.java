package io.strata.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script's AOT cache for CLI commands (Java 25+): made in the background after the
 * first command of a fresh installation, used from then on, and never the cause of a failed or
 * noisy run when it is damaged.
 */
class AotCacheTest {

    @TempDir
    Path temp;

    private static final Map<String, String> ON = Map.of("DISPLAY", "", "STRATA_AOT", "on");

    @Test
    void aFreshInstallationMakesTheCacheAndUsesItAndADamagedCacheIsIgnored() throws Exception {
        Product product = Product.copyInto(temp);
        Path configuration = product.home.resolve("configuration");
        try (Stream<Path> files = Files.list(configuration)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("strata-cli-")).toList()) {
                Files.delete(f); // made by a run of the built product: a fresh installation has none
            }
        }

        Product.Run first = product.strata(ON, "--version");
        assertEquals(0, first.exitCode(), first.output());
        assertEquals(List.of(), noise(first.output()), "the first run prints only what the command prints:\n" + first.output());

        Path cache = awaitCache(configuration);
        try (Stream<Path> files = Files.list(configuration)) {
            assertEquals(List.of(), files.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith("strata-cli-") && !n.endsWith(".aot")).toList(), "no temporary files or locks left");
        }

        Product.Run used = product.strata(Map.of("DISPLAY", "", "STRATA_AOT", "on", "STRATA_VMARGS", "-Xlog:aot=info"), "--version");
        assertEquals(0, used.exitCode(), used.output());
        assertTrue(used.output().contains("Opened AOT cache " + cache), used.output());

        Path sample = temp.resolve("sample");
        assertEquals(0, Product.run(List.of("cp", "-R", product.home.resolve("samples/strata-sample").toString(), sample.toString()),
                Map.of()).exitCode());
        Product.Run withCache = product.strata(ON, "forecast", "--empty", "--project", sample.toString(), "--stage", "DEV");
        Product.Run without = product.strata(Map.of("DISPLAY", "", "STRATA_AOT", "off"), "forecast", "--empty", "--project",
                sample.toString(), "--stage", "DEV");
        assertEquals(without.exitCode(), withCache.exitCode(), withCache.output());
        assertEquals(summary(without.output()), summary(withCache.output()));
        assertFalse(summary(withCache.output()).isEmpty(), withCache.output());
        assertEquals(List.of(), noise(withCache.output()), withCache.output());

        byte[] whole = Files.readAllBytes(cache);
        Files.write(cache, java.util.Arrays.copyOf(whole, whole.length / 3));
        Product.Run damaged = product.strata(ON, "--version");
        assertEquals(0, damaged.exitCode(), damaged.output());
        assertTrue(damaged.output().matches("(?s).*Strata 0\\.1\\.0\\.\\d+.*"), damaged.output());
        assertEquals(List.of(), noise(damaged.output()), "a damaged cache is ignored without a word:\n" + damaged.output());

        Files.write(cache, "not a cache".getBytes());
        Product.Run foreign = product.strata(ON, "--version");
        assertEquals(0, foreign.exitCode(), foreign.output());
        assertEquals(List.of(), noise(foreign.output()), foreign.output());
    }

    /** Lines of the JVM about its AOT cache or class data sharing. */
    private static List<String> noise(String output) {
        return output.lines().filter(l -> l.contains("[aot]") || l.contains("[cds]") || l.contains("AOT") || l.contains("shared spaces"))
                .toList();
    }

    /** The forecast's output but the line naming the report's folder (a time stamp) and the time taken. */
    private static List<String> summary(String output) {
        return output.lines().filter(l -> !l.startsWith("Forecast report:")).map(l -> l.replaceAll(", \\d+ ms$", "")).toList();
    }

    private static Path awaitCache(Path configuration) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(configuration)) {
                List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("strata-cli-")).toList();
                List<String> caches = names.stream().filter(n -> n.endsWith(".aot")).toList();
                if (caches.size() == 1 && names.size() == 1) {
                    return configuration.resolve(caches.get(0));
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no AOT cache in " + configuration + " within 5 minutes of the first command");
    }
}
