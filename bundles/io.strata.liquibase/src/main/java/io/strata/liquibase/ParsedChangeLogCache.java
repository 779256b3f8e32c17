package io.strata.liquibase;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import liquibase.Scope;
import liquibase.parser.core.ParsedNode;
import liquibase.parser.core.ParsedNodeException;
import liquibase.util.LiquibaseUtil;

/**
 * The trees Liquibase's XML parser built from change log files, kept in a project's local state
 * ({@code .strata/cache/changelog/}) so that an unchanged file is not parsed and schema-validated
 * again. A tree is what the XML parser hands to {@code DatabaseChangeLog.load}: element and
 * attribute names with their raw text, before properties are expanded and before includes,
 * contexts, labels or any Liquibase object exist. It depends on the file's bytes, Liquibase's
 * version (its XSDs fill in default attributes), the extension jars (they may bring XSDs) and the
 * parser's validation setting, and on nothing else: each entry is stored under a SHA-256 of all of
 * these, so an edited file simply has no entry. Everything after the tree (includes, includeAll
 * listings, properties, contexts, checksums) is Liquibase's own work on every run.
 *
 * <p>An entry that cannot be read (corrupt, older format, cut short) counts as missing: the file
 * is parsed as if there were no cache, and the entry is written again.
 */
public final class ParsedChangeLogCache {

    /** The key under which a cache is put into a Liquibase scope for {@link CachingXmlChangeLogParser}. */
    static final String SCOPE_KEY = "io.strata.liquibase.parsedChangeLogCache";

    /** Where the cache lives below a project's local state folder. */
    public static final String FOLDER = "cache/changelog";

    private static final int MAGIC = 0x5354_504E; // "STPN"
    private static final int FORMAT = 1;
    /** Entries beyond this many, or beyond {@link #MAX_BYTES} in all, are deleted (oldest first) when one is written. */
    private static final int MAX_ENTRIES = 200;
    /** At most this many bytes of entries (a 10,000-change-set file's tree takes 2.3 MB). */
    private static final long MAX_BYTES = 128L << 20;

    private final Path dir;
    private int hits;
    private int misses;

    /** @param dir the folder of the entries; created when the first entry is written */
    public ParsedChangeLogCache(Path dir) {
        this.dir = dir;
    }

    /** The cache of a project: {@code <project>/.strata/cache/changelog}. */
    public static ParsedChangeLogCache of(Path projectDir) {
        return new ParsedChangeLogCache(projectDir.resolve(io.strata.core.StrataProjects.LOCAL_STATE_FOLDER).resolve(FOLDER));
    }

    /** Files whose tree came from the cache in this object's lifetime. */
    public synchronized int hits() {
        return hits;
    }

    /** Files that were parsed (no entry, or an unreadable one) in this object's lifetime. */
    public synchronized int misses() {
        return misses;
    }

    synchronized void counted(boolean hit) {
        if (hit) {
            hits++;
        } else {
            misses++;
        }
    }

    /**
     * The key of a file's tree: a SHA-256 of the file's bytes and of everything besides them that
     * the XML parser's result depends on.
     */
    static String key(byte[] content, boolean validating) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            StringBuilder environment = new StringBuilder();
            environment.append("format=").append(FORMAT).append("\nliquibase=").append(LiquibaseUtil.getBuildVersion())
                    .append("\nvalidating=").append(validating)
                    .append("\nsecure=").append(liquibase.GlobalConfiguration.SECURE_PARSING.getCurrentValue());
            // Extension jars (custom change types) may bring XSDs of their own.
            environment.append(extensions());
            digest.update(environment.toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(content);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The jars of the Liquibase scope's class loader and those of its parents (extension jars), each
     * with its size and time, one per line.
     */
    static String extensions() {
        StringBuilder text = new StringBuilder();
        for (ClassLoader loader = Scope.getCurrentScope().getClassLoader(); loader != null; loader = loader.getParent()) {
            if (loader instanceof java.net.URLClassLoader urls) {
                for (java.net.URL url : urls.getURLs()) {
                    text.append("\nextension=").append(url);
                    try {
                        Path jar = Path.of(url.toURI());
                        text.append(',').append(Files.size(jar)).append(',').append(Files.getLastModifiedTime(jar).toMillis());
                    } catch (IOException | IllegalArgumentException | java.net.URISyntaxException | java.nio.file.FileSystemNotFoundException e) {
                        text.append(",unreadable");
                    }
                }
            }
        }
        return text.toString();
    }

    private Path file(String key) {
        return dir.resolve(key.substring(0, 40) + ".node");
    }

    /** The tree stored under {@code key}, or null when there is none or it cannot be read (or fails its CRC). */
    ParsedNode read(String key) {
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || !key.equals(in.readUTF())) {
                return null;
            }
            long crc = in.readLong();
            int bodyStart = bytes.length - in.available();
            java.util.zip.CRC32 check = new java.util.zip.CRC32();
            check.update(bytes, bodyStart, bytes.length - bodyStart);
            if (check.getValue() != crc) {
                return null;
            }
            int count = in.readInt();
            if (count < 0 || count > bytes.length) {
                return null;
            }
            String[] strings = new String[count];
            for (int i = 0; i < count; i++) {
                strings[i] = readString(in);
            }
            ParsedNode root = readNode(in, strings, 0);
            if (in.readInt() != MAGIC || in.available() != 0) {
                return null;
            }
            try {
                Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
            } catch (IOException e) {
                // only the pruning order suffers
            }
            return root;
        } catch (IOException | RuntimeException | ParsedNodeException | StackOverflowError e) {
            return null;
        }
    }

    private static ParsedNode readNode(DataInputStream in, String[] strings, int depth) throws IOException, ParsedNodeException {
        if (depth > 10_000) {
            throw new IOException("too deep");
        }
        ParsedNode node = new ParsedNode(string(in, strings), string(in, strings));
        String value = string(in, strings);
        if (value != null) {
            node.setValue(value);
        }
        int children = in.readInt();
        for (int i = 0; i < children; i++) {
            node.addChild(readNode(in, strings, depth + 1));
        }
        return node;
    }

    private static String string(DataInputStream in, String[] strings) throws IOException {
        int index = in.readInt();
        return index < 0 ? null : strings[index];
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new IOException("cut short");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * Stores {@code root} under {@code key}; does nothing when the tree holds anything but text
     * (then it is not what the XML parser builds) or the folder cannot be written.
     */
    void write(String key, ParsedNode root) {
        Map<String, Integer> index = new HashMap<>();
        List<String> strings = new ArrayList<>();
        if (!collect(root, index, strings, 0)) {
            return;
        }
        Path file = file(key);
        Path temporary = null;
        try {
            Files.createDirectories(dir);
            temporary = Files.createTempFile(dir, "node", ".tmp");
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream(1 << 16);
            DataOutputStream data = new DataOutputStream(body);
            data.writeInt(strings.size());
            for (String s : strings) {
                byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
                data.writeInt(bytes.length);
                data.write(bytes);
            }
            writeNode(data, root, index);
            data.writeInt(MAGIC);
            data.flush();
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            byte[] payload = body.toByteArray();
            crc.update(payload);
            try (OutputStream raw = Files.newOutputStream(temporary);
                    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                out.writeUTF(key);
                out.writeLong(crc.getValue());
                out.write(payload);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            prune();
        } catch (IOException | RuntimeException e) {
            // A cache that cannot be written only costs the next run a parse.
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // left behind; pruned later
                }
            }
        }
    }

    private static boolean collect(ParsedNode node, Map<String, Integer> index, List<String> strings, int depth) {
        if (depth > 10_000 || (node.getValue() != null && !(node.getValue() instanceof String))) {
            return false;
        }
        add(node.getNamespace(), index, strings);
        add(node.getName(), index, strings);
        add((String) node.getValue(), index, strings);
        for (ParsedNode child : node.getChildren()) {
            if (!collect(child, index, strings, depth + 1)) {
                return false;
            }
        }
        return true;
    }

    private static void add(String s, Map<String, Integer> index, List<String> strings) {
        if (s != null && index.putIfAbsent(s, strings.size()) == null) {
            strings.add(s);
        }
    }

    private static void writeNode(DataOutputStream out, ParsedNode node, Map<String, Integer> index) throws IOException {
        out.writeInt(ref(node.getNamespace(), index));
        out.writeInt(ref(node.getName(), index));
        out.writeInt(ref((String) node.getValue(), index));
        out.writeInt(node.getChildren().size());
        for (ParsedNode child : node.getChildren()) {
            writeNode(out, child, index);
        }
    }

    private static int ref(String s, Map<String, Integer> index) {
        return s == null ? -1 : index.get(s);
    }

    /**
     * Keeps the newest entries, at most {@value #MAX_ENTRIES} and {@value #MAX_BYTES} bytes; older
     * ones belong to edited files or other branches. Entries read or written by a parse are the
     * newest (a hit touches its entry).
     */
    private void prune() throws IOException {
        List<Path> entries;
        try (var files = Files.list(dir)) {
            entries = new ArrayList<>(files.filter(f -> f.getFileName().toString().endsWith(".node")).toList());
        }
        Map<Path, java.nio.file.attribute.BasicFileAttributes> stats = new HashMap<>();
        long total = 0;
        for (Path f : entries) {
            java.nio.file.attribute.BasicFileAttributes attributes = Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class);
            stats.put(f, attributes);
            total += attributes.size();
        }
        if (entries.size() <= MAX_ENTRIES && total <= MAX_BYTES) {
            return;
        }
        entries.sort(java.util.Comparator.comparing((Path f) -> stats.get(f).lastModifiedTime()).reversed());
        long kept = 0;
        for (int i = 0; i < entries.size(); i++) {
            Path f = entries.get(i);
            kept += stats.get(f).size();
            if (i > 0 && (i >= MAX_ENTRIES || kept > MAX_BYTES)) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** Reads a whole input stream (the change log file). */
    static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }
}
