package io.strata.liquibase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each change set starts in its change log file (XML, YAML, JSON, formatted SQL or the DSL), so that
 * findings and messages point at a line. Each file is read once; DSL files ({@code .strata}) with the DSL's parser.
 */
public final class ChangeSetLines {

    private static final Pattern XML_CHANGE_SET = Pattern.compile("<(?:\\w+:)?changeSet\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern XML_ID = Pattern.compile("\\bid\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
    private static final Pattern XML_AUTHOR = Pattern.compile("\\bauthor\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
    private static final Pattern SQL_CHANGE_SET = Pattern.compile("^\\s*--\\s*changeset\\s+(\"[^\"]*\"|[^:\\s]+):(\\S+)", Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);
    private static final Pattern YAML_OR_JSON_ID = Pattern.compile("^\\s*-?\\s*\"?id\"?\\s*:\\s*[\"']?([^\"',}\\s][^\"',}]*?)[\"']?\\s*,?\\s*$", Pattern.MULTILINE);

    private final Path root;
    private final Map<String, Map<String, List<Integer>>> byFile = new HashMap<>();

    /** @param root the directory change log paths are relative to */
    public ChangeSetLines(Path root) {
        this.root = root;
    }

    /**
     * Indexes {@code file} now rather than at the first {@link #line} of it (say, on another
     * thread while Liquibase parses it); the caller hands this object over afterwards.
     */
    public ChangeSetLines read(String file) {
        byFile.computeIfAbsent(normalize(file), this::index);
        return this;
    }

    /** The 1-based line of the change set, or 0 when it cannot be found. */
    public int line(String file, String id, String author) {
        List<Integer> lines = lines(file, id, author);
        return lines.isEmpty() ? 0 : lines.get(0);
    }

    /**
     * Every 1-based line where a change set with this id (and author, where the format names it)
     * starts in the file, in file order: more than one when the id is duplicated.
     */
    public List<Integer> lines(String file, String id, String author) {
        Map<String, List<Integer>> lines = byFile.computeIfAbsent(normalize(file), this::index);
        List<Integer> found = lines.get(id + "::" + author);
        if (found == null) {
            found = lines.get(id);
        }
        return found == null ? List.of() : List.copyOf(found);
    }

    /**
     * A change log path as Liquibase records it, made comparable: forward slashes, no
     * {@code classpath:} and no leading {@code /} or {@code ./}.
     */
    public static String normalize(String path) {
        if (path == null) {
            return "";
        }
        String p = path.replace('\\', '/');
        if (p.startsWith("classpath:")) {
            p = p.substring("classpath:".length());
        }
        while (p.startsWith("/") || p.startsWith("./")) {
            p = p.substring(p.startsWith("/") ? 1 : 2);
        }
        return p;
    }

    private Map<String, List<Integer>> index(String file) {
        Map<String, List<Integer>> lines = new HashMap<>();
        String text;
        try {
            text = Files.readString(root.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return lines;
        }
        int[] lineStarts = lineStarts(text);
        String lower = file.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".xml")) {
            Matcher m = XML_CHANGE_SET.matcher(text);
            while (m.find()) {
                Matcher id = XML_ID.matcher(m.group(1));
                Matcher author = XML_AUTHOR.matcher(m.group(1));
                if (id.find()) {
                    put(lines, value(id), author.find() ? value(author) : null, lineOf(lineStarts, m.start()));
                }
            }
        } else if (io.strata.dsl.DslChangeLogParser.isDsl(lower)) {
            io.strata.dsl.DslReader.Result read = io.strata.dsl.DslReader.read(text, file);
            if (read.ok()) {
                for (liquibase.parser.core.ParsedNode node : read.root().getChildren()) {
                    Object id = node.getName().equals("changeSet") ? childValue(node, "id") : null;
                    if (id != null) {
                        Object author = childValue(node, "author");
                        put(lines, id.toString(), author == null ? null : author.toString(), read.line(node));
                    }
                }
            }
        } else if (lower.endsWith(".sql")) {
            Matcher m = SQL_CHANGE_SET.matcher(text);
            while (m.find()) {
                put(lines, m.group(2), m.group(1).replace("\"", ""), lineOf(lineStarts, m.start()));
            }
        } else {
            Matcher m = YAML_OR_JSON_ID.matcher(text);
            while (m.find()) {
                put(lines, m.group(1).strip(), null, lineOf(lineStarts, m.start(1)));
            }
        }
        return lines;
    }

    private static Object childValue(liquibase.parser.core.ParsedNode node, String name) {
        liquibase.parser.core.ParsedNode child = node.getChildren().stream().filter(c -> c.getName().equals(name)).findFirst().orElse(null);
        return child == null ? null : child.getValue();
    }

    private static String value(Matcher m) {
        return m.group(2) != null ? m.group(2) : m.group(3);
    }

    private static void put(Map<String, List<Integer>> lines, String id, String author, int line) {
        lines.computeIfAbsent(id, k -> new ArrayList<>()).add(line);
        if (author != null) {
            lines.computeIfAbsent(id + "::" + author, k -> new ArrayList<>()).add(line);
        }
    }

    private static int[] lineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[n++] = i + 1;
            }
        }
        return starts;
    }

    private static int lineOf(int[] starts, int offset) {
        int i = java.util.Arrays.binarySearch(starts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }
}
