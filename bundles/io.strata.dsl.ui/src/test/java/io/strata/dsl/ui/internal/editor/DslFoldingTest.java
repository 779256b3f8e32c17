package io.strata.dsl.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.Position;
import org.junit.jupiter.api.Test;

import io.strata.dsl.ide.Region;

/** Folding regions become whole lines; a block on one line does not fold. */
class DslFoldingTest {

    private static final String TEXT = "changeSet 1 author=a {\n    createTable T { column ID type=INT; }\n}\nchangeSet 2 author=a { tagDatabase v1; }\n";

    @Test
    void aBlockOverSeveralLinesFoldsFromTheStartOfItsFirstLineToTheStartOfTheLineAfterIt() {
        DslFolding.Lines document = new DslFolding.Lines(TEXT);
        int end = TEXT.indexOf("}\nchangeSet 2") + 1;
        assertEquals(new Position(0, end + 1), DslFolding.lines(document, new Region(0, end)));
    }

    @Test
    void aBlockOnOneLineDoesNotFold() {
        DslFolding.Lines document = new DslFolding.Lines(TEXT);
        int start = TEXT.indexOf("createTable");
        assertNull(DslFolding.lines(document, new Region(start, TEXT.indexOf('}', start) + 1 - start)));
        int last = TEXT.indexOf("changeSet 2");
        assertNull(DslFolding.lines(document, new Region(last, TEXT.length() - 1 - last)));
    }

    @Test
    void linesAreCountedAsTheDocumentCountsThem() throws BadLocationException {
        String text = "a {\r\n  b\r\n}\rc {\n\n}\n";
        Document document = new Document(text);
        DslFolding.Lines lines = new DslFolding.Lines(text);
        assertEquals(document.getNumberOfLines(), lines.count());
        for (int offset = 0; offset <= text.length(); offset++) {
            int line = document.getLineOfOffset(offset);
            assertEquals(line, lines.lineOf(offset), "line of offset " + offset);
            assertEquals(document.getLineOffset(line), lines.start(line));
        }
        assertEquals(new Position(0, text.indexOf("c {")), DslFolding.lines(lines, new Region(0, text.indexOf('}') + 1)));
    }
}
