package io.strata.dsl.ui.internal.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.TextUtilities;
import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;

import io.strata.dsl.ide.Highlight;

/**
 * Lexical colouring of the DSL's code partition (comments and strings are partitions of their
 * own): the element name that starts each statement, attribute names (a word before {@code =}) and
 * numbers. What a word means beyond that (a change type, a table, a column) comes later from the
 * parse as semantic highlights.
 */
final class DslCodeScanner extends RuleBasedScanner {

    DslCodeScanner() {
        IToken element = token(Highlight.Style.ELEMENT);
        IToken attribute = token(Highlight.Style.ATTRIBUTE_NAME);
        IToken number = token(Highlight.Style.NUMBER);
        setRules(new IRule[] { new WhitespaceRule(Character::isWhitespace), new WordRule(element, attribute, number) });
    }

    private static IToken token(Highlight.Style style) {
        return new Token(DslColors.attribute(style));
    }

    static boolean isWordStart(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$';
    }

    static boolean isWordPart(int c) {
        return isWordStart(c) || c >= '0' && c <= '9' || c == '.' || c == '-';
    }

    /** Whether the statement starts at this offset: nothing but whitespace and comments since the last '{', '}' or ';'. */
    static boolean startsStatement(IDocument document, int offset) {
        try {
            int i = offset - 1;
            while (i >= 0) {
                char c = document.getChar(i);
                if (Character.isWhitespace(c)) {
                    i--;
                    continue;
                }
                String type = DslPartitions.typeAt(document, i);
                if (DslPartitions.COMMENT.equals(type)) {
                    ITypedRegion comment = TextUtilities.getPartition(document, DslPartitions.PARTITIONING, i, false);
                    i = comment.getOffset() - 1;
                    continue;
                }
                return c == '{' || c == '}' || c == ';';
            }
            return true;
        } catch (BadLocationException e) {
            return false;
        }
    }

    /** A word (element name, attribute name or value), or a number. */
    private final class WordRule implements IRule {
        private final IToken element;
        private final IToken attribute;
        private final IToken number;

        WordRule(IToken element, IToken attribute, IToken number) {
            this.element = element;
            this.attribute = attribute;
            this.number = number;
        }

        @Override
        public IToken evaluate(ICharacterScanner scanner) {
            int start = getTokenOffset();
            int c = scanner.read();
            if (c == '-' || c >= '0' && c <= '9') {
                int read = 1;
                boolean digits = c != '-';
                while (true) {
                    c = scanner.read();
                    read++;
                    if (c >= '0' && c <= '9') {
                        digits = true;
                    } else if (c != '.') {
                        break;
                    }
                }
                scanner.unread();
                if (!digits) {
                    for (int i = 0; i < read - 1; i++) {
                        scanner.unread();
                    }
                    return Token.UNDEFINED;
                }
                return number;
            }
            if (!isWordStart(c)) {
                scanner.unread();
                return Token.UNDEFINED;
            }
            do {
                c = scanner.read();
            } while (isWordPart(c));
            scanner.unread();
            int end = getTokenOffset() + getTokenLength();
            if (followedByEquals(end)) {
                return attribute;
            }
            return startsStatement(fDocument, start) ? element : Token.UNDEFINED;
        }

        private boolean followedByEquals(int offset) {
            try {
                IRegion line = fDocument.getLineInformationOfOffset(offset);
                int lineEnd = line.getOffset() + line.getLength();
                for (int i = offset; i < lineEnd; i++) {
                    char c = fDocument.getChar(i);
                    if (!Character.isWhitespace(c)) {
                        return c == '=';
                    }
                }
            } catch (BadLocationException e) {
                // at the end
            }
            return false;
        }
    }
}
