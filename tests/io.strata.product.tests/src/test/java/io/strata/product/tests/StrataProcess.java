package io.strata.product.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code strata <args>} started in the background through the launcher script (which runs the JVM
 * as its child), its output going to a file, so that a test can watch the database meanwhile,
 * kill it, or run another one next to it.
 */
final class StrataProcess {

    private final Process process;
    private final Path log;
    private final List<String> command;

    private StrataProcess(Process process, Path log, List<String> command) {
        this.process = process;
        this.log = log;
        this.command = command;
    }

    static StrataProcess start(Product product, Path log, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(product.home.resolve("strata").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().put("STRATA_JAVA", Product.java());
        builder.environment().put("DISPLAY", "");
        builder.environment().put("STRATA_AOT", "off");
        builder.environment().putAll(env);
        return new StrataProcess(builder.start(), log, command);
    }

    String output() throws IOException {
        return Files.readString(log);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Product.Run await(Duration timeout) throws IOException, InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            throw new AssertionError("Timed out after " + timeout + ": " + command + "\n" + output());
        }
        return new Product.Run(process.exitValue(), output());
    }

    /**
     * kill -9 of the script and everything it started (the JVM is the script's child, so killing the
     * script alone would leave the deploy running). Returns how many descendants were killed.
     */
    int kill() throws InterruptedException {
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        for (ProcessHandle handle : descendants) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError("process " + handle.pid() + " did not die", e);
            }
        }
        process.waitFor(30, TimeUnit.SECONDS);
        return descendants.size();
    }

    /** Kills it if still running (for finally blocks). */
    void killIfAlive() throws InterruptedException {
        if (process.isAlive() || process.descendants().findAny().isPresent()) {
            kill();
        }
    }
}
