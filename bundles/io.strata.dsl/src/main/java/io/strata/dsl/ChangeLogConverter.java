package io.strata.dsl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import liquibase.changelog.ChangeLogChild;
import liquibase.changelog.ChangeLogInclude;
import liquibase.changelog.ChangeLogIncludeAll;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeLogProperty;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.exception.ChangeLogParseException;
import liquibase.exception.LiquibaseException;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.parser.core.ParsedNode;
import liquibase.parser.core.ParsedNodeException;
import liquibase.parser.core.xml.XMLChangeLogSAXParser;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.serializer.ChangeLogSerializer;
import liquibase.serializer.ChangeLogSerializerFactory;
import liquibase.serializer.core.xml.XMLChangeLogSerializer;

/**
 * {@code strata convert}: XML, YAML or JSON change logs to the DSL and the DSL back to XML, YAML
 * or JSON. XML becomes DSL element for element (includes, properties and preconditions kept);
 * YAML, JSON and SQL change logs go through Liquibase's XML serializer first. The DSL becomes
 * XML, YAML or JSON through Liquibase's own serializers. Every conversion is checked: the written
 * file is parsed again and must give the same change sets ({@link RoundTrip}), else it is removed
 * and the differences are reported.
 *
 * <p>Call it inside a Liquibase scope ({@code LiquibaseRunner.inScope} in Strata).
 */
public final class ChangeLogConverter {

    /** What a conversion did. */
    public record Result(Path output, int changeSets, int changeSetsWithIncludes) {
    }

    /** A conversion that cannot be done or did not give the same change sets. */
    public static final class ConversionException extends Exception {
        private static final long serialVersionUID = 1L;

        public ConversionException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Path root;

    /** @param root the directory change log paths (and includes not relative to their file) are resolved against */
    public ChangeLogConverter(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * Converts {@code input} into {@code output}; the formats follow the file extensions.
     *
     * @param input an existing change log under the root
     * @param output the file to write (replaced), under the root
     */
    public Result convert(Path input, Path output) throws ConversionException {
        String in = relative(input);
        String out = relative(output);
        boolean toDsl = DslChangeLogParser.isDsl(out);
        if (!toDsl && !DslChangeLogParser.isDsl(in)) {
            throw new ConversionException("one of the two files must be a DSL change log (" + DslChangeLogParser.EXTENSION
                    + "): " + in + " -> " + out, null);
        }
        if (!toDsl && ChangeLogSerializerFactory.getInstance().getSerializer(extension(out)) == null) {
            throw new ConversionException("Liquibase cannot write " + out + ": use .xml, .yaml, .yml or .json", null);
        }
        ResourceAccessor accessor = accessor();
        DatabaseChangeLog original = parse(in, accessor);
        String text;
        try {
            if (toDsl) {
                text = DslWriter.write(treeOf(in, original, accessor));
            } else {
                text = serialize(out, children(in, original, accessor));
            }
            Files.createDirectories(root.resolve(out).getParent());
            Files.writeString(root.resolve(out), text, StandardCharsets.UTF_8);
        } catch (IOException | LiquibaseException | RuntimeException e) {
            throw new ConversionException(in + " cannot be converted: " + e.getMessage(), e);
        }
        DatabaseChangeLog converted;
        try {
            converted = parse(out, accessor());
        } catch (ConversionException e) {
            delete(out);
            throw new ConversionException("the converted change log cannot be read back, so it was not kept: " + e.getMessage(), e);
        }
        List<String> differences = RoundTrip.differences(original.getChangeSets(), converted.getChangeSets());
        if (!differences.isEmpty()) {
            delete(out);
            throw new ConversionException(out + " would not give the same change sets as " + in + ", so it was not kept:\n  "
                    + String.join("\n  ", differences.subList(0, Math.min(10, differences.size()))), null);
        }
        return new Result(root.resolve(out), own(original).size(), original.getChangeSets().size());
    }

    private ResourceAccessor accessor() throws ConversionException {
        try {
            return new DirectoryResourceAccessor(root);
        } catch (IOException e) {
            throw new ConversionException(root + " cannot be read: " + e.getMessage(), e);
        }
    }

    private String relative(Path file) throws ConversionException {
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(root)) {
            throw new ConversionException(file + " is not under " + root + ": run convert from the project directory", null);
        }
        return root.relativize(absolute).toString().replace('\\', '/');
    }

    private void delete(String out) {
        try {
            Files.deleteIfExists(root.resolve(out));
        } catch (IOException e) {
            // Nothing more to do: the message already says the file is wrong.
        }
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Parses a change log of any format Liquibase (with the DSL) reads. */
    static DatabaseChangeLog parse(String path, ResourceAccessor accessor) throws ConversionException {
        DslChangeLogParser.register();
        try {
            return ChangeLogParserFactory.getInstance().getParser(path, accessor).parse(path, new ChangeLogParameters(), accessor);
        } catch (LiquibaseException e) {
            throw new ConversionException(path + " is not a valid change log: " + e.getMessage(), e);
        }
    }

    /** The change sets written in the change log file itself, not in files it includes. */
    private static List<ChangeSet> own(DatabaseChangeLog changeLog) {
        return changeLog.getChangeSets().stream().filter(c -> c.getChangeLog() == changeLog).toList();
    }

    /** The XML parser's tree of an XML change log, or of the XML Liquibase writes for another format. */
    private ParsedNode treeOf(String in, DatabaseChangeLog original, ResourceAccessor accessor) throws IOException, LiquibaseException {
        if ("xml".equals(extension(in))) {
            return new XmlTree().read(in, accessor);
        }
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        new XMLChangeLogSerializer().write(own(original), xml);
        Path temp = Files.createTempDirectory("strata-convert");
        try {
            Files.write(temp.resolve("changelog.xml"), xml.toByteArray());
            return new XmlTree().read("changelog.xml", new DirectoryResourceAccessor(temp));
        } finally {
            Files.deleteIfExists(temp.resolve("changelog.xml"));
            Files.deleteIfExists(temp);
        }
    }

    /** The DSL file's top-level elements as Liquibase's serializable objects, in order. */
    private static List<ChangeLogChild> children(String in, DatabaseChangeLog original, ResourceAccessor accessor)
            throws IOException, LiquibaseException {
        DslReader.Result read = DslReader.read(new String(accessor.getExisting(in).openInputStream().readAllBytes(),
                StandardCharsets.UTF_8), in);
        Iterator<ChangeSet> changeSets = own(original).iterator();
        List<ChangeLogChild> children = new ArrayList<>();
        for (ParsedNode node : read.root().getChildren()) {
            switch (node.getName()) {
                case "changeSet" -> children.add(changeSets.next());
                case "include" -> children.add(include(new Attributes(node, read.line(node))));
                case "includeAll" -> children.add(includeAll(new Attributes(node, read.line(node))));
                case "property" -> children.add(property(new Attributes(node, read.line(node))));
                case "preConditions", "preconditions" -> throw new LiquibaseException("line " + read.line(node)
                        + ": Liquibase's serializers cannot write a change log's own preConditions (they nest them wrongly); "
                        + "write them by hand in the target file");
                case "logicalFilePath" -> own(original).stream().filter(c -> c.getLogicalFilePath() == null)
                        .forEach(c -> c.setLogicalFilePath(String.valueOf(node.getValue())));
                default -> {
                    if (!node.getChildren().isEmpty() || node.getValue() == null) {
                        throw new LiquibaseException("line " + read.line(node) + ": '" + node.getName()
                                + "' at the top of a change log cannot be converted yet; move it into a change set or convert by hand");
                    }
                }
            }
        }
        return children;
    }

    /**
     * A top-level element's attributes, taken one by one; {@link #done} fails on any left over, which
     * Liquibase's serializers could not write (an include's labels, say).
     */
    private static final class Attributes {
        private final Map<String, String> values = new java.util.LinkedHashMap<>();
        private final String element;
        private final int line;

        Attributes(ParsedNode node, int line) throws LiquibaseException {
            this.element = node.getName();
            this.line = line;
            for (ParsedNode child : node.getChildren()) {
                if (!child.getChildren().isEmpty() || child.getValue() == null) {
                    throw new LiquibaseException("line " + line + ": " + element + " has a nested " + child.getName()
                            + ", which Liquibase's serializers cannot write; convert to XML by hand");
                }
                values.put(child.getName(), child.getValue().toString());
            }
        }

        String text(String name) {
            return values.remove(name);
        }

        Boolean bool(String name) {
            String value = values.remove(name);
            return value == null ? null : Boolean.valueOf(value);
        }

        Integer integer(String name) {
            String value = values.remove(name);
            return value == null ? null : Integer.valueOf(value);
        }

        liquibase.ContextExpression context() {
            String value = values.remove("context");
            String filter = values.remove("contextFilter");
            return value == null && filter == null ? null : new liquibase.ContextExpression(filter != null ? filter : value);
        }

        <T> T done(T child) throws LiquibaseException {
            if (!values.isEmpty()) {
                throw new LiquibaseException("line " + line + ": Liquibase's serializers cannot write " + element + "'s "
                        + String.join(", ", values.keySet()) + "; write that " + element + " by hand in the target file");
            }
            return child;
        }
    }

    private static ChangeLogInclude include(Attributes a) throws LiquibaseException {
        ChangeLogInclude include = new ChangeLogInclude();
        include.setFile(a.text("file"));
        include.setRelativeToChangelogFile(a.bool("relativeToChangelogFile"));
        include.setErrorIfMissing(a.bool("errorIfMissing"));
        include.setContext(a.context());
        return a.done(include);
    }

    private static ChangeLogIncludeAll includeAll(Attributes a) throws LiquibaseException {
        ChangeLogIncludeAll includeAll = new ChangeLogIncludeAll();
        includeAll.setPath(a.text("path"));
        includeAll.setRelativeToChangelogFile(a.bool("relativeToChangelogFile"));
        includeAll.setErrorIfMissingOrEmpty(a.bool("errorIfMissingOrEmpty"));
        includeAll.setResourceFilter(a.text("resourceFilter"));
        includeAll.setEndsWithFilter(a.text("endsWithFilter"));
        includeAll.setLogicalFilePath(a.text("logicalFilePath"));
        includeAll.setContext(a.context());
        Integer min = a.integer("minDepth");
        Integer max = a.integer("maxDepth");
        if (min != null) {
            includeAll.setMinDepth(min);
        }
        if (max != null) {
            includeAll.setMaxDepth(max);
        }
        return a.done(includeAll);
    }

    private static ChangeLogProperty property(Attributes a) throws LiquibaseException {
        ChangeLogProperty property = new ChangeLogProperty();
        property.setName(a.text("name"));
        property.setValue(a.text("value"));
        property.setFile(a.text("file"));
        property.setRelativeToChangelogFile(a.bool("relativeToChangelogFile"));
        property.setErrorIfMissing(a.bool("errorIfMissing"));
        String context = a.text("context");
        String filter = a.text("contextFilter");
        property.setContext(filter != null ? filter : context);
        property.setLabels(a.text("labels"));
        property.setDbms(a.text("dbms"));
        property.setGlobal(a.bool("global"));
        return a.done(property);
    }

    private static String serialize(String out, List<ChangeLogChild> children) throws IOException {
        ChangeLogSerializer serializer = ChangeLogSerializerFactory.getInstance().getSerializer(extension(out));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        serializer.write(children, bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Liquibase's XML parser, asked for its tree instead of its change log. The tree holds the
     * schema's default attributes too; {@link #prune} drops those that mean what their absence means.
     */
    private static final class XmlTree extends XMLChangeLogSAXParser {
        ParsedNode read(String path, ResourceAccessor accessor) throws ChangeLogParseException {
            try {
                return pruned(parseToNode(path, new ChangeLogParameters(), accessor));
            } catch (ParsedNodeException e) {
                throw new ChangeLogParseException(e);
            }
        }
    }

    /**
     * Attributes the XML schema fills in whose value is also Liquibase's default when they are
     * absent (checked by every conversion's round trip). Others, like createTable's
     * rowDependencies="false", change the change's checksum and stay.
     */
    private static final Map<String, String> SCHEMA_DEFAULTS = Map.of(
            "databaseChangeLog.objectQuotingStrategy", "LEGACY",
            "changeSet.runInTransaction", "true",
            "include.errorIfMissing", "true",
            "include.relativeToChangelogFile", "false",
            "includeAll.errorIfMissingOrEmpty", "true",
            "property.errorIfMissing", "true",
            "property.relativeToChangelogFile", "false");

    private static ParsedNode pruned(ParsedNode node) throws ParsedNodeException {
        ParsedNode copy = new ParsedNode(node.getNamespace(), node.getName());
        copy.setValue(node.getValue());
        for (ParsedNode child : node.getChildren()) {
            if (!(child.getChildren().isEmpty() && child.getValue() != null
                    && String.valueOf(child.getValue()).equals(SCHEMA_DEFAULTS.get(node.getName() + "." + child.getName())))) {
                copy.addChild(pruned(child));
            }
        }
        return copy;
    }
}
