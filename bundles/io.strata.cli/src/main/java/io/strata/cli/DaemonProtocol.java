package io.strata.cli;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the {@code strata} client ({@link DaemonClient}, a plain JVM without OSGi) and the Strata
 * daemon ({@link DaemonServer}) say to each other over a Unix domain socket, and where that socket
 * is. JDK classes only: the client loads this class from the bundle's jar on a plain class path.
 *
 * <p>A connection carries one request: the magic number, the protocol version and a kind byte;
 * for {@link #RUN} then the working directory, the console's charset, the arguments and the
 * environment. The daemon answers with frames: {@link #OUT} or {@link #ERR} with bytes,
 * then {@link #EXIT} with the exit code, or {@link #FALLBACK} with a reason (the client then runs
 * the command in its own process). The client sends nothing more; when it goes away (Ctrl+C) the
 * daemon sees the end of the stream and cancels the request.
 */
final class DaemonProtocol {

    static final int MAGIC = 0x53545244;
    static final int VERSION = 1;

    static final byte RUN = 'R';
    static final byte STATUS = 'S';
    static final byte STOP = 'Q';

    static final byte OUT = 'O';
    static final byte ERR = 'E';
    static final byte EXIT = 'X';
    static final byte FALLBACK = 'F';
    static final byte INFO = 'I';

    /** Client exit code: no daemon answers; the launcher script starts one and runs the command itself. */
    static final int NO_DAEMON = 113;
    /** Client exit code: the daemon cannot run this request; the launcher script runs it itself. */
    static final int RUN_IN_PROCESS = 114;

    /** Variables that differ between shells without meaning anything to a command. */
    static final Set<String> INCIDENTAL_VARIABLES = Set.of("PWD", "OLDPWD", "_", "SHLVL");

    private DaemonProtocol() {
    }

    record Request(byte kind, Path workingDir, String charset, List<String> args, Map<String, String> env) {
    }

    // --- where ---

    /**
     * The per-user folder of daemon sockets: {@code $STRATA_DAEMON_DIR}, else
     * {@code $XDG_RUNTIME_DIR/strata}, else {@code ~/.strata/daemon}.
     */
    static Path directory(Map<String, String> env) {
        String dir = env.get("STRATA_DAEMON_DIR");
        if (dir != null && !dir.isBlank()) {
            return Path.of(dir).toAbsolutePath();
        }
        String runtime = env.get("XDG_RUNTIME_DIR");
        if (runtime != null && !runtime.isBlank() && Files.isDirectory(Path.of(runtime))) {
            return Path.of(runtime, "strata");
        }
        return Path.of(System.getProperty("user.home"), ".strata", "daemon");
    }

    /** The name (without extension) of the socket of this installation and version. */
    static String key(Path installDir, String version) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((installDir.toAbsolutePath().normalize() + "\n" + version).getBytes(StandardCharsets.UTF_8));
            return "strata-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Creates the folder readable by its owner only (0700), or checks an existing one: it must be
     * a folder, not a link, and is made 0700 if it is not. Throws with what to do when it cannot.
     */
    static Path privateDirectory(Path dir) throws IOException {
        Set<PosixFilePermission> owner = PosixFilePermissions.fromString("rwx------");
        Files.createDirectories(dir.getParent());
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(owner));
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(dir + " is not a folder; remove it, or set STRATA_DAEMON_DIR to another folder");
            }
        }
        if (!Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS).equals(owner)) {
            Files.setPosixFilePermissions(dir, owner);
        }
        return dir;
    }

    /** Whether {@code dir} is a folder (not a link) of this user's that only this user may enter (0700). */
    static boolean isPrivate(Path dir) {
        try {
            return Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
                    && Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS).equals(PosixFilePermissions.fromString("rwx------"))
                    && Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    // --- requests ---

    static void writeRequest(DataOutputStream out, Request request) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeByte(request.kind());
        if (request.kind() == RUN) {
            out.writeUTF(request.workingDir().toString());
            out.writeUTF(request.charset());
            writeCount(out, request.args().size());
            for (String arg : request.args()) {
                writeString(out, arg);
            }
            writeCount(out, request.env().size());
            for (Map.Entry<String, String> variable : request.env().entrySet()) {
                writeString(out, variable.getKey());
                writeString(out, variable.getValue());
            }
        }
        out.flush();
    }

    static Request readRequest(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("not a Strata client");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("protocol version " + version + ", this daemon speaks " + VERSION);
        }
        byte kind = in.readByte();
        if (kind != RUN) {
            return new Request(kind, null, null, List.of(), Map.of());
        }
        Path cwd = Path.of(in.readUTF());
        String charset = in.readUTF();
        int argc = readCount(in);
        List<String> args = new ArrayList<>(argc);
        for (int i = 0; i < argc; i++) {
            args.add(readString(in));
        }
        int envc = readCount(in);
        Map<String, String> env = new LinkedHashMap<>();
        for (int i = 0; i < envc; i++) {
            env.put(readString(in), readString(in));
        }
        return new Request(RUN, cwd, charset, args, env);
    }

    private static void writeCount(DataOutputStream out, int n) throws IOException {
        out.writeInt(n);
    }

    private static int readCount(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1_000_000) {
            throw new IOException("bad count " + n);
        }
        return n;
    }

    /** Strings longer than writeUTF's 64 KB (an environment variable may be) as length and UTF-8. */
    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = readCount(in);
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    // --- frames ---

    static void writeFrame(OutputStream out, byte kind, byte[] bytes, int offset, int length) throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream(length + 5);
        DataOutputStream data = new DataOutputStream(frame);
        data.writeByte(kind);
        data.writeInt(length);
        data.write(bytes, offset, length);
        out.write(frame.toByteArray());
        out.flush();
    }

    static void writeFrame(OutputStream out, byte kind, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        writeFrame(out, kind, bytes, 0, bytes.length);
    }

    static void writeExit(OutputStream out, int code) throws IOException {
        writeFrame(out, EXIT, ByteBuffer.allocate(4).putInt(code).array(), 0, 4);
    }

    /** A frame: its kind and bytes; null at the end of the stream. */
    record Frame(byte kind, byte[] bytes) {
        int code() {
            return ByteBuffer.wrap(bytes).getInt();
        }

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    static Frame readFrame(DataInputStream in) throws IOException {
        int kind = in.read();
        if (kind < 0) {
            return null;
        }
        int length = in.readInt();
        if (length < 0 || length > (64 << 20)) {
            throw new IOException("bad frame length " + length);
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new EOFException();
        }
        return new Frame((byte) kind, bytes);
    }

    // --- streams over a socket channel ---

    /*
     * Own adapters rather than Channels.newInputStream/newOutputStream: the daemon reads (to see the
     * client leave) and writes (the output) on different threads, which a socket channel allows.
     */
    static InputStream input(SocketChannel channel) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                return channel.read(ByteBuffer.wrap(b, off, len));
            }
        };
    }

    static OutputStream output(SocketChannel channel) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] { (byte) b }, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        };
    }
}
