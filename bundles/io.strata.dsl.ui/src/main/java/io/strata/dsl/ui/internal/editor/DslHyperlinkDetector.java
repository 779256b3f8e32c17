package io.strata.dsl.ui.internal.editor;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;

import io.strata.dsl.ide.Definition;
import io.strata.dsl.ide.DslDocument;

/**
 * Ctrl+click on a table or column: a link to its definition. Asked on the UI thread as the mouse
 * moves, so it answers only from the latest parse when that is of the text shown (no parsing).
 */
final class DslHyperlinkDetector extends AbstractHyperlinkDetector {

    private final DslEditor editor;

    DslHyperlinkDetector(DslEditor editor) {
        this.editor = editor;
    }

    @Override
    public IHyperlink[] detectHyperlinks(ITextViewer textViewer, IRegion region, boolean canShowMultipleHyperlinks) {
        DslDocument document = editor.current();
        if (document == null) {
            return null;
        }
        int offset = region.getOffset();
        Definition definition = document.definition(offset).orElse(null);
        if (definition == null) {
            return null;
        }
        String text = document.text();
        int start = offset;
        while (start > 0 && DslCodeScanner.isWordPart(text.charAt(start - 1))) {
            start--;
        }
        int end = offset;
        while (end < text.length() && DslCodeScanner.isWordPart(text.charAt(end))) {
            end++;
        }
        if (end == start) {
            return null;
        }
        IRegion word = new org.eclipse.jface.text.Region(start, end - start);
        return new IHyperlink[] { new IHyperlink() {
            @Override
            public IRegion getHyperlinkRegion() {
                return word;
            }

            @Override
            public String getTypeLabel() {
                return null;
            }

            @Override
            public String getHyperlinkText() {
                return Messages.get("definition.tooltip");
            }

            @Override
            public void open() {
                editor.openDefinition(definition);
            }
        } };
    }
}
