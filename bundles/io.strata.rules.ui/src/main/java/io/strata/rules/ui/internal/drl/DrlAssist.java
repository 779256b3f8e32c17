package io.strata.rules.ui.internal.drl;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import io.strata.rules.ui.internal.drl.DrlToken.Kind;

/**
 * What content assist offers at an offset of a DRL text:
 * <ul>
 * <li>in a comment or a string: nothing;</li>
 * <li>inside a pattern {@code Type( ... )} (also {@code $x : Type( a == 1, }): the bean
 * properties of that fact type;</li>
 * <li>elsewhere: the DRL keywords and the fact types that start with what was typed (ignoring
 * case); a type that is not imported comes with its import line.</li>
 * </ul>
 */
public final class DrlAssist {

    private final FactTypes types;

    public DrlAssist(FactTypes types) {
        this.types = types;
    }

    public List<DrlProposal> proposals(String text, int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " outside the text (0.." + text.length() + ")");
        }
        List<DrlToken> tokens = DrlTokenizer.tokenize(text.substring(0, offset));
        if (!tokens.isEmpty()) {
            DrlToken last = tokens.get(tokens.size() - 1);
            if (last.end() == offset && (last.kind() == Kind.STRING && !closedString(last)
                    || last.kind() == Kind.COMMENT && !closedComment(last))) {
                return List.of();
            }
        }
        int prefixStart = offset;
        while (prefixStart > 0 && Character.isJavaIdentifierPart(text.charAt(prefixStart - 1))
                && text.charAt(prefixStart - 1) != '$') {
            prefixStart--;
        }
        String prefix = text.substring(prefixStart, offset);
        if (prefixStart > 0 && text.charAt(prefixStart - 1) == '$') {
            return List.of(); // a binding's name is the user's to choose
        }
        Class<?> patternType = patternType(tokens, prefixStart);
        List<DrlProposal> proposals = new ArrayList<>();
        if (patternType != null) {
            for (FactTypes.Property property : types.properties(patternType)) {
                if (startsWithIgnoreCase(property.name(), prefix)) {
                    proposals.add(new DrlProposal(DrlProposal.Kind.PROPERTY, property.name(),
                            property.name() + " : " + property.type(), patternType.getSimpleName() + "." + property.name(),
                            prefixStart, prefix.length(), null, -1));
                }
            }
            return proposals;
        }
        Imports imports = Imports.of(text);
        for (String name : types.names()) {
            if (startsWithIgnoreCase(name, prefix)) {
                Class<?> type = types.type(name);
                String qualified = type.getCanonicalName();
                boolean imported = imports.covers(qualified, type.getPackageName());
                proposals.add(new DrlProposal(DrlProposal.Kind.TYPE, name, name + " - " + type.getPackageName(),
                        qualified, prefixStart, prefix.length(), imported ? null : imports.line("import " + qualified + ";"),
                        imported ? -1 : imports.insertAt));
            }
        }
        for (String keyword : DrlKeywords.DRL) {
            if (startsWithIgnoreCase(keyword, prefix) && !keyword.equals(prefix)) {
                proposals.add(new DrlProposal(DrlProposal.Kind.KEYWORD, keyword, keyword, Messages.get("assist.keyword"),
                        prefixStart, prefix.length(), null, -1));
            }
        }
        boolean typeFirst = prefix.isEmpty() || Character.isUpperCase(prefix.charAt(0));
        proposals.sort((a, b) -> {
            if (a.kind() != b.kind()) {
                int rankA = a.kind() == DrlProposal.Kind.TYPE == typeFirst ? 0 : 1;
                int rankB = b.kind() == DrlProposal.Kind.TYPE == typeFirst ? 0 : 1;
                return Integer.compare(rankA, rankB);
            }
            return a.replacement().compareToIgnoreCase(b.replacement());
        });
        return proposals;
    }

    private static boolean closedString(DrlToken t) {
        return t.text().length() >= 2 && t.text().charAt(t.text().length() - 1) == t.text().charAt(0)
                && t.text().charAt(t.text().length() - 2) != '\\';
    }

    private static boolean closedComment(DrlToken t) {
        return t.text().startsWith("/*") && t.text().length() >= 4 && t.text().endsWith("*/");
    }

    private static boolean startsWithIgnoreCase(String s, String prefix) {
        return s.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT));
    }

    /**
     * The fact type of the innermost open pattern before {@code offset}: the word before the last
     * '(' that is not closed, when it names a known fact type. Brackets are counted from the start
     * of the current rule's conditions.
     */
    private Class<?> patternType(List<DrlToken> tokens, int offset) {
        Deque<String> open = new ArrayDeque<>();
        String previousWord = null;
        for (DrlToken t : tokens) {
            if (t.offset() >= offset) {
                break;
            }
            if (t.kind() == Kind.COMMENT) {
                continue;
            }
            if (t.isWord("when") || t.isWord("then") || t.isWord("rule") || t.isWord("end") || t.isWord("function")) {
                open.clear();
            }
            if (t.isSymbol('(')) {
                open.push(previousWord == null ? "" : previousWord);
            } else if (t.isSymbol(')') && !open.isEmpty()) {
                open.pop();
            }
            previousWord = t.kind() == Kind.WORD ? t.text() : null;
        }
        return open.isEmpty() ? null : types.type(open.peek());
    }

    /** The imports of a text, and where a new import line goes. */
    private record Imports(List<String> names, int insertAt, String lineEnd, boolean startsMidLine) {

        static Imports of(String text) {
            List<DrlElement> elements = DrlOutlineParser.parse(text);
            List<String> names = new ArrayList<>();
            int insertAt = -1;
            int packageEnd = -1;
            for (DrlElement e : elements) {
                if (e.kind() == DrlElement.Kind.IMPORT) {
                    names.add(e.name());
                    insertAt = lineAfter(text, e.offset() + e.length());
                } else if (e.kind() == DrlElement.Kind.PACKAGE) {
                    packageEnd = lineAfter(text, e.offset() + e.length());
                }
            }
            String lineEnd = text.contains("\r\n") ? "\r\n" : "\n";
            if (insertAt < 0) {
                insertAt = packageEnd >= 0 ? packageEnd : 0;
            }
            boolean startsMidLine = insertAt > 0 && text.charAt(insertAt - 1) != '\n';
            return new Imports(names, insertAt, lineEnd, startsMidLine);
        }

        /** The start of the line after the one that holds {@code offset}. */
        private static int lineAfter(String text, int offset) {
            int newline = text.indexOf('\n', offset);
            return newline < 0 ? text.length() : newline + 1;
        }

        /** The import as a line of its own at {@link #insertAt}. */
        String line(String importStatement) {
            return (startsMidLine ? lineEnd : "") + importStatement + lineEnd;
        }

        boolean covers(String qualified, String packageName) {
            return names.contains(qualified) || names.contains(packageName + ".*")
                    || qualified.startsWith("java.lang.") && qualified.indexOf('.', 10) < 0;
        }
    }
}
