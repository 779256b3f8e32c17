package io.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.strata.core.StrataProjects;

/**
 * The daemon and its client over a real Unix domain socket: each command runs with the request's
 * working folder, environment, output streams and exit code, one at a time; status, stop, idle
 * stop, a killed daemon's socket, a second daemon, a client that leaves.
 */
class DaemonServerTest {

    record Result(int code, String out, String err) {
    }

    @TempDir
    Path temp;

    private final List<CompletableFuture<Boolean>> servers = new ArrayList<>();
    private final List<DaemonServer> started = new ArrayList<>();
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    /* Own threads: the common pool has one thread on a 2-core machine, which a serving daemon keeps. */
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopServers() throws Exception {
        started.forEach(DaemonServer::stop);
        for (CompletableFuture<Boolean> server : servers) {
            server.get(30, TimeUnit.SECONDS);
        }
        threads.shutdownNow();
    }

    private Path socket() {
        return temp.resolve("run").resolve("d.sock");
    }

    private CompletableFuture<Boolean> start(DaemonServer server) throws InterruptedException {
        PrintStream logStream = new PrintStream(log, true, StandardCharsets.UTF_8);
        CompletableFuture<Boolean> serving = CompletableFuture.supplyAsync(() -> {
            try {
                return server.serve(logStream);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, threads);
        started.add(server);
        servers.add(serving);
        for (int i = 0; i < 500 && !serving.isDone(); i++) {
            if (status() == ExitCode.OK) {
                return serving;
            }
            Thread.sleep(10);
        }
        return serving;
    }

    private CompletableFuture<Boolean> start(DaemonServer.Runner runner) throws InterruptedException {
        CompletableFuture<Boolean> serving = start(new DaemonServer(socket(), temp, "0.1.0.test", Duration.ofMinutes(5), true, runner));
        assertEquals(ExitCode.OK, status(), log.toString(StandardCharsets.UTF_8));
        return serving;
    }

    private int status() throws InterruptedException {
        try {
            return client(new ByteArrayOutputStream()).daemon(List.of("status"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private DaemonClient client(ByteArrayOutputStream out) {
        return new DaemonClient(socket(), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    private Result run(Path cwd, Map<String, String> env, String... args) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = client(err).run(cwd, "UTF-8", List.of(args), env, out, err);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static DaemonServer.Runner commands() {
        return (args, env) -> new StrataCommands(env).run(args);
    }

    @Test
    void commandsRunInTheRequestsWorkingFolderWithItsOutputAndExitCode() throws Exception {
        start(commands());
        Path sample = Path.of(System.getProperty("strata.examples", "../../examples"), "strata-sample");
        Path a = Files.createDirectories(temp.resolve("a"));
        Path b = Files.createDirectories(temp.resolve("b"));
        StrataProjects.copyProject(sample, a.resolve("p"));
        StrataProjects.copyProject(sample, b.resolve("p"));

        Result version = run(a, Map.of(), "--version");
        assertEquals(new Result(0, "Strata 0.1.0.test\n", ""), version);

        for (Path cwd : List.of(a, b)) {
            Result converted = run(cwd, Map.of(), "convert", "p/Change Log/changelog.xml", "p/Change Log/out.strata");
            assertEquals(ExitCode.OK, converted.code(), converted.err());
            assertTrue(converted.out().startsWith("Converted p/Change Log/changelog.xml to p/Change Log/out.strata: 4 change sets"),
                    converted.out());
            assertTrue(Files.isRegularFile(cwd.resolve("p/Change Log/out.strata")), "written under the request's folder " + cwd);
        }
        assertFalse(Files.exists(Path.of("p").toAbsolutePath()), "nothing under the daemon's own folder");

        Result valid = run(a.resolve("p"), Map.of(), "validate");
        assertEquals(ExitCode.OK, valid.code(), valid.err());
        Result notAProject = run(temp, Map.of(), "validate");
        assertEquals(ExitCode.INVALID, notAProject.code(), notAProject.out());
        assertTrue(notAProject.err().contains(temp.toString()), notAProject.err());

        Result unknown = run(a, Map.of(), "frobnicate");
        assertEquals(ExitCode.USAGE, unknown.code());
        assertEquals("", unknown.out());
        assertTrue(unknown.err().contains("unknown command 'frobnicate'"), unknown.err());
    }

    /**
     * Forecasts through the daemon with its change log memory: edits of a change log file and of
     * a rule file show in the next forecast, and two projects alternating get their own results.
     */
    @Test
    void forecastsSeeEditsAndAlternatingProjectsTheirOwnResults() throws Exception {
        io.strata.liquibase.ChangeLogMemory.enable(10_000);
        try {
            start(new DaemonServer(socket(), temp, "0.1.0.test", Duration.ofMinutes(5), true, commands())
                    .afterCommand(io.strata.liquibase.ChangeLogMemory::settleShared));
            Path sample = Path.of(System.getProperty("strata.examples", "../../examples"), "strata-sample");
            Path a = temp.resolve("a");
            Path b = temp.resolve("b");
            StrataProjects.copyProject(sample, a);
            StrataProjects.copyProject(sample, b);
            String[] forecast = {"forecast", "--empty", "--stage", "DEV", "--report-formats", "json"};
            for (int i = 0; i < 3; i++) {
                assertEquals(ExitCode.FORECAST_FAILED, run(a, Map.of(), forecast).code(), "the sample's index has four columns");
            }
            assertTrue(io.strata.liquibase.ChangeLogMemory.shared().hits() >= 1, "from memory");

            Path changelog = a.resolve("Change Log/changelog.xml");
            Files.writeString(changelog, Files.readString(changelog).replace("<column name=\"STATE\"/>\n            <column name=\"ZIP\"/>", "<column name=\"STATE\"/>"));
            Result fixed = run(a, Map.of(), forecast);
            assertEquals(ExitCode.OK, fixed.code(), fixed.out() + fixed.err());
            Result other = run(b, Map.of(), forecast);
            assertEquals(ExitCode.FORECAST_FAILED, other.code(), other.out());
            assertEquals(ExitCode.OK, run(a, Map.of(), forecast).code());

            Path rule = b.resolve("Rules/Forecast/IndexTooManyColumns.drl");
            Files.writeString(rule, Files.readString(rule).replace("columns.size() <= 3", "columns.size() <= 4"));
            assertEquals(ExitCode.OK, run(b, Map.of(), forecast).code(), "the edited rule");
            Files.writeString(changelog, Files.readString(changelog).replace("<column name=\"STATE\"/>", "<column name=\"STATE\"/><column name=\"ZIP\"/>"));
            assertEquals(ExitCode.FORECAST_FAILED, run(a, Map.of(), forecast).code(), "the column is back");
        } finally {
            io.strata.liquibase.ChangeLogMemory.disable();
        }
    }

    @Test
    void eachCommandSeesTheRequestsEnvironmentAndNoConsoleAndTheDaemonsIsRestored() throws Exception {
        String name = "STRATA_DAEMON_TEST_VARIABLE";
        assertNull(System.getenv(name));
        String path = System.getenv("PATH");
        start((args, env) -> {
            env.out().println(env.variables().get(name) + " " + System.getenv(name) + " " + System.getenv("PATH") + " "
                    + (env.console() == null ? "no console" : "console") + " " + env.workingDir());
            System.out.println("System.out goes to the client too");
            System.err.println("and System.err");
            return Integer.parseInt(args.get(0));
        });
        Map<String, String> env = new HashMap<>();
        env.put(name, "one");
        Result first = run(temp, env, "7");
        assertEquals(new Result(7, "one one null no console " + temp + "\nSystem.out goes to the client too\n", "and System.err\n"), first);
        env.put(name, "two");
        env.put("PATH", "/nowhere");
        Result second = run(temp.resolve("x"), env, "0");
        assertEquals(new Result(0, "two two /nowhere no console " + temp.resolve("x") + "\nSystem.out goes to the client too\n",
                "and System.err\n"), second);
        assertNull(System.getenv(name), "the daemon's own environment is back");
        assertEquals(path, System.getenv("PATH"));
    }

    @Test
    void withoutReplacingTheEnvironmentADifferentOneIsSentBackToRunInTheClient() throws Exception {
        start(new DaemonServer(socket(), temp, "0.1.0.test", Duration.ofMinutes(5), false, (args, env) -> 0));
        Map<String, String> same = new HashMap<>(System.getenv());
        same.put("PWD", "/elsewhere");
        assertEquals(0, run(temp, same).code(), "only incidental variables differ");
        Map<String, String> other = new HashMap<>(System.getenv());
        other.put("STRATA_DAEMON_TEST_VARIABLE", "x");
        assertEquals(DaemonProtocol.RUN_IN_PROCESS, run(temp, other).code());
    }

    @Test
    void requestsRunOneAtATimeEachWithItsOwnOutput() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        start((args, env) -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                for (int i = 0; i < 5; i++) {
                    env.out().println(args.get(0) + " " + i);
                    Thread.sleep(20);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
            return Integer.parseInt(args.get(0));
        });
        List<CompletableFuture<Result>> results = new ArrayList<>();
        for (int n = 0; n < 6; n++) {
            String arg = String.valueOf(n);
            results.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return run(temp, Map.of(), arg);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }, threads));
        }
        for (int n = 0; n < 6; n++) {
            Result result = results.get(n).get(60, TimeUnit.SECONDS);
            assertEquals(new Result(n, "%d 0\n%d 1\n%d 2\n%d 3\n%d 4\n".formatted(n, n, n, n, n), ""), result);
        }
        assertEquals(1, most.get(), "one command at a time");
    }

    @Test
    void aClientThatLeavesInterruptsItsCommandAndTheDaemonGoesOn() throws Exception {
        CountDownLatch begun = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        start((args, env) -> {
            if (args.get(0).equals("wait")) {
                begun.countDown();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                    env.out().println("to nobody");
                    return ExitCode.INTERNAL_ERROR;
                }
            }
            env.out().println("fine");
            return 0;
        });
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket()));
            DaemonProtocol.writeRequest(new DataOutputStream(DaemonProtocol.output(channel)),
                    new DaemonProtocol.Request(DaemonProtocol.RUN, temp, "UTF-8", List.of("wait"), Map.of()));
            assertTrue(begun.await(30, TimeUnit.SECONDS));
        }
        assertTrue(interrupted.await(30, TimeUnit.SECONDS), "the command was interrupted when its client left");
        assertEquals(new Result(0, "fine\n", ""), run(temp, Map.of(), "again"));
    }

    @Test
    void statusStopAndASecondDaemonOfTheSameSocket() throws Exception {
        CompletableFuture<Boolean> serving = start((args, env) -> 0);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket().getParent())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(ExitCode.OK, client(out).daemon(List.of("status")));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Strata daemon 0.1.0.test of " + temp), out.toString());

        Files.setPosixFilePermissions(socket().getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
        assertEquals(DaemonProtocol.NO_DAEMON, run(temp, Map.of("STRATA_PASSWORD_DEV", "secret")).code(),
                "no environment sent to a socket in a folder others may enter");
        Files.setPosixFilePermissions(socket().getParent(), PosixFilePermissions.fromString("rwx------"));

        DaemonServer second = new DaemonServer(socket(), temp, "0.1.0.test", Duration.ofMinutes(5), true, (args, env) -> 1);
        assertFalse(second.serve(new PrintStream(log, true, StandardCharsets.UTF_8)), "another daemon serves this socket");
        assertEquals(0, run(temp, Map.of()).code(), "the first one still serves");

        out.reset();
        assertEquals(ExitCode.OK, client(out).daemon(List.of("stop")));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Stopping the Strata daemon"), out.toString());
        assertTrue(serving.get(30, TimeUnit.SECONDS));
        assertFalse(Files.exists(socket()));
        assertEquals(ExitCode.INVALID, status());
        assertEquals(DaemonProtocol.NO_DAEMON, run(temp, Map.of(), "--version").code());
        out.reset();
        assertEquals(ExitCode.OK, client(out).daemon(List.of("stop")));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("No Strata daemon was running"), out.toString());
    }

    @Test
    void aKilledDaemonsSocketIsNoDaemonAndIsReplaced() throws Exception {
        DaemonProtocol.privateDirectory(socket().getParent());
        // A socket file nobody listens on, as a daemon killed with -9 leaves it.
        try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            dead.bind(UnixDomainSocketAddress.of(socket()));
        }
        assertTrue(Files.exists(socket()));
        assertEquals(DaemonProtocol.NO_DAEMON, run(temp, Map.of(), "--version").code());
        assertEquals(ExitCode.INVALID, status());
        start(commands());
        assertEquals(new Result(0, "Strata 0.1.0.test\n", ""), run(temp, Map.of(), "--version"));
    }

    @Test
    void waitingForADaemonThatExitedWhileStartingEndsAtOnce() throws Exception {
        Process exited = new ProcessBuilder("true").start();
        exited.waitFor();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long start = System.nanoTime();
        assertEquals(ExitCode.FAILED, client(out).daemon(List.of("wait", "30", String.valueOf(exited.pid()))));
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "did not wait the 30 s");
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("exited while starting; see its log " + temp.resolve("run/d.log")),
                out.toString());
        start(commands());
        out.reset();
        assertEquals(ExitCode.OK, client(out).daemon(List.of("wait", "30", String.valueOf(exited.pid()))), "one answers: fine");
    }

    @Test
    void theDaemonStopsWhenIdle() throws Exception {
        CompletableFuture<Boolean> serving = start(new DaemonServer(socket(), temp, "0.1.0.test", Duration.ofMillis(1500), true,
                (args, env) -> 0));
        assertEquals(0, run(temp, Map.of()).code());
        assertTrue(serving.get(30, TimeUnit.SECONDS), "stopped by itself");
        assertFalse(Files.exists(socket()));
    }

    @Test
    void idleTimeAndSocketNames() {
        assertEquals(Duration.ofHours(3), DaemonServer.idleTime(Map.of()));
        assertEquals(Duration.ofMinutes(90), DaemonServer.idleTime(Map.of("STRATA_DAEMON_IDLE", "90m")));
        assertEquals(Duration.ofMinutes(20), DaemonServer.idleTime(Map.of("STRATA_DAEMON_IDLE", "20")));
        assertEquals(Duration.ofSeconds(45), DaemonServer.idleTime(Map.of("STRATA_DAEMON_IDLE", "45s")));
        assertEquals(Duration.ofHours(8), DaemonServer.idleTime(Map.of("STRATA_DAEMON_IDLE", "8h")));
        IllegalArgumentException bad = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> DaemonServer.idleTime(Map.of("STRATA_DAEMON_IDLE", "soon")));
        assertTrue(bad.getMessage().contains("STRATA_DAEMON_IDLE='soon'"), bad.getMessage());

        Path install = Path.of("/opt/strata");
        Map<String, String> env = Map.of("STRATA_DAEMON_DIR", temp.toString());
        assertEquals(DaemonServer.socket(env, install, "1.0"), DaemonServer.socket(env, Path.of("/opt/./strata"), "1.0"));
        assertFalse(DaemonServer.socket(env, install, "1.0").equals(DaemonServer.socket(env, install, "1.1")), "another version");
        assertFalse(DaemonServer.socket(env, install, "1.0").equals(DaemonServer.socket(env, Path.of("/opt/strata2"), "1.0")));
        assertEquals(temp, DaemonServer.socket(env, install, "1.0").getParent());
        assertEquals(Path.of(System.getProperty("user.home"), ".strata", "daemon"), DaemonProtocol.directory(Map.of()));
    }
}
