package io.strata.cli;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.jar.Manifest;

/**
 * The {@code strata} client of the daemon (docs/cli.md, "The Strata daemon"): a plain JVM main,
 * no OSGi, that the launcher script starts with the JDK's quickest options. It sends the
 * command, the working folder and the environment to the daemon of the same installation and
 * version and copies the daemon's output to its own, then exits with the command's exit code. It
 * talks only to a socket in a folder of the user's own that no one else may enter (the environment
 * it sends may hold passwords); otherwise it acts as if no daemon ran.
 *
 * <pre>
 *   DaemonClient INSTALL_DIR run ARGS...      a command (exit 113: no daemon; 114: run it yourself)
 *   DaemonClient INSTALL_DIR daemon status    whether a daemon runs (exit 0) or not (exit 3)
 *   DaemonClient INSTALL_DIR daemon stop      stops it (exit 0 also when none ran)
 *   DaemonClient INSTALL_DIR daemon wait S [PID]  waits up to S seconds for a daemon to answer (while PID lives)
 * </pre>
 */
public final class DaemonClient {

    private final Path socket;
    private final PrintStream out;
    private final PrintStream err;

    DaemonClient(Path socket, PrintStream out, PrintStream err) {
        this.socket = socket;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true);
        if (args.length < 2) {
            err.println("strata: DaemonClient INSTALL_DIR (run ARGS... | daemon status|stop|wait SECONDS)");
            System.exit(ExitCode.USAGE);
        }
        Path install = Path.of(args[0]);
        Map<String, String> env = System.getenv();
        Path socket = DaemonProtocol.directory(env).resolve(DaemonProtocol.key(install, version()) + ".sock");
        DaemonClient client = new DaemonClient(socket, out, err);
        List<String> rest = Arrays.asList(args).subList(2, args.length);
        int code;
        if (args[1].equals("run")) {
            String charset = System.getProperty("stdout.encoding", Charset.defaultCharset().name());
            code = client.run(Path.of("").toAbsolutePath(), charset, rest, env, new FileOutputStream(FileDescriptor.out),
                    new FileOutputStream(FileDescriptor.err));
        } else if (args[1].equals("daemon") && !rest.isEmpty()) {
            code = client.daemon(rest);
        } else {
            err.println("strata: unknown client request " + args[1]);
            code = ExitCode.USAGE;
        }
        System.exit(code);
    }

    /** Bundle-Version from this jar's manifest: a daemon of another build has another socket. */
    private static String version() throws IOException {
        try (InputStream in = DaemonClient.class.getResourceAsStream("/META-INF/MANIFEST.MF")) {
            String version = in == null ? null : new Manifest(in).getMainAttributes().getValue("Bundle-Version");
            return version == null ? "unknown" : version;
        }
    }

    /** {@code strata daemon status|stop|wait SECONDS}. */
    int daemon(List<String> args) throws IOException, InterruptedException {
        switch (args.get(0)) {
            case "status" -> {
                String status = ask(DaemonProtocol.STATUS);
                if (status == null) {
                    out.println("No Strata daemon runs for this installation (socket " + socket + ").");
                    return ExitCode.INVALID;
                }
                out.println(status);
                return ExitCode.OK;
            }
            case "stop" -> {
                String answer = ask(DaemonProtocol.STOP);
                if (answer == null) {
                    out.println("No Strata daemon was running.");
                } else {
                    out.println(answer);
                }
                return ExitCode.OK;
            }
            case "wait" -> {
                long deadline = System.nanoTime() + (long) (Double.parseDouble(args.size() > 1 ? args.get(1) : "60") * 1e9);
                // The daemon just started, if its process id is given: waiting ends when it has exited.
                java.util.Optional<ProcessHandle> started = args.size() > 2 ? ProcessHandle.of(Long.parseLong(args.get(2)))
                        : java.util.Optional.empty();
                while (System.nanoTime() < deadline) {
                    String status = ask(DaemonProtocol.STATUS);
                    if (status != null) {
                        out.println(status);
                        return ExitCode.OK;
                    }
                    if (args.size() > 2 && started.map(p -> !p.isAlive()).orElse(true)) {
                        err.println("strata: the Strata daemon exited while starting; see its log " + log(socket));
                        return ExitCode.FAILED;
                    }
                    Thread.sleep(50);
                }
                err.println("strata: the daemon did not answer in time; see its log " + log(socket));
                return ExitCode.FAILED;
            }
            default -> {
                err.println("strata: unknown daemon command '" + args.get(0) + "'. Usage: strata daemon start|stop|status");
                return ExitCode.USAGE;
            }
        }
    }

    static Path log(Path socket) {
        String name = socket.getFileName().toString();
        return socket.resolveSibling(name.substring(0, name.length() - ".sock".length()) + ".log");
    }

    /** Sends a status or stop request; null when no daemon answers. */
    private String ask(byte kind) throws IOException {
        try (SocketChannel channel = connect()) {
            if (channel == null) {
                return null;
            }
            DaemonProtocol.writeRequest(new DataOutputStream(DaemonProtocol.output(channel)),
                    new DaemonProtocol.Request(kind, null, null, List.of(), Map.of()));
            DaemonProtocol.Frame frame = DaemonProtocol.readFrame(new DataInputStream(DaemonProtocol.input(channel)));
            return frame == null ? null : frame.text();
        } catch (IOException e) {
            return null;
        }
    }

    /** The daemon's socket, or null when none listens there (no file, or a killed daemon's file). */
    private SocketChannel connect() throws IOException {
        if (!Files.exists(socket) || !DaemonProtocol.isPrivate(socket.getParent())) {
            return null;
        }
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.connect(UnixDomainSocketAddress.of(socket));
            return channel;
        } catch (ConnectException e) {
            channel.close();
            return null;
        }
    }

    /**
     * Runs a command in the daemon, copying its output to {@code stdout} and {@code stderr};
     * returns its exit code, or {@link DaemonProtocol#NO_DAEMON} / {@link DaemonProtocol#RUN_IN_PROCESS}.
     */
    int run(Path cwd, String charset, List<String> args, Map<String, String> env, OutputStream stdout, OutputStream stderr)
            throws IOException {
        SocketChannel channel = connect();
        if (channel == null) {
            return DaemonProtocol.NO_DAEMON;
        }
        try (channel) {
            DaemonProtocol.writeRequest(new DataOutputStream(new java.io.BufferedOutputStream(DaemonProtocol.output(channel), 1 << 16)),
                    new DaemonProtocol.Request(DaemonProtocol.RUN, cwd, charset, args, env));
            DataInputStream in = new DataInputStream(new BufferedInputStream(DaemonProtocol.input(channel), 1 << 16));
            while (true) {
                DaemonProtocol.Frame frame = DaemonProtocol.readFrame(in);
                if (frame == null) {
                    stdout.flush();
                    err.println("strata: the Strata daemon ended the command without an exit code; see its log " + log(socket));
                    return ExitCode.INTERNAL_ERROR;
                }
                switch (frame.kind()) {
                    case DaemonProtocol.OUT -> copy(frame, stdout);
                    case DaemonProtocol.ERR -> copy(frame, stderr);
                    case DaemonProtocol.EXIT -> {
                        stdout.flush();
                        stderr.flush();
                        return frame.code();
                    }
                    case DaemonProtocol.FALLBACK -> {
                        return DaemonProtocol.RUN_IN_PROCESS;
                    }
                    default -> throw new IOException("unexpected frame " + (char) frame.kind());
                }
            }
        } catch (OutputClosed e) {
            // e.g. `strata ... | head`: the reader left; leaving too ends the command in the daemon
            return ExitCode.INTERNAL_ERROR;
        } catch (IOException e) {
            err.println("strata: the connection to the Strata daemon broke: " + e.getMessage() + "; see its log " + log(socket));
            return ExitCode.INTERNAL_ERROR;
        }
    }

    /** Our own stdout or stderr cannot be written (a closed pipe), unlike a broken connection. */
    private static final class OutputClosed extends IOException {
        private static final long serialVersionUID = 1L;

        OutputClosed(IOException cause) {
            super(cause);
        }
    }

    private static void copy(DaemonProtocol.Frame frame, OutputStream to) throws OutputClosed {
        try {
            to.write(frame.bytes());
        } catch (IOException e) {
            throw new OutputClosed(e);
        }
    }
}
