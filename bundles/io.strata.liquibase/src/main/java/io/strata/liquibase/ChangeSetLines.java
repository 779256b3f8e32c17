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

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Where each change set starts in its change log file (XML, YAML, JSON, formatted SQL or the DSL), so that
 * findings and messages point at a line. Each file is read once; DSL files ({@code .strata}) with the DSL's parser.
 */
public final class ChangeSetLines {

    private static final Pattern XML_CHANGE_SET = Pattern.compile("<(?:\\w+:)?changeSet\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern XML_ID = Pattern.compile("\\bid\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
    private static final Pattern XML_AUTHOR = Pattern.compile("\\bauthor\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
    /** Liquibase's own pattern for a formatted SQL change set line (author, then id), matched one line at a time. */
    private static final Pattern SQL_CHANGE_SET = Pattern.compile("\\s*--[\\s]*changeset\\s+(\"[^\"]+\"|[^:]+):\\s*(\"[^\"]+\"|\\S+).*",
            Pattern.CASE_INSENSITIVE);
    /** XML comments and CDATA sections: a change set written inside one is not a change set. */
    private static final Pattern XML_NOT_MARKUP = Pattern.compile("<!--.*?-->|<!\\[CDATA\\[.*?]]>", Pattern.DOTALL);

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

    /**
     * Every 1-based line where a change set starts in {@code text}, in order, read as the format its file name
     * ({@code file}) says; empty when the text cannot be read as a change log of that format.
     */
    public static List<Integer> starts(String file, String text) {
        Map<String, List<Integer>> lines = new HashMap<>();
        index(text, file, lines);
        java.util.SortedSet<Integer> starts = new java.util.TreeSet<>();
        lines.values().forEach(starts::addAll);
        return List.copyOf(starts);
    }

    private Map<String, List<Integer>> index(String file) {
        Map<String, List<Integer>> lines = new HashMap<>();
        String text;
        try {
            text = Files.readString(root.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return lines;
        }
        index(text, file, lines);
        return lines;
    }

    private static void index(String text, String file, Map<String, List<Integer>> lines) {
        String lower = file.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".xml")) {
            indexXml(text, lines);
        } else if (io.strata.dsl.DslChangeLogParser.isDsl(lower)) {
            indexDsl(text, file, lines);
        } else if (lower.endsWith(".sql")) {
            indexSql(text, lines);
        } else {
            indexYamlOrJson(text, lines);
        }
    }

    /** The line of {@code <changeSet}, wherever its attributes are; change sets in comments and CDATA do not count. */
    private static void indexXml(String text, Map<String, List<Integer>> lines) {
        int[] lineStarts = lineStarts(text);
        StringBuilder markup = new StringBuilder(text);
        Matcher hidden = XML_NOT_MARKUP.matcher(text);
        while (hidden.find()) {
            for (int i = hidden.start(); i < hidden.end(); i++) {
                if (markup.charAt(i) != '\n') {
                    markup.setCharAt(i, ' ');
                }
            }
        }
        Matcher m = XML_CHANGE_SET.matcher(markup);
        while (m.find()) {
            Matcher id = XML_ID.matcher(m.group(1));
            Matcher author = XML_AUTHOR.matcher(m.group(1));
            if (id.find()) {
                put(lines, value(id), author.find() ? value(author) : null, lineOf(lineStarts, m.start()));
            }
        }
    }

    private static void indexDsl(String text, String file, Map<String, List<Integer>> lines) {
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
    }

    /** The {@code --changeset author:id} line, read line by line as Liquibase reads it. */
    private static void indexSql(String text, Map<String, List<Integer>> lines) {
        String[] rows = text.split("\r?\n|\r", -1);
        for (int i = 0; i < rows.length; i++) {
            Matcher m = SQL_CHANGE_SET.matcher(rows[i]);
            if (m.matches()) {
                put(lines, stripQuotes(m.group(2)), stripQuotes(m.group(1)), i + 1);
            }
        }
    }

    /**
     * The line of the {@code changeSet} key under {@code databaseChangeLog}, read with the YAML parser Liquibase uses
     * for both formats (JSON is YAML): comments, blank lines, quoting and key order do not move it, and an
     * {@code id} elsewhere (in a change, in SQL text) is not taken for a change set.
     */
    private static void indexYamlOrJson(String text, Map<String, List<Integer>> lines) {
        Node document;
        try {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new java.io.StringReader(text));
        } catch (RuntimeException e) {
            return; // Liquibase reports the syntax error; there is no change set to point at
        }
        Node changeLog = document instanceof MappingNode map ? valueOf(map, "databaseChangeLog") : null;
        if (!(changeLog instanceof SequenceNode entries)) {
            return;
        }
        for (Node entry : entries.getValue()) {
            if (!(entry instanceof MappingNode element)) {
                continue;
            }
            for (NodeTuple tuple : element.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("changeSet")
                        && tuple.getValueNode() instanceof MappingNode changeSet
                        && valueOf(changeSet, "id") instanceof ScalarNode id) {
                    String author = valueOf(changeSet, "author") instanceof ScalarNode a ? a.getValue() : null;
                    put(lines, id.getValue(), author, key.getStartMark().getLine() + 1);
                }
            }
        }
    }

    private static Node valueOf(MappingNode map, String key) {
        for (NodeTuple tuple : map.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return tuple.getValueNode();
            }
        }
        return null;
    }

    private static String stripQuotes(String value) {
        String v = value.strip();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
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
