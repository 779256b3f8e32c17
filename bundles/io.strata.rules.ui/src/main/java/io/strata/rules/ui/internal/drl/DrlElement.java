package io.strata.rules.ui.internal.drl;

/**
 * A top-level declaration of a DRL file, as the Outline lists it.
 *
 * @param kind what it declares
 * @param name the package or import name, the function's signature, the rule's name
 * @param line 1-based line of its keyword
 * @param offset where its keyword starts
 * @param length up to the end of the declaration (the rule's {@code end}, the function's '}')
 * @param nameOffset where the name starts (what the editor selects)
 * @param nameLength the name's length in the text
 */
public record DrlElement(Kind kind, String name, int line, int offset, int length, int nameOffset, int nameLength) {

    public enum Kind {
        PACKAGE, IMPORT, GLOBAL, FUNCTION, RULE, QUERY, DECLARE
    }

    /** What the Outline shows: the name and the line. */
    public String label() {
        return switch (kind) {
            case PACKAGE -> "package " + name;
            case IMPORT -> name;
            case GLOBAL -> "global " + name;
            case FUNCTION -> name;
            case RULE -> "rule \"" + name + "\"";
            case QUERY -> "query \"" + name + "\"";
            case DECLARE -> "declare " + name;
        } + "  :" + line;
    }
}
