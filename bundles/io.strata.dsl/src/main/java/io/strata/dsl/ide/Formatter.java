package io.strata.dsl.ide;

import java.util.ArrayList;
import java.util.List;

/**
 * Formats DSL text by changing only the whitespace between tokens, so values (and with them
 * Liquibase's change sets and checksums) stay as they are: one element per line, blocks indented
 * by four spaces, {@code '{'} on the element's line and {@code '}'} on its own, no spaces around
 * {@code '='}, one space between a header's parts. Kept as written: comments (a comment at the end
 * of a line stays there), line breaks inside an element's header (continued with eight more spaces
 * of indentation), one blank line where there was at least one between elements, the text's line
 * delimiter (CRLF when it has one). Idempotent.
 */
final class Formatter {

    private static final String INDENT = "    ";
    private static final String CONTINUATION = INDENT + INDENT;

    private Formatter() {
    }

    static List<TextEdit> format(String text) {
        String nl = text.contains("\r\n") ? "\r\n" : "\n";
        List<TextEdit> edits = new ArrayList<>();
        Tokens.Token prev = null;
        int depth = 0;
        boolean inStatement = false;
        int gapStart = 0;
        for (Tokens.Token t : Tokens.scan(text, 0, text.length())) {
            if (t.kind() == Tokens.Kind.WS) {
                continue;
            }
            String gap = text.substring(gapStart, t.offset());
            int newlines = count(gap);
            String sep;
            if (t.kind() == Tokens.Kind.RBRACE) {
                depth = Math.max(0, depth - 1);
            }
            boolean afterLineComment = prev != null && prev.kind() == Tokens.Kind.SL_COMMENT;
            if (prev == null) {
                sep = "";
            } else if (t.kind() == Tokens.Kind.RBRACE) {
                sep = nl + INDENT.repeat(depth);
            } else if (!inStatement) {
                if (t.comment() && newlines == 0 && !afterLineComment) {
                    sep = " ";
                } else {
                    sep = (newlines >= 2 && prev.kind() != Tokens.Kind.LBRACE ? nl + nl : nl) + INDENT.repeat(depth);
                }
            } else if (afterLineComment || newlines > 0 && t.kind() != Tokens.Kind.SEMI && t.kind() != Tokens.Kind.EQ
                    && prev.kind() != Tokens.Kind.EQ) {
                sep = nl + INDENT.repeat(depth) + CONTINUATION;
            } else if (t.kind() == Tokens.Kind.SEMI || t.kind() == Tokens.Kind.EQ || prev.kind() == Tokens.Kind.EQ) {
                sep = "";
            } else {
                sep = " ";
            }
            if (!sep.equals(gap)) {
                edits.add(new TextEdit(gapStart, gap.length(), sep));
            }
            switch (t.kind()) {
                case LBRACE -> {
                    depth++;
                    inStatement = false;
                }
                case SEMI, RBRACE -> inStatement = false;
                case ML_COMMENT, SL_COMMENT -> {
                    // A comment neither starts nor ends an element.
                }
                default -> inStatement = true;
            }
            prev = t;
            gapStart = t.end();
        }
        String tail = text.substring(gapStart);
        String end = prev == null ? "" : nl;
        if (!tail.equals(end)) {
            edits.add(new TextEdit(gapStart, tail.length(), end));
        }
        return edits;
    }

    private static int count(String gap) {
        int n = 0;
        for (int i = 0; i < gap.length(); i++) {
            if (gap.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
