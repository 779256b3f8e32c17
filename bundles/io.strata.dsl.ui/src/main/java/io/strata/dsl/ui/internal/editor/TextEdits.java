package io.strata.dsl.ui.internal.editor;

import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;

import io.strata.dsl.ide.TextEdit;

/** Applies the engine's text edits to a document as one undoable change, and maps offsets across them. */
final class TextEdits {

    private TextEdits() {
    }

    /** Applies the edits (offsets of the text before any of them) as one change that one Undo takes back. */
    static void apply(IDocument document, List<TextEdit> edits) throws BadLocationException {
        if (edits.isEmpty()) {
            return;
        }
        List<TextEdit> sorted = edits.stream().sorted(Comparator.comparingInt(TextEdit::offset)).toList();
        IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
        if (undo != null) {
            undo.beginCompoundChange();
        }
        try {
            // Backwards, so that the offsets of the edits still to apply stay right.
            for (int i = sorted.size() - 1; i >= 0; i--) {
                TextEdit edit = sorted.get(i);
                document.replace(edit.offset(), edit.length(), edit.text());
            }
        } finally {
            if (undo != null) {
                undo.endCompoundChange();
            }
        }
    }

    /**
     * Where an offset of the text before the edits lands after them: shifted by the edits before
     * it (text inserted at the offset goes before it, so the caret stays with the character on its
     * right); inside a replaced range, at the same distance into the new text (at most its end).
     */
    static int map(int offset, List<TextEdit> edits) {
        int shift = 0;
        for (TextEdit edit : edits.stream().sorted(Comparator.comparingInt(TextEdit::offset)).toList()) {
            int end = edit.offset() + edit.length();
            if (end <= offset) {
                shift += edit.text().length() - edit.length();
            } else if (edit.offset() <= offset && offset < end) {
                return edit.offset() + shift + Math.min(offset - edit.offset(), edit.text().length());
            } else {
                break;
            }
        }
        return offset + shift;
    }
}
