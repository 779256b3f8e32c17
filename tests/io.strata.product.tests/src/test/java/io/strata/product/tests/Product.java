package io.strata.product.tests;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A private copy of the materialized product, and ways to run it as a user would. */
final class Product {

    record Run(int exitCode, String output) {
    }

    final Path home;

    private Product(Path home) {
        this.home = home;
    }

    /** Copies the product built by this reactor into {@code dir}, so tests can change it. */
    static Product copyInto(Path dir) throws IOException {
        Path built = Path.of(System.getProperty("strata.product.dir"));
        if (!Files.isDirectory(built.resolve("plugins"))) {
            throw new IllegalStateException("No materialized product at " + built + "; build product/ first");
        }
        Path home = dir.resolve("strata");
        Files.walkFileTree(built, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(home.resolve(built.relativize(d).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                Files.copy(f, home.resolve(built.relativize(f).toString()), StandardCopyOption.COPY_ATTRIBUTES,
                        LinkOption.NOFOLLOW_LINKS);
                return FileVisitResult.CONTINUE;
            }
        });
        return new Product(home);
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs the {@code strata} launcher script with these arguments and environment additions. */
    Run strata(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("strata").toString());
        command.addAll(List.of(args));
        return run(command, env);
    }

    /** Runs the launcher script in the working folder {@code dir}. */
    Run strataIn(Path dir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("strata").toString());
        command.addAll(List.of(args));
        return run(command, env, dir);
    }

    /** Runs the Equinox launcher jar directly with these arguments. */
    Run launcher(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", launcherJar().toString()));
        command.addAll(List.of(args));
        return run(command, Map.of());
    }

    Path launcherJar() throws IOException {
        try (var files = Files.list(home.resolve("plugins"))) {
            return files.filter(p -> p.getFileName().toString().startsWith("org.eclipse.equinox.launcher_"))
                    .sorted().reduce((a, b) -> b).orElseThrow();
        }
    }

    static Run run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        return run(command, env, null);
    }

    static Run run(List<String> command, Map<String, String> env, Path dir) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (dir != null) {
            builder.directory(dir.toFile());
        }
        builder.environment().putIfAbsent("STRATA_JAVA", java());
        // No AOT cache trained in the background of every product copy (AotCacheTest turns it on).
        builder.environment().putIfAbsent("STRATA_AOT", "off");
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(Duration.ofMinutes(5).toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Timed out: " + command);
        }
        return new Run(process.exitValue(), new String(out));
    }
}
