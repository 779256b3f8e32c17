package io.strata.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import liquibase.parser.core.ParsedNode;

/**
 * Writes Liquibase's {@link ParsedNode} tree (as its XML parser builds it) as DSL text that
 * {@link DslReader} reads back into the same tree. Attributes stay on the element's line; nested
 * elements go into a block.
 */
public final class DslWriter {

    private static final Pattern WORD = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$.\\-]*");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)*");
    private static final int LINE = 110;
    private static final String INDENT = "    ";

    private final StringBuilder out = new StringBuilder();

    private DslWriter() {
    }

    /** The DSL text of a change log tree whose root is {@code databaseChangeLog}. */
    public static String write(ParsedNode root) {
        DslWriter writer = new DslWriter();
        List<ParsedNode> children = root.getChildren();
        int headerEnd = headerEnd(children);
        List<String> rootAttributes = new ArrayList<>();
        for (ParsedNode attribute : children.subList(0, headerEnd)) {
            if (!attribute.getName().equals("schemaLocation")) {
                rootAttributes.add(name(attribute.getName()) + "=" + value(String.valueOf(attribute.getValue())));
            }
        }
        if (!rootAttributes.isEmpty()) {
            writer.out.append(DslNodes.ROOT).append(' ').append(String.join(" ", rootAttributes)).append(";\n\n");
        }
        ParsedNode previous = null;
        for (ParsedNode child : children.subList(headerEnd, children.size())) {
            if (previous != null && (child.getName().equals("changeSet") || previous.getName().equals("changeSet"))) {
                writer.out.append('\n');
            }
            writer.node(child, "");
            previous = child;
        }
        return writer.out.toString();
    }

    private static boolean scalar(ParsedNode node) {
        return node.getChildren().isEmpty() && node.getValue() != null;
    }

    /** How many leading children are plain values: they become attributes on the element's line. */
    private static int headerEnd(List<ParsedNode> children) {
        int i = 0;
        while (i < children.size() && scalar(children.get(i))) {
            i++;
        }
        return i;
    }

    private void node(ParsedNode node, String indent) {
        String type = node.getName();
        String key = DslNodes.keyAttribute(type);
        List<ParsedNode> children = node.getChildren();
        int headerEnd = headerEnd(children);
        String main = null;
        List<String> attributes = new ArrayList<>();
        boolean keyUsed = false;
        for (ParsedNode attribute : children.subList(0, headerEnd)) {
            String value = String.valueOf(attribute.getValue());
            if (!keyUsed && attribute.getName().equals(key)) {
                main = value;
                keyUsed = true;
            } else {
                attributes.add(name(attribute.getName()) + "=" + value(value));
            }
        }
        Object text = node.getValue();
        if (text != null) {
            if (key == null) {
                main = String.valueOf(text);
            } else {
                attributes.add(DslNodes.TEXT + "=" + value(String.valueOf(text)));
            }
        }
        List<ParsedNode> block = children.subList(headerEnd, children.size());
        if (type.equals("column") && block.size() == 1 && block.get(0).getName().equals("constraints") && block.get(0).getValue() == null
                && !block.get(0).getChildren().isEmpty()
                && block.get(0).getChildren().stream().allMatch(c -> scalar(c) && DslNodes.CONSTRAINTS.contains(c.getName()))) {
            for (ParsedNode constraint : block.get(0).getChildren()) {
                attributes.add(name(constraint.getName()) + "=" + value(String.valueOf(constraint.getValue())));
            }
            block = List.of();
        }
        StringBuilder line = new StringBuilder(indent).append(name(type));
        if (main != null) {
            line.append(' ').append(value(main));
        }
        int width = line.length() + attributes.stream().mapToInt(a -> a.length() + 1).sum();
        for (String attribute : attributes) {
            if (width > LINE && !attribute.contains("\n")) {
                line.append('\n').append(indent).append(INDENT).append(INDENT).append(attribute);
            } else {
                line.append(' ').append(attribute);
            }
        }
        out.append(line);
        if (block.isEmpty()) {
            out.append(";\n");
            return;
        }
        out.append(" {\n");
        for (ParsedNode child : block) {
            if (scalar(child) && DslNodes.keyAttribute(child.getName()) != null) {
                out.append(indent).append(INDENT).append(name(child.getName())).append(' ').append(DslNodes.TEXT).append('=')
                        .append(value(String.valueOf(child.getValue()))).append(";\n");
            } else {
                node(child, indent + INDENT);
            }
        }
        out.append(indent).append("}\n");
    }

    private static String name(String name) {
        if (!WORD.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' cannot be written as a DSL element or attribute name");
        }
        return name;
    }

    /** A value as the DSL writes it: bare when it is a plain word or number, else quoted with escapes. */
    public static String value(String value) {
        if (WORD.matcher(value).matches() || NUMBER.matcher(value).matches()) {
            return value;
        }
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20 && c != '\n') {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
