package io.strata.liquibase.changeset;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines of XML written the way the target change log is indented, with every attribute value and
 * text escaped. Attributes are given as name/value pairs; a null value leaves the attribute out.
 */
final class XmlBlock {

    private final String baseIndent;
    private final String unit;
    private final String prefix;
    private final String newline;
    private final List<String> lines = new ArrayList<>();
    private int depth;

    /**
     * @param baseIndent the indentation of a change set in the file
     * @param unit one level of indentation
     * @param prefix the namespace prefix of Liquibase's elements with its colon, or empty
     * @param newline the file's line separator
     */
    XmlBlock(String baseIndent, String unit, String prefix, String newline) {
        this.baseIndent = baseIndent;
        this.unit = unit;
        this.prefix = prefix;
        this.newline = newline;
    }

    void open(String name, String... attributes) {
        lines.add(indent() + "<" + prefix + name + attributes(attributes) + ">");
        depth++;
    }

    void close(String name) {
        depth--;
        lines.add(indent() + "</" + prefix + name + ">");
    }

    void empty(String name, String... attributes) {
        lines.add(indent() + "<" + prefix + name + attributes(attributes) + "/>");
    }

    /** {@code <name>text</name>}; line breaks in the text become the file's. */
    void text(String name, String text) {
        lines.add(indent() + "<" + prefix + name + ">" + newlines(escapeText(text)) + "</" + prefix + name + ">");
    }

    /** Like {@link #text}, but as CDATA when the text holds markup characters (SQL with {@code <}). */
    void sql(String name, String sql, String... attributes) {
        String body = sql.indexOf('<') >= 0 || sql.indexOf('&') >= 0 ? cdata(sql) : escapeText(sql);
        lines.add(indent() + "<" + prefix + name + attributes(attributes) + ">" + newlines(body) + "</" + prefix + name + ">");
    }

    /** The lines, each ending with the file's line separator. */
    String text() {
        StringBuilder s = new StringBuilder();
        for (String line : lines) {
            s.append(line).append(newline);
        }
        return s.toString();
    }

    private String indent() {
        return baseIndent + unit.repeat(depth);
    }

    private String newlines(String text) {
        return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", newline);
    }

    private static String attributes(String... pairs) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                s.append(' ').append(pairs[i]).append("=\"").append(escapeAttribute(pairs[i + 1])).append('"');
            }
        }
        return s.toString();
    }

    /** An attribute value between double quotes; line breaks and tabs as character references so they survive. */
    static String escapeAttribute(String value) {
        StringBuilder s = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\n' -> s.append("&#10;");
                case '\r' -> s.append("&#13;");
                case '\t' -> s.append("&#9;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    static String escapeText(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String cdata(String value) {
        return "<![CDATA[" + value.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }

    /** The first character XML 1.0 cannot carry at all (control characters), or -1. */
    static int illegalCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF) {
                return i;
            }
        }
        return -1;
    }
}
