package io.strata.dsl.ide;

import java.util.ArrayList;
import java.util.List;

/**
 * The DSL's tokens as its grammar's terminals define them (StrataDsl.xtext), for the services that
 * need them while the text does not parse (completion) or that only move whitespace (formatting).
 * A line comment's token ends before its line break.
 */
final class Tokens {

    enum Kind { ID, NUMBER, STRING, ML_COMMENT, SL_COMMENT, WS, LBRACE, RBRACE, SEMI, EQ, OTHER }

    record Token(Kind kind, int offset, int end) {

        String text(String source) {
            return source.substring(offset, end);
        }

        boolean comment() {
            return kind == Kind.ML_COMMENT || kind == Kind.SL_COMMENT;
        }
    }

    private Tokens() {
    }

    static boolean idStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$';
    }

    static boolean idPart(char c) {
        return idStart(c) || c >= '0' && c <= '9' || c == '.' || c == '-';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The tokens of {@code text} between {@code start} and {@code end}, whitespace included. */
    static List<Token> scan(String text, int start, int end) {
        List<Token> tokens = new ArrayList<>();
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            int j = i + 1;
            Kind kind;
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                while (j < end && " \t\r\n".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                kind = Kind.WS;
            } else if (idStart(c)) {
                while (j < end && idPart(text.charAt(j))) {
                    j++;
                }
                kind = Kind.ID;
            } else if (digit(c) || c == '-' && j < end && digit(text.charAt(j))) {
                while (j < end && digit(text.charAt(j))) {
                    j++;
                }
                while (j + 1 < end && text.charAt(j) == '.' && digit(text.charAt(j + 1))) {
                    j++;
                    while (j < end && digit(text.charAt(j))) {
                        j++;
                    }
                }
                kind = Kind.NUMBER;
            } else if (c == '"' || c == '\'') {
                while (j < end && text.charAt(j) != c) {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(end, j + 1);
                kind = Kind.STRING;
            } else if (c == '/' && j < end && text.charAt(j) == '*') {
                int close = text.indexOf("*/", j + 1);
                j = close < 0 || close + 2 > end ? end : close + 2;
                kind = Kind.ML_COMMENT;
            } else if (c == '/' && j < end && text.charAt(j) == '/') {
                while (j < end && text.charAt(j) != '\n' && text.charAt(j) != '\r') {
                    j++;
                }
                kind = Kind.SL_COMMENT;
            } else {
                kind = switch (c) {
                    case '{' -> Kind.LBRACE;
                    case '}' -> Kind.RBRACE;
                    case ';' -> Kind.SEMI;
                    case '=' -> Kind.EQ;
                    default -> Kind.OTHER;
                };
            }
            tokens.add(new Token(kind, i, j));
            i = j;
        }
        return tokens;
    }
}
