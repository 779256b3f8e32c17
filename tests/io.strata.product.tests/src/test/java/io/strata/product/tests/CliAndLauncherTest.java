package io.strata.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code strata} launcher script and the headless CLI of the materialized product. */
class CliAndLauncherTest {

    @TempDir
    static Path temp;

    static Product product;

    @BeforeAll
    static void copyProduct() throws IOException {
        product = Product.copyInto(temp);
    }

    @Test
    void versionNeedsNoDisplay() throws Exception {
        Product.Run run = product.strata(Map.of("DISPLAY", ""), "--version");
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().matches("(?s).*Strata 0\\.1\\.0\\.\\d+.*"), run.output());
    }

    @Test
    void anUnknownCommandIsAUsageErrorThatSaysWhatToDo() throws Exception {
        Product.Run run = product.strata(Map.of("DISPLAY", ""), "frobnicate");
        assertEquals(2, run.exitCode(), run.output());
        assertTrue(run.output().contains("unknown command 'frobnicate'"), run.output());
        assertTrue(run.output().contains("strata --help"), run.output());
    }

    @Test
    void theEngineBundlesResolveInTheProduct() throws Exception {
        Product.Run run = product.strata(Map.of("DISPLAY", ""), "bundles", "--filter", "io.strata");
        assertEquals(0, run.exitCode(), run.output());
        for (String bundle : List.of("io.strata.core", "io.strata.liquibase", "io.strata.rules", "io.strata.cli",
                "io.strata.lib.drools", "io.strata.lib.aws", "io.strata.ui")) {
            assertTrue(run.output().lines().anyMatch(l -> l.startsWith(bundle + " ") && !l.contains("not resolved")),
                    bundle + " is resolved:\n" + run.output());
        }
    }

    /**
     * p2 asks for a restart by exiting with 23; the script must start Strata again with the same
     * arguments, and stop on any other code. A stand-in java records each start.
     */
    @Test
    void theScriptRestartsOnExitCode23AndPassesArguments() throws Exception {
        Path calls = temp.resolve("calls.txt");
        Path fakeJava = temp.resolve("fake-java");
        Files.writeString(fakeJava, """
                #!/bin/sh
                if [ "$1" = "-version" ]; then echo 'openjdk version "21.0.5" 2024-10-15' >&2; exit 0; fi
                echo "$@" >> "%s"
                n=$(wc -l < "%s")
                if [ "$n" -lt 2 ]; then exit 23; fi
                exit 7
                """.formatted(calls, calls));
        Files.setPosixFilePermissions(fakeJava, PosixFilePermissions.fromString("rwxr-xr-x"));

        Product.Run run = product.strata(Map.of("STRATA_JAVA", fakeJava.toString(), "STRATA_HEAP", "-Xmx1g",
                "STRATA_WORKSPACE", "/tmp/ws-of-test"), "-clean");

        assertEquals(7, run.exitCode(), "the script returns the product's exit code: " + run.output());
        List<String> starts = Files.readAllLines(calls);
        assertEquals(2, starts.size(), "started again after 23, not after 7: " + starts);
        assertEquals(starts.get(0), starts.get(1), "same arguments both times");
        assertTrue(starts.get(0).startsWith("-Xmx1g -XX:+UseZGC -XX:+ZGenerational "),
                "the IDE runs with the generational ZGC (Java 21 needs ZGenerational): " + starts.get(0));
        assertTrue(starts.get(0).contains("-jar " + product.launcherJar()), starts.get(0));
        assertTrue(starts.get(0).endsWith("-data /tmp/ws-of-test -clean"), starts.get(0));
    }

    /**
     * Small projects run the CLI with C1 only; a change log over 1 MB gets C2 as well, except for a
     * forecast (C2 doubled its CPU time, docs/performance.md).
     */
    @Test
    void theCliUsesC2OnlyForLargeChangeLogs() throws Exception {
        Path calls = temp.resolve("jit-calls.txt");
        Path fakeJava = temp.resolve("fake-java-jit");
        Files.writeString(fakeJava, """
                #!/bin/sh
                if [ "$1" = "-version" ]; then echo 'openjdk version "21.0.5" 2024-10-15' >&2; exit 0; fi
                echo "$@" >> "%s"
                exit 0
                """.formatted(calls));
        Files.setPosixFilePermissions(fakeJava, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path small = Files.createDirectories(temp.resolve("jit-small/Change Log"));
        Files.writeString(small.resolve("changelog.xml"), "<databaseChangeLog/>");
        Path large = Files.createDirectories(temp.resolve("jit-large/Change Log"));
        Files.write(large.resolve("changelog.xml"), new byte[2 * 1024 * 1024]);
        Map<String, String> env = Map.of("STRATA_JAVA", fakeJava.toString(), "DISPLAY", "");

        product.strata(env, "status", "--project", small.getParent().toString());
        product.strata(env, "deploy", "--project", large.getParent().toString());
        product.strata(env, "forecast", "--project", large.getParent().toString());
        List<String> starts = Files.readAllLines(calls);
        assertTrue(starts.get(0).contains("-XX:TieredStopAtLevel=1"), starts.get(0));
        assertFalse(starts.get(1).contains("TieredStopAtLevel"), starts.get(1));
        assertTrue(starts.get(1).contains("-XX:+UseSerialGC"), starts.get(1));
        assertTrue(starts.get(2).contains("-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"), starts.get(2));
    }

    @Test
    void theCliPrintsNoLibraryLoggingOnTheConsole() throws Exception {
        Product.Run run = product.strata(Map.of("DISPLAY", ""), "--version");
        assertEquals(0, run.exitCode(), run.output());
        assertFalse(run.output().contains("INFO"), "only warnings and errors of libraries:\n" + run.output());
    }

    @Test
    void theScriptRefusesAJavaOlderThan21WithAClearMessage() throws Exception {
        Path oldJava = temp.resolve("old-java");
        Files.writeString(oldJava, "#!/bin/sh\necho 'openjdk version \"17.0.15\" 2025-04-15' >&2\nexit 0\n");
        Files.setPosixFilePermissions(oldJava, PosixFilePermissions.fromString("rwxr-xr-x"));
        // Only the old java is reachable: no JAVA_HOME, a PATH without java, and a JVM folder without any.
        Product.Run run = Product.run(List.of("/bin/sh", "-c",
                "sed 's#/usr/lib/jvm/\\*/bin/java /Library/Java/JavaVirtualMachines/\\*/Contents/Home/bin/java##' "
                        + product.home.resolve("strata") + " > " + temp.resolve("strata-nojvm") + " && sh "
                        + temp.resolve("strata-nojvm") + " --version"),
                Map.of("STRATA_JAVA", oldJava.toString(), "JAVA_HOME", "", "PATH", "/usr/bin:/bin"));
        assertEquals(1, run.exitCode(), run.output());
        assertTrue(run.output().contains("Strata needs Java 21 or newer"), run.output());
    }
}
