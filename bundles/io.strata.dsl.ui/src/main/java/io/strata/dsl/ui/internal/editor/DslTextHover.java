package io.strata.dsl.ui.internal.editor;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;

import io.strata.dsl.ide.DslDocument;
import io.strata.dsl.ide.Hover;

/**
 * The hover of a table or column: its definition (the change set that creates it, its columns).
 * Elsewhere the platform's hover (the problems under the mouse). The hover manager asks on a
 * thread of its own, so a text newer than the latest parse may be parsed here.
 */
final class DslTextHover implements ITextHover {

    private final DslEditor editor;
    private final ITextHover fallback;

    DslTextHover(DslEditor editor, ITextHover fallback) {
        this.editor = editor;
        this.fallback = fallback;
    }

    @Override
    public String getHoverInfo(ITextViewer textViewer, IRegion hoverRegion) {
        String problems = fallback == null ? null : fallback.getHoverInfo(textViewer, hoverRegion);
        if (problems != null && !problems.isBlank()) {
            return problems;
        }
        DslDocument document = editor.currentOrParse();
        if (document == null) {
            return null;
        }
        return document.hover(hoverRegion.getOffset()).map(Hover::text).orElse(null);
    }

    @Override
    public IRegion getHoverRegion(ITextViewer textViewer, int offset) {
        return new org.eclipse.jface.text.Region(offset, 0);
    }
}
