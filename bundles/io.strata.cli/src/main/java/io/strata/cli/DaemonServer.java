package io.strata.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The Strata daemon (docs/cli.md): runs {@code strata} commands sent by {@link DaemonClient} in
 * this warm JVM, one at a time (others wait their turn, first come first served), each with its
 * own working folder, environment and output streams. Stops on a stop request or after an idle
 * time; a second daemon of the same socket exits at once (a lock file held while serving), and
 * a killed daemon's socket file is replaced.
 */
public final class DaemonServer {

    /** Runs one command; the daemon gives it the request's environment. */
    public interface Runner {
        int run(List<String> args, StrataCommands.Environment env);
    }

    private final Path socket;
    private final Path installDir;
    private final String version;
    private final Duration idle;
    private final Runner runner;
    private final ProcessEnvironment environment;
    private final ReentrantLock runLock = new ReentrantLock(true);
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger served = new AtomicInteger();
    private final long startedAt = System.nanoTime();
    private volatile long lastActivity = System.nanoTime();
    private volatile boolean stopping;
    private volatile ServerSocketChannel server;
    private volatile Runnable afterCommand = () -> { };

    /**
     * @param replaceEnvironment whether each command sees the request's variables in
     *        {@link System#getenv()} too (Liquibase reads change log properties there); needs
     *        {@code --add-opens java.base/java.util=ALL-UNNAMED}. Without it a request whose
     *        environment differs from the daemon's is sent back to run in the client's process.
     */
    public DaemonServer(Path socket, Path installDir, String version, Duration idle, boolean replaceEnvironment, Runner runner) {
        this.socket = socket;
        this.installDir = installDir;
        this.version = version;
        this.idle = idle;
        this.runner = runner;
        this.environment = new ProcessEnvironment(replaceEnvironment);
    }

    /**
     * Work to do after each command once its client has the exit code, when no other command
     * waits (before the heap is compacted): the daemon checks the change logs it keeps in memory.
     */
    public DaemonServer afterCommand(Runnable work) {
        this.afterCommand = Objects.requireNonNull(work);
        return this;
    }

    /** The socket of this installation and version in the per-user folder of {@code env}. */
    public static Path socket(Map<String, String> env, Path installDir, String version) {
        return DaemonProtocol.directory(env).resolve(DaemonProtocol.key(installDir, version) + ".sock");
    }

    /** {@code STRATA_DAEMON_IDLE}: {@code 3h}, {@code 90m}, {@code 45s} or minutes; default 3 hours. */
    public static Duration idleTime(Map<String, String> env) {
        String value = env.getOrDefault("STRATA_DAEMON_IDLE", "").trim().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            return Duration.ofHours(3);
        }
        try {
            char unit = value.charAt(value.length() - 1);
            String number = Character.isDigit(unit) ? value : value.substring(0, value.length() - 1);
            long n = Long.parseLong(number);
            return switch (unit) {
                case 'h' -> Duration.ofHours(n);
                case 's' -> Duration.ofSeconds(n);
                default -> Duration.ofMinutes(n);
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("STRATA_DAEMON_IDLE='" + value + "' is not a time; write e.g. 3h, 90m or 45s");
        }
    }

    /** The daemon's log file, next to its socket. */
    public static Path log(Path socket) {
        return DaemonClient.log(socket);
    }

    /**
     * Serves until stopped or idle for the idle time, then waits for the requests under way.
     * Returns false at once when another daemon serves this socket.
     */
    public boolean serve(PrintStream log) throws IOException {
        DaemonProtocol.privateDirectory(socket.getParent());
        Path lockFile = socket.resolveSibling(socket.getFileName() + ".lock");
        try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                log.println("strata daemon: another daemon serves " + socket + "; this one exits.");
                return false;
            }
            // Holding the lock, no other daemon listens here: a socket file left is a killed daemon's.
            Files.deleteIfExists(socket);
            server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
            log.println("strata daemon: " + status());
            Thread idleWatch = new Thread(this::watchIdle, "strata-daemon-idle");
            idleWatch.setDaemon(true);
            idleWatch.start();
            try {
                while (!stopping) {
                    SocketChannel client;
                    try {
                        client = server.accept();
                    } catch (ClosedChannelException e) {
                        break;
                    }
                    active.incrementAndGet();
                    Thread handler = new Thread(() -> handle(client, log), "strata-daemon-request");
                    handler.setDaemon(true);
                    handler.start();
                }
            } finally {
                stop();
            }
            while (active.get() > 0) {
                sleep(20);
            }
            log.println("strata daemon: stopped after " + served.get() + " commands.");
            lock.release();
            return true;
        }
    }

    /** Stops taking requests; those under way and waiting still run. */
    public void stop() {
        stopping = true;
        try {
            Files.deleteIfExists(socket);
            ServerSocketChannel s = server;
            if (s != null) {
                s.close();
            }
        } catch (IOException e) {
            // closing anyway
        }
    }

    private void watchIdle() {
        while (!stopping) {
            sleep(Math.max(10, Math.min(1000, idle.toMillis() / 4)));
            if (active.get() == 0 && System.nanoTime() - lastActivity > idle.toNanos()) {
                stop();
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String status() {
        return "Strata daemon " + version + " of " + installDir + ", pid " + ProcessHandle.current().pid() + ", up "
                + Duration.ofNanos(System.nanoTime() - startedAt).toSeconds() + " s, " + served.get() + " commands run, stops after "
                + idle.toString().substring(2).toLowerCase(Locale.ROOT) + " idle; socket " + socket + ", log " + log(socket);
    }

    private void handle(SocketChannel client, PrintStream log) {
        try (client) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(DaemonProtocol.input(client), 1 << 16));
            OutputStream out = DaemonProtocol.output(client);
            DaemonProtocol.Request request = DaemonProtocol.readRequest(in);
            switch (request.kind()) {
                case DaemonProtocol.STATUS -> DaemonProtocol.writeFrame(out, DaemonProtocol.INFO, status());
                case DaemonProtocol.STOP -> {
                    DaemonProtocol.writeFrame(out, DaemonProtocol.INFO, "Stopping the Strata daemon (pid "
                            + ProcessHandle.current().pid() + ") after the commands under way.");
                    stop();
                }
                case DaemonProtocol.RUN -> {
                    run(request, in, out, log);
                    client.close();
                    compact();
                }
                default -> throw new IOException("unknown request kind " + request.kind());
            }
        } catch (IOException e) {
            log.println("strata daemon: a request failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lastActivity = System.nanoTime();
            active.decrementAndGet();
        }
    }

    private void run(DaemonProtocol.Request request, DataInputStream in, OutputStream out, PrintStream log)
            throws IOException, InterruptedException {
        runLock.lockInterruptibly();
        try {
            if (!environment.apply(request.env())) {
                DaemonProtocol.writeFrame(out, DaemonProtocol.FALLBACK, "the environment differs from the daemon's");
                return;
            }
            Charset charset = charset(request.charset());
            AtomicBoolean gone = new AtomicBoolean();
            PrintStream stdout = new PrintStream(new FrameStream(out, DaemonProtocol.OUT, gone), true, charset);
            PrintStream stderr = new PrintStream(new FrameStream(out, DaemonProtocol.ERR, gone), true, charset);
            AtomicBoolean finished = new AtomicBoolean();
            Thread worker = Thread.currentThread();
            Thread watch = new Thread(() -> {
                try {
                    while (in.read() >= 0) {
                        // the client sends nothing after its request; the end of the stream is its leaving
                    }
                } catch (IOException e) {
                    // closed
                }
                if (!finished.get()) {
                    gone.set(true);
                    worker.interrupt();
                }
            }, "strata-daemon-client-watch");
            watch.setDaemon(true);
            watch.start();
            PrintStream systemOut = System.out;
            PrintStream systemErr = System.err;
            int code;
            System.setOut(stdout);
            System.setErr(stderr);
            try {
                code = runner.run(request.args(), new StrataCommands.Environment(stdout, stderr, Map.copyOf(request.env()), null,
                        request.workingDir(), installDir, version));
            } catch (RuntimeException | LinkageError e) {
                e.printStackTrace(stderr);
                code = ExitCode.INTERNAL_ERROR;
            } finally {
                finished.set(true);
                System.setOut(systemOut);
                System.setErr(systemErr);
                environment.restore();
                served.incrementAndGet();
            }
            stdout.flush();
            stderr.flush();
            Thread.interrupted();
            if (gone.get()) {
                log.println("strata daemon: the client of " + request.args() + " left; the command was interrupted (exit " + code + ").");
            } else {
                DaemonProtocol.writeExit(out, code);
            }
        } finally {
            runLock.unlock();
        }
    }

    /**
     * After a command (its client has its exit code) and when none waits: a full collection, so
     * that the heap, with {@code -XX:MaxHeapFreeRatio}, shrinks back to what the daemon keeps
     * (some 20 MB) instead of staying at the largest command's size; the next command then grows
     * it from there, and the daemon's peak memory stays near a single command's.
     */
    private void compact() {
        if (!runLock.isLocked() && !runLock.hasQueuedThreads()) {
            try {
                afterCommand.run();
            } catch (RuntimeException e) {
                // only saves time later
            }
            System.gc();
        }
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** Output of a command as frames; dropped once the client has left. */
    private static final class FrameStream extends OutputStream {
        private final OutputStream socket;
        private final byte kind;
        private final AtomicBoolean gone;
        private final BufferedOutputStream buffer;

        FrameStream(OutputStream socket, byte kind, AtomicBoolean gone) {
            this.socket = socket;
            this.kind = kind;
            this.gone = gone;
            this.buffer = new BufferedOutputStream(new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] { (byte) b }, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    send(b, off, len);
                }
            }, 1 << 13);
        }

        private void send(byte[] b, int off, int len) {
            if (gone.get() || len == 0) {
                return;
            }
            synchronized (socket) {
                try {
                    DaemonProtocol.writeFrame(socket, kind, b, off, len);
                } catch (IOException e) {
                    gone.set(true);
                }
            }
        }

        @Override
        public synchronized void write(int b) throws IOException {
            buffer.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            buffer.write(b, off, len);
        }

        @Override
        public synchronized void flush() throws IOException {
            buffer.flush();
        }
    }

    /**
     * The process environment as {@link System#getenv()} shows it, replaced by a request's for the
     * time of its command (one command at a time) and restored after.
     */
    static final class ProcessEnvironment {
        private final Map<String, String> original = new HashMap<>(System.getenv());
        private final Map<String, String> writable;

        ProcessEnvironment(boolean replace) {
            this.writable = replace ? writableEnvironment() : null;
        }

        boolean replaces() {
            return writable != null;
        }

        @SuppressWarnings("unchecked")
        private static Map<String, String> writableEnvironment() {
            try {
                Map<String, String> env = System.getenv();
                Field field = env.getClass().getDeclaredField("m");
                field.setAccessible(true);
                return (Map<String, String>) field.get(env);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }

        /** False when the command cannot see the request's variables in this process. */
        boolean apply(Map<String, String> request) {
            if (writable == null) {
                return sameIgnoringIncidental(original, request);
            }
            try {
                writable.clear();
                for (Map.Entry<String, String> variable : request.entrySet()) {
                    try {
                        writable.put(variable.getKey(), variable.getValue());
                    } catch (IllegalArgumentException e) {
                        // a name the platform cannot hold (with '='): no process had it either
                    }
                }
                return true;
            } catch (RuntimeException e) {
                restore();
                return sameIgnoringIncidental(original, request);
            }
        }

        void restore() {
            if (writable != null) {
                writable.clear();
                writable.putAll(original);
            }
        }

        static boolean sameIgnoringIncidental(Map<String, String> a, Map<String, String> b) {
            Map<String, String> x = new HashMap<>(a);
            Map<String, String> y = new HashMap<>(b);
            x.keySet().removeAll(DaemonProtocol.INCIDENTAL_VARIABLES);
            y.keySet().removeAll(DaemonProtocol.INCIDENTAL_VARIABLES);
            return Objects.equals(x, y);
        }
    }
}
