package io.strata.dsl.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.jface.text.Document;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.junit.jupiter.api.Test;

import io.strata.dsl.ide.TextEdit;

/** Formatting edits: applied in one undoable change, and the caret kept before the same character. */
class TextEditsTest {

    private static final String TEXT = "changeSet 1 author=a {\ncreateTable T {\ncolumn ID type=INT;\n}\n}\n";
    private static final List<TextEdit> INDENT = List.of(new TextEdit(TEXT.indexOf("createTable"), 0, "    "),
            new TextEdit(TEXT.indexOf("column"), 0, "        "), new TextEdit(TEXT.indexOf("}\n}"), 0, "    "));

    @Test
    void theEditsAreOneChangeThatOneUndoTakesBack() throws Exception {
        Document document = new Document(TEXT);
        DocumentUndoManagerRegistry.connect(document);
        try {
            IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
            undo.connect(this);
            TextEdits.apply(document, INDENT);
            assertEquals("changeSet 1 author=a {\n    createTable T {\n        column ID type=INT;\n    }\n}\n", document.get());
            undo.undo();
            assertEquals(TEXT, document.get(), "one undo restores the text");
            undo.disconnect(this);
        } finally {
            DocumentUndoManagerRegistry.disconnect(document);
        }
    }

    @Test
    void anOffsetStaysBeforeTheSameCharacter() {
        String formatted = "changeSet 1 author=a {\n    createTable T {\n        column ID type=INT;\n    }\n}\n";
        int type = TEXT.indexOf("type=");
        assertEquals(formatted.indexOf("type="), TextEdits.map(type, INDENT));
        assertEquals(formatted.indexOf("createTable"), TextEdits.map(TEXT.indexOf("createTable"), INDENT), "indentation goes before the caret");
        assertEquals(3, TextEdits.map(3, INDENT), "before every edit nothing moves");
        List<TextEdit> shrink = List.of(new TextEdit(10, 6, "  "));
        assertEquals(12, TextEdits.map(14, shrink), "inside a replaced range: at most its new end");
        assertEquals(11, TextEdits.map(11, shrink));
        assertEquals(16, TextEdits.map(20, shrink));
    }
}
