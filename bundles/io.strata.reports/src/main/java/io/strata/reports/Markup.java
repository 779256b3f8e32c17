package io.strata.reports;

/**
 * Escaping for the three report formats. Every piece of text that comes from a change log, a rule,
 * a database or a user goes through one of these, so that no name, comment or message can add
 * markup to a report or break its syntax.
 */
final class Markup {

    private Markup() {
    }

    /**
     * Appends {@code text} escaped for HTML and XML text and attribute values (double or single
     * quoted). Characters XML 1.0 does not allow (control characters other than tab, line feed and
     * carriage return, unpaired surrogates, U+FFFE, U+FFFF) become U+FFFD, so that the output always
     * parses. {@code null} appends nothing.
     */
    static void xml(StringBuilder out, String text) {
        if (text == null) {
            return;
        }
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t', '\n' -> out.append(c);
                case '\r' -> out.append("&#13;");
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        out.append('\uFFFD');
                    } else {
                        i = character(out, text, i);
                    }
                }
            }
        }
    }

    /** {@link #xml(StringBuilder, String)} into a new string. */
    static String xml(String text) {
        StringBuilder out = new StringBuilder(text == null ? 0 : text.length() + 16);
        xml(out, text);
        return out.toString();
    }

    /**
     * Appends {@code text} as a JSON string literal with its quotes; {@code null} appends
     * {@code null}. {@code <}, {@code >} and {@code &} are escaped too, so that the JSON can be
     * embedded in a page as it is. Unpaired surrogates become U+FFFD (JSON parsers in other
     * languages reject them).
     */
    static void json(StringBuilder out, String text) {
        if (text == null) {
            out.append("null");
            return;
        }
        out.append('"');
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '<', '>', '&', '\u2028', '\u2029' -> unicode(out, c);
                default -> {
                    if (c < 0x20) {
                        unicode(out, c);
                    } else {
                        i = character(out, text, i);
                    }
                }
            }
        }
        out.append('"');
    }

    /**
     * Appends the character at {@code i} (both halves of a surrogate pair; U+FFFD for an unpaired
     * surrogate) and returns the index of the last char it used.
     */
    private static int character(StringBuilder out, String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(i + 1));
            return i + 1;
        }
        out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
        return i;
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static void unicode(StringBuilder out, char c) {
        out.append("\\u").append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
    }
}
