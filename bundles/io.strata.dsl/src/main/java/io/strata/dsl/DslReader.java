package io.strata.dsl;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.util.LineAndColumn;

import com.google.inject.Injector;

import io.strata.dsl.strataDsl.Attribute;
import io.strata.dsl.strataDsl.ChangeLog;
import io.strata.dsl.strataDsl.Node;
import liquibase.parser.core.ParsedNode;
import liquibase.parser.core.ParsedNodeException;

/**
 * Reads DSL text into Liquibase's {@link ParsedNode} tree, the same tree its XML parser builds
 * from the equivalent XML: element names become node names, attributes and the main value become
 * child nodes with values (see {@link DslNodes}), blocks become child nodes in order.
 */
public final class DslReader {

    /**
     * What a read gives: the tree (null when the text has syntax errors), where each node starts, the
     * syntax errors, and the DSL node each written node was read from.
     */
    public record Result(ParsedNode root, Map<ParsedNode, Integer> lines, List<DslIssue> syntaxErrors, Map<ParsedNode, Node> sources) {

        public boolean ok() {
            return syntaxErrors.isEmpty();
        }

        /** The 1-based line where the node starts, or 0 for a node that was not written (an attribute). */
        public int line(ParsedNode node) {
            Integer line = lines.get(node);
            return line == null ? 0 : line;
        }

        /** The DSL node a written node was read from (its text offsets are in the node model), or null for an attribute. */
        public Node source(ParsedNode node) {
            return sources.get(node);
        }
    }

    private static volatile Injector injector;

    private DslReader() {
    }

    /** The language's injector, created once (registers the EMF package; no workbench needed). */
    public static Injector injector() {
        Injector result = injector;
        if (result == null) {
            synchronized (DslReader.class) {
                result = injector;
                if (result == null) {
                    Log4jToJul.installIfUnconfigured();
                    result = new StrataDslStandaloneSetup().createInjectorAndDoEMFRegistration();
                    injector = result;
                }
            }
        }
        return result;
    }

    /**
     * Parses DSL text.
     *
     * @param text the file's content
     * @param file the file's name for messages
     */
    public static Result read(String text, String file) {
        return read(parse(text), file);
    }

    /** Xtext's parse of DSL text: the model and the node model (offsets of every token), with syntax errors recovered from. */
    public static IParseResult parse(String text) {
        return injector().getInstance(IParser.class).parse(new StringReader(text));
    }

    /**
     * Reads an Xtext parse of DSL text.
     *
     * @param file the file's name for messages
     */
    public static Result read(IParseResult parse, String file) {
        List<DslIssue> errors = new ArrayList<>();
        for (INode error : parse.getSyntaxErrors()) {
            LineAndColumn at = NodeModelUtils.getLineAndColumn(error, error.getOffset());
            errors.add(new DslIssue(DslIssue.SYNTAX, DslIssue.Severity.ERROR, file, at.getLine(), at.getColumn(), null,
                    readable(error)));
        }
        Map<ParsedNode, Integer> lines = new IdentityHashMap<>();
        Map<ParsedNode, Node> sources = new IdentityHashMap<>();
        if (!errors.isEmpty()) {
            return new Result(null, lines, errors, sources);
        }
        ParsedNode root = new ParsedNode(null, DslNodes.ROOT);
        try {
            ChangeLog changeLog = (ChangeLog) parse.getRootASTElement();
            if (changeLog != null) {
                for (Node node : changeLog.getNodes()) {
                    if (DslNodes.ROOT.equals(node.getType()) && !node.isBlock()) {
                        for (Attribute attribute : node.getAttributes()) {
                            root.addChild(null, attribute.getName(), attribute.getValue());
                        }
                    } else {
                        root.addChild(toParsed(node, lines, sources));
                    }
                }
            }
        } catch (ParsedNodeException e) {
            throw new IllegalStateException("a parsed node could not be built: " + e.getMessage(), e);
        }
        return new Result(root, lines, errors, sources);
    }

    private static ParsedNode toParsed(Node node, Map<ParsedNode, Integer> lines, Map<ParsedNode, Node> sources) throws ParsedNodeException {
        ParsedNode parsed = new ParsedNode(null, node.getType());
        sources.put(parsed, node);
        ICompositeNode source = NodeModelUtils.getNode(node);
        if (source != null) {
            lines.put(parsed, source.getStartLine());
        }
        String key = DslNodes.keyAttribute(node.getType());
        boolean explicitKey = key != null && node.getAttributes().stream().anyMatch(a -> key.equals(a.getName()));
        String text = null;
        if (node.getMain() != null) {
            if (key != null && !explicitKey) {
                parsed.addChild(null, key, node.getMain());
            } else {
                text = node.getMain();
            }
        }
        boolean column = node.getType().equals("column");
        ParsedNode constraints = null;
        for (Attribute attribute : node.getAttributes()) {
            if (DslNodes.TEXT.equals(attribute.getName())) {
                text = attribute.getValue();
            } else if (column && DslNodes.CONSTRAINTS.contains(attribute.getName())) {
                if (constraints == null) {
                    constraints = new ParsedNode(null, "constraints");
                }
                constraints.addChild(null, attribute.getName(), attribute.getValue());
            } else {
                parsed.addChild(null, attribute.getName(), attribute.getValue());
            }
        }
        if (text != null) {
            parsed.setValue(text);
        }
        for (Node child : node.getChildren()) {
            ParsedNode nested = toParsed(child, lines, sources);
            if (constraints != null && nested.getName().equals("constraints")) {
                // constraints { ... } and constraint attributes on the line: one element, as Liquibase reads only one.
                for (ParsedNode attribute : nested.getChildren()) {
                    constraints.addChild(attribute);
                }
            } else {
                parsed.addChild(nested);
            }
        }
        if (constraints != null) {
            parsed.addChild(constraints);
        }
        return parsed;
    }

    private static String readable(INode error) {
        String message = error.getSyntaxErrorMessage().getMessage();
        String m = message;
        if (m.startsWith("mismatched input '<EOF>'") || m.contains("expecting '}'") && m.contains("<EOF>")) {
            return "the file ends inside a block: a '}' is missing (" + message + ")";
        }
        if (m.contains("expecting ';'") || m.contains("missing ';'") || m.endsWith("input '}'")) {
            return message + ": end each element with ';' or a block { ... }";
        }
        if (m.startsWith("extraneous input") || m.startsWith("mismatched") || m.startsWith("no viable alternative")) {
            return message + ": an element is written as name [main value] [attribute=value ...] then ';' or { ... }; "
                    + "quote values that are not a plain word or number";
        }
        return message;
    }
}
