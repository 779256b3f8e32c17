package io.strata.liquibase.changeset;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An XML change log as text: where a new change set goes (before the closing
 * {@code </databaseChangeLog>}, outside comments) and how the file writes its XML (indentation,
 * line separator, namespace prefix, encoding). Nothing else of the file is touched. A DSL change
 * log ({@link #readDsl}) takes new change sets at its end.
 */
final class TargetFile {

    private static final Pattern ENCODING = Pattern.compile("^\\uFEFF?<\\?xml[^>]*\\bencoding\\s*=\\s*[\"']([\\w.:-]+)[\"']");
    private static final Pattern ROOT = Pattern.compile("<((?:[\\w.-]+:)?)databaseChangeLog\\b[^>]*>", Pattern.DOTALL);
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->|<!\\[CDATA\\[.*?\\]\\]>", Pattern.DOTALL);
    private static final Pattern CHILD_INDENT = Pattern.compile("\\n([ \\t]*)<(?![/!?])");

    final Path file;
    final byte[] bytes;
    final Charset charset;
    final String text;
    final String prefix;
    final String rootTag;
    final String newline;
    final String indent;
    final String unit;
    /** Where the inserted text goes, as a char offset. */
    final int insertAt;
    /** Whether the inserted text starts after a line break the file already has before {@link #insertAt}. */
    final boolean atLineStart;
    /** Whether the line before {@link #insertAt} is already blank. */
    final boolean blankBefore;
    /** Whether the file is a DSL change log (UTF-8, new change sets at its end). */
    final boolean dsl;

    private TargetFile(Path file, byte[] bytes, Charset charset, String text, String prefix, String rootTag, int close, boolean dsl) {
        this.file = file;
        this.dsl = dsl;
        this.bytes = bytes;
        this.charset = charset;
        this.text = text;
        this.prefix = prefix;
        this.rootTag = rootTag;
        this.newline = text.contains("\r\n") ? "\r\n" : "\n";
        int lineStart = text.lastIndexOf('\n', close - 1) + 1;
        boolean onlyBlanks = text.substring(lineStart, close).isBlank();
        this.atLineStart = onlyBlanks && lineStart > 0;
        this.insertAt = atLineStart ? lineStart : close;
        String before = text.substring(0, insertAt).stripTrailing();
        int end = atLineStart ? insertAt : -1;
        this.blankBefore = end > 0 && text.substring(before.length(), end).chars().filter(c -> c == '\n').count() >= 2;
        String[] style = indentation(text, close);
        this.indent = style[0];
        this.unit = style[1];
    }

    /**
     * Reads the change log.
     *
     * @throws IllegalArgumentException with a message for the user when the file is not an XML change
     *         log Strata can append to
     */
    static TargetFile read(Path file, String shownName) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        Charset charset = StandardCharsets.UTF_8;
        Matcher m = ENCODING.matcher(head.startsWith("\u00EF\u00BB\u00BF") ? head.substring(3) : head);
        if (m.find()) {
            try {
                charset = Charset.forName(m.group(1));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(shownName + " declares the encoding " + m.group(1) + ", which Java does not know.");
            }
        }
        String text = decode(bytes, charset, shownName);
        List<int[]> skipped = new ArrayList<>();
        Matcher c = COMMENT.matcher(text);
        while (c.find()) {
            skipped.add(new int[] { c.start(), c.end() });
        }
        Matcher root = ROOT.matcher(text);
        boolean found = false;
        while (!found && root.find()) {
            found = !inside(skipped, root.start()); // not a <databaseChangeLog> in a comment
        }
        if (!found) {
            throw new IllegalArgumentException(shownName + " has no <databaseChangeLog> element; it is not an XML change log.");
        }
        String prefix = root.group(1);
        String closing = "</" + prefix + "databaseChangeLog";
        int close = text.lastIndexOf(closing);
        while (close >= 0 && inside(skipped, close)) {
            close = text.lastIndexOf(closing, close - 1);
        }
        if (close < root.end()) {
            throw new IllegalArgumentException(shownName + " has no closing " + closing + "> (is it <databaseChangeLog .../>?); "
                    + "write it as <databaseChangeLog ...></databaseChangeLog> first.");
        }
        return new TargetFile(file, bytes, charset, text, prefix, root.group(), close, false);
    }

    /**
     * Reads a DSL change log ({@code .strata}, always UTF-8): new change sets go after its last line.
     *
     * @throws IllegalArgumentException with a message for the user when the file is not UTF-8
     */
    static TargetFile readDsl(Path file, String shownName) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = decode(bytes, StandardCharsets.UTF_8, shownName);
        return new TargetFile(file, bytes, StandardCharsets.UTF_8, text, "", null, text.length(), true);
    }

    private static String decode(byte[] bytes, Charset charset, String shownName) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(shownName + " is not valid " + charset.name() + "; fix its encoding first.");
        }
    }

    /** Whether nothing but white space comes before {@link #insertAt} (an empty DSL change log). */
    boolean emptyBefore() {
        return text.substring(0, insertAt).isBlank();
    }

    private static boolean inside(List<int[]> ranges, int offset) {
        for (int[] r : ranges) {
            if (offset > r[0] && offset < r[1]) {
                return true;
            }
        }
        return false;
    }

    /** The indentation of the root's children and one level of indentation, as the file writes them. */
    private static String[] indentation(String text, int close) {
        Matcher changeSet = Pattern.compile("\\n([ \\t]*)<(?:[\\w.-]+:)?changeSet\\b").matcher(text);
        String base = null;
        int from = -1;
        if (changeSet.find()) {
            base = changeSet.group(1);
            from = changeSet.end();
        } else {
            Matcher root = ROOT.matcher(text);
            if (root.find()) {
                Matcher child = CHILD_INDENT.matcher(text);
                if (child.find(root.end()) && child.start() < close) {
                    base = child.group(1);
                }
            }
        }
        String unit = null;
        if (from >= 0) {
            Matcher inner = CHILD_INDENT.matcher(text);
            if (inner.find(from)) {
                String deeper = inner.group(1);
                if (deeper.length() > base.length() && deeper.startsWith(base)) {
                    unit = deeper.substring(base.length());
                }
            }
        }
        if (base == null) {
            base = "    ";
        }
        if (unit == null) {
            unit = base.isEmpty() ? "    " : base;
        }
        return new String[] { base, unit };
    }

    /** The file's bytes with {@code inserted} at {@link #insertAt}; every other byte is the file's own. */
    byte[] with(String inserted) {
        int byteOffset = text.substring(0, insertAt).getBytes(charset).length;
        byte[] middle = inserted.getBytes(charset);
        byte[] result = new byte[bytes.length + middle.length];
        System.arraycopy(bytes, 0, result, 0, byteOffset);
        System.arraycopy(middle, 0, result, byteOffset, middle.length);
        System.arraycopy(bytes, byteOffset, result, byteOffset + middle.length, bytes.length - byteOffset);
        return result;
    }

    /** The 1-based line where text inserted at {@link #insertAt} starts, after {@code leading} line breaks. */
    int lineAfterInsert(int leading) {
        int line = 1;
        for (int i = 0; i < insertAt; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line + leading;
    }
}
