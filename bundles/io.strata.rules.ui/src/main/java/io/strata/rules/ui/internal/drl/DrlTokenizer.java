package io.strata.rules.ui.internal.drl;

import java.util.ArrayList;
import java.util.List;

import io.strata.rules.ui.internal.drl.DrlToken.Kind;

/** Splits a DRL text into tokens; white space is dropped, comments and strings are kept whole. */
public final class DrlTokenizer {

    private DrlTokenizer() {
    }

    public static List<DrlToken> tokenize(String text) {
        List<DrlToken> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            Kind kind;
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                kind = Kind.COMMENT;
                while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                kind = Kind.COMMENT;
                int close = text.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else if (c == '"' || c == '\'') {
                kind = Kind.STRING;
                i++;
                while (i < n && text.charAt(i) != c && text.charAt(i) != '\n') {
                    i += text.charAt(i) == '\\' && i + 1 < n ? 2 : 1;
                }
                if (i < n && text.charAt(i) == c) {
                    i++;
                }
            } else if (Character.isJavaIdentifierStart(c) && c != '$') {
                kind = Kind.WORD;
                i = identifierEnd(text, i + 1);
            } else if (c == '$') {
                kind = Kind.VARIABLE;
                i = identifierEnd(text, i + 1);
            } else if (Character.isDigit(c)) {
                kind = Kind.NUMBER;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '.' || text.charAt(i) == '_')) {
                    i++;
                }
            } else {
                kind = Kind.SYMBOL;
                i++;
            }
            tokens.add(new DrlToken(kind, start, Math.min(i, n), text.substring(start, Math.min(i, n))));
        }
        return tokens;
    }

    private static int identifierEnd(String text, int i) {
        while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i)) && text.charAt(i) != '$') {
            i++;
        }
        return i;
    }
}
