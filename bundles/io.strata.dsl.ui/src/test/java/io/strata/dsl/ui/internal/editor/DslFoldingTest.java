package io.strata.dsl.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.Position;
import org.junit.jupiter.api.Test;

import io.strata.dsl.ide.Region;

/** Folding regions become whole lines; a block on one line does not fold. */
class DslFoldingTest {

    private static final String TEXT = "changeSet 1 author=a {\n    createTable T { column ID type=INT; }\n}\nchangeSet 2 author=a { tagDatabase v1; }\n";

    @Test
    void aBlockOverSeveralLinesFoldsFromTheStartOfItsFirstLineToTheStartOfTheLineAfterIt() {
        Document document = new Document(TEXT);
        int end = TEXT.indexOf("}\nchangeSet 2") + 1;
        assertEquals(new Position(0, end + 1), DslFolding.lines(document, new Region(0, end)));
    }

    @Test
    void aBlockOnOneLineDoesNotFold() {
        Document document = new Document(TEXT);
        int start = TEXT.indexOf("createTable");
        assertNull(DslFolding.lines(document, new Region(start, TEXT.indexOf('}', start) + 1 - start)));
        int last = TEXT.indexOf("changeSet 2");
        assertNull(DslFolding.lines(document, new Region(last, TEXT.length() - 1 - last)));
    }
}
