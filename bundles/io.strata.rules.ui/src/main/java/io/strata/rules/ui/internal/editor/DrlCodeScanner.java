package io.strata.rules.ui.internal.editor;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.SWT;

import io.strata.rules.ui.internal.drl.DrlKeywords;

/** Colours the code of a DRL file: keywords, {@code $bindings} and numbers. */
final class DrlCodeScanner extends RuleBasedScanner {

    DrlCodeScanner() {
        IToken keyword = new Token(new TextAttribute(DrlColors.KEYWORD, null, SWT.BOLD));
        IToken variable = new Token(new TextAttribute(DrlColors.VARIABLE));
        IToken number = new Token(new TextAttribute(DrlColors.NUMBER));
        // Other words are read whole as plain text, so no keyword is found inside one ("extend").
        WordRule words = new WordRule(new Words(), new Token(null));
        for (String word : DrlKeywords.all()) {
            words.addWord(word, keyword);
        }
        setRules(new IRule[] {
                new WhitespaceRule(Character::isWhitespace),
                new WordRule(new Bindings(), variable),
                words,
                new NumberRule(number) });
    }

    /** Identifiers, and the DRL words with '-' (no-loop, agenda-group). */
    private static final class Words implements IWordDetector {
        @Override
        public boolean isWordStart(char c) {
            return Character.isJavaIdentifierStart(c) && c != '$';
        }

        @Override
        public boolean isWordPart(char c) {
            return (Character.isJavaIdentifierPart(c) && c != '$') || c == '-';
        }
    }

    private static final class Bindings implements IWordDetector {
        @Override
        public boolean isWordStart(char c) {
            return c == '$';
        }

        @Override
        public boolean isWordPart(char c) {
            return Character.isJavaIdentifierPart(c) && c != '$';
        }
    }
}
