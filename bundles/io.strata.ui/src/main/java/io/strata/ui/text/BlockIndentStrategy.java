package io.strata.ui.text;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentCommand;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.TextUtilities;

/**
 * Indentation while typing in a language of braces (Strata's DSL, Drools' DRL): Enter keeps the
 * indentation of the line, one level more after an opening brace (and, between a pair of braces,
 * puts the closing one on a line of its own); a closing brace typed on a line of blanks lines up with
 * the line of its opening brace. Braces in comments and strings (partitions other than the default
 * one) do not count.
 */
public final class BlockIndentStrategy implements IAutoEditStrategy {

    private final String partitioning;
    private final String unit;

    /** {@code unit}: one level of indentation, e.g. four spaces (what the language's formatter writes). */
    public BlockIndentStrategy(String partitioning, String unit) {
        this.partitioning = partitioning;
        this.unit = unit;
    }

    @Override
    public void customizeDocumentCommand(IDocument document, DocumentCommand command) {
        if (command.text == null || command.offset < 0) {
            return;
        }
        try {
            if (command.length == 0 && TextUtilities.equals(document.getLegalLineDelimiters(), command.text) != -1) {
                newLine(document, command);
            } else if ("}".equals(command.text)) {
                closingBrace(document, command);
            }
        } catch (BadLocationException e) {
            // The command stays as typed: indentation is a convenience, never a reason to lose a keystroke.
        }
    }

    private void newLine(IDocument document, DocumentCommand command) throws BadLocationException {
        IRegion line = document.getLineInformationOfOffset(command.offset);
        String before = document.get(line.getOffset(), command.offset - line.getOffset());
        String indent = leadingBlanks(before);
        String after = document.get(command.offset, line.getOffset() + line.getLength() - command.offset);
        String trimmedBefore = before.stripTrailing();
        boolean opens = trimmedBefore.endsWith("{") && isCode(document, line.getOffset() + trimmedBefore.length() - 1);
        if (!opens) {
            command.text = command.text + indent;
            return;
        }
        String inner = command.text + indent + unit;
        if (after.strip().startsWith("}") && isCode(document, command.offset + after.indexOf('}'))) {
            // Between a pair: the caret goes on an indented line of its own, the closing brace below it.
            command.text = inner + command.text + indent;
            command.caretOffset = command.offset + inner.length();
            command.shiftsCaret = false;
            // The blanks before the closing brace would stay in front of it otherwise.
            command.length = leadingBlanks(after).length();
        } else {
            command.text = inner;
        }
    }

    private void closingBrace(IDocument document, DocumentCommand command) throws BadLocationException {
        IRegion line = document.getLineInformationOfOffset(command.offset);
        String before = document.get(line.getOffset(), command.offset - line.getOffset());
        if (!before.isBlank() || command.length != 0) {
            return;
        }
        int open = openingBrace(document, command.offset);
        if (open < 0) {
            return;
        }
        IRegion openLine = document.getLineInformationOfOffset(open);
        String indent = leadingBlanks(document.get(openLine.getOffset(), openLine.getLength()));
        command.offset = line.getOffset();
        command.length = before.length();
        command.text = indent + "}";
    }

    /** The opening brace the one about to be typed at {@code offset} closes, or -1. */
    private int openingBrace(IDocument document, int offset) throws BadLocationException {
        int depth = 0;
        for (int i = offset - 1; i >= 0; i--) {
            char c = document.getChar(i);
            if ((c == '{' || c == '}') && isCode(document, i)) {
                if (c == '}') {
                    depth++;
                } else if (depth == 0) {
                    return i;
                } else {
                    depth--;
                }
            }
        }
        return -1;
    }

    private boolean isCode(IDocument document, int offset) throws BadLocationException {
        return IDocument.DEFAULT_CONTENT_TYPE.equals(TextUtilities.getContentType(document, partitioning, offset, false));
    }

    private static String leadingBlanks(String text) {
        int end = 0;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(0, end);
    }
}
