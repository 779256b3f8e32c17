package io.strata.rules.ui.internal.drl;

/**
 * A token of a DRL text.
 *
 * @param kind what it is
 * @param offset where it starts
 * @param end where it ends (exclusive)
 * @param text its text
 */
public record DrlToken(Kind kind, int offset, int end, String text) {

    public enum Kind {
        /** A Java identifier or DRL keyword. */
        WORD,
        /** A {@code $binding}. */
        VARIABLE,
        /** A string literal, also one that is not closed yet. */
        STRING,
        /** A {@code //} or a {@code /* *}{@code /} comment, also one that is not closed yet. */
        COMMENT,
        NUMBER,
        /** Any other single character: brackets, operators, punctuation. */
        SYMBOL
    }

    public boolean is(Kind k, String t) {
        return kind == k && text.equals(t);
    }

    public boolean isWord(String word) {
        return is(Kind.WORD, word);
    }

    public boolean isSymbol(char symbol) {
        return kind == Kind.SYMBOL && text.length() == 1 && text.charAt(0) == symbol;
    }
}
