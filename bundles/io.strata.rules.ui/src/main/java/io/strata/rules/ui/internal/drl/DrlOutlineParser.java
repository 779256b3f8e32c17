package io.strata.rules.ui.internal.drl;

import java.util.ArrayList;
import java.util.List;

import io.strata.rules.ui.internal.drl.DrlToken.Kind;

/**
 * Finds the package, imports, globals, functions, rules, queries and declared types of a DRL
 * text, with their lines, for the Outline. Tolerant: text that does not compile yet still gives
 * what can be recognised (a rule without {@code end} runs to the end of the text).
 */
public final class DrlOutlineParser {

    private final String text;
    private final List<DrlToken> tokens;
    private final int[] lineStarts;
    private int i;

    private DrlOutlineParser(String text) {
        this.text = text;
        this.tokens = DrlTokenizer.tokenize(text).stream().filter(t -> t.kind() != Kind.COMMENT).toList();
        this.lineStarts = lineStarts(text);
    }

    /** The declarations of the text, in the order they appear. */
    public static List<DrlElement> parse(String text) {
        return new DrlOutlineParser(text).parse();
    }

    private List<DrlElement> parse() {
        List<DrlElement> elements = new ArrayList<>();
        while (i < tokens.size()) {
            DrlToken token = tokens.get(i);
            DrlElement element = null;
            if (token.kind() == Kind.WORD) {
                element = switch (token.text()) {
                    case "package" -> qualifiedName(DrlElement.Kind.PACKAGE, token);
                    case "import" -> importDeclaration(token);
                    case "global" -> global(token);
                    case "function" -> function(token);
                    case "rule" -> block(DrlElement.Kind.RULE, token);
                    case "query" -> block(DrlElement.Kind.QUERY, token);
                    case "declare" -> block(DrlElement.Kind.DECLARE, token);
                    default -> null;
                };
            }
            if (element != null) {
                elements.add(element);
            } else {
                i++;
            }
        }
        return elements;
    }

    /** {@code package a.b.c} or {@code import a.b.C}: the dotted name after the keyword. */
    private DrlElement qualifiedName(DrlElement.Kind kind, DrlToken keyword) {
        i++;
        int nameStart = i < tokens.size() ? tokens.get(i).offset() : keyword.end();
        int nameEnd = dottedNameEnd();
        if (i < tokens.size() && tokens.get(i).isSymbol(';')) {
            i++;
        }
        String name = text.substring(nameStart, Math.max(nameStart, nameEnd)).replaceAll("\\s+", "");
        return element(kind, name, keyword, Math.max(nameEnd, keyword.end()), nameStart, nameEnd);
    }

    private DrlElement importDeclaration(DrlToken keyword) {
        // import function a.b.C.f; import static a.b.C.f; import a.b.C;
        if (i + 1 < tokens.size() && (tokens.get(i + 1).isWord("function") || tokens.get(i + 1).isWord("static"))) {
            i++;
        }
        return qualifiedName(DrlElement.Kind.IMPORT, keyword);
    }

    /** Advances over {@code a . b . C} (and {@code .*}); returns where the name ends. */
    private int dottedNameEnd() {
        int end = -1;
        boolean expectName = true;
        while (i < tokens.size()) {
            DrlToken t = tokens.get(i);
            if (expectName && (t.kind() == Kind.WORD || t.isSymbol('*'))) {
                end = t.end();
                expectName = false;
            } else if (!expectName && t.isSymbol('.')) {
                expectName = true;
            } else {
                break;
            }
            i++;
        }
        return end;
    }

    /** {@code global Type name}. */
    private DrlElement global(DrlToken keyword) {
        i++;
        int typeStart = i < tokens.size() ? tokens.get(i).offset() : keyword.end();
        int typeEnd = typeEnd();
        DrlToken name = i < tokens.size() && tokens.get(i).kind() == Kind.WORD ? tokens.get(i++) : null;
        if (i < tokens.size() && tokens.get(i).isSymbol(';')) {
            i++;
        }
        String type = typeEnd > typeStart ? text.substring(typeStart, typeEnd).replaceAll("\\s+", "") : "?";
        if (name == null) {
            return element(DrlElement.Kind.GLOBAL, type, keyword, Math.max(typeEnd, keyword.end()), typeStart, typeEnd);
        }
        return element(DrlElement.Kind.GLOBAL, name.text() + " : " + type, keyword, name.end(), name.offset(), name.end());
    }

    /** A type: a dotted name with optional generics and array brackets. */
    private int typeEnd() {
        int end = dottedNameEnd();
        int depth = 0;
        while (i < tokens.size()) {
            DrlToken t = tokens.get(i);
            if (t.isSymbol('<')) {
                depth++;
            } else if (t.isSymbol('>')) {
                depth--;
            } else if (t.isSymbol('[') || t.isSymbol(']') || depth > 0) {
                // part of the type
            } else {
                break;
            }
            end = t.end();
            i++;
        }
        return end;
    }

    /** {@code function Type name(params) { ... }}. */
    private DrlElement function(DrlToken keyword) {
        i++;
        typeEnd();
        DrlToken name = i < tokens.size() && tokens.get(i).kind() == Kind.WORD ? tokens.get(i++) : null;
        StringBuilder signature = new StringBuilder(name == null ? "?" : name.text());
        if (i < tokens.size() && tokens.get(i).isSymbol('(')) {
            int close = matching(i, '(', ')');
            int paramsEnd = close < tokens.size() ? tokens.get(close).offset() : text.length();
            signature.append('(').append(text.substring(tokens.get(i).end(), paramsEnd).trim().replaceAll("\\s+", " "))
                    .append(')');
            i = Math.min(close + 1, tokens.size());
        }
        int end = name == null ? keyword.end() : name.end();
        while (i < tokens.size() && !tokens.get(i).isSymbol('{') && !isDeclarationKeyword(tokens.get(i))) {
            i++;
        }
        if (i < tokens.size() && tokens.get(i).isSymbol('{')) {
            int close = matching(i, '{', '}');
            end = close < tokens.size() ? tokens.get(close).end() : text.length();
            i = Math.min(close + 1, tokens.size());
        }
        return name == null
                ? element(DrlElement.Kind.FUNCTION, signature.toString(), keyword, end, keyword.offset(), keyword.end())
                : element(DrlElement.Kind.FUNCTION, signature.toString(), keyword, end, name.offset(), name.end());
    }

    /** {@code rule "name" ... end}, and the same for query and declare. */
    private DrlElement block(DrlElement.Kind kind, DrlToken keyword) {
        i++;
        DrlToken nameToken = i < tokens.size() && (tokens.get(i).kind() == Kind.STRING || tokens.get(i).kind() == Kind.WORD)
                ? tokens.get(i++) : null;
        String name = nameToken == null ? "?" : unquote(nameToken.text());
        int end = nameToken == null ? keyword.end() : nameToken.end();
        int depth = 0;
        while (i < tokens.size()) {
            DrlToken t = tokens.get(i);
            if (t.isSymbol('(') || t.isSymbol('{') || t.isSymbol('[')) {
                depth++;
            } else if (t.isSymbol(')') || t.isSymbol('}') || t.isSymbol(']')) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && t.isWord("end")) {
                end = t.end();
                i++;
                break;
            } else if (t.kind() == Kind.WORD && t.offset() == lineStart(t.offset()) && isDeclarationKeyword(t)) {
                // A declaration at the start of a line: the block (or a bracket in it) was not closed.
                break;
            }
            end = t.end();
            i++;
        }
        return nameToken == null
                ? element(kind, name, keyword, end, keyword.offset(), keyword.end())
                : element(kind, name, keyword, end, nameToken.offset(), nameToken.end());
    }

    private static boolean isDeclarationKeyword(DrlToken t) {
        return t.kind() == Kind.WORD && switch (t.text()) {
            case "package", "import", "global", "function", "rule", "query", "declare" -> true;
            default -> false;
        };
    }

    /** The index of the token that closes the bracket at {@code open}, or the token count. */
    private int matching(int open, char openChar, char closeChar) {
        int depth = 0;
        for (int j = open; j < tokens.size(); j++) {
            if (tokens.get(j).isSymbol(openChar)) {
                depth++;
            } else if (tokens.get(j).isSymbol(closeChar) && --depth == 0) {
                return j;
            }
        }
        return tokens.size();
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
            return s.substring(1, s.length() - 1);
        }
        return s.startsWith("\"") || s.startsWith("'") ? s.substring(1) : s;
    }

    private DrlElement element(DrlElement.Kind kind, String name, DrlToken keyword, int end, int nameStart, int nameEnd) {
        int nameOffset = nameEnd > nameStart ? nameStart : keyword.offset();
        int nameLength = nameEnd > nameStart ? nameEnd - nameStart : keyword.end() - keyword.offset();
        return new DrlElement(kind, name, line(keyword.offset()), keyword.offset(), end - keyword.offset(), nameOffset,
                nameLength);
    }

    private int line(int offset) {
        return lineIndex(offset) + 1;
    }

    private int lineStart(int offset) {
        // The first non-blank character of the line: a keyword there begins a declaration.
        int start = lineStarts[lineIndex(offset)];
        while (start < offset && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    private int lineIndex(int offset) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /** Offsets at which the text's lines start (after \n, \r\n or \r). */
    public static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\n' || (c == '\r' && (k + 1 >= text.length() || text.charAt(k + 1) != '\n'))) {
                starts.add(k + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
