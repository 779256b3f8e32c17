package io.strata.dsl.ui.internal.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.presentation.PresentationReconciler;

/**
 * The presentation reconciler of the DSL editor, which does not colour a large document all at
 * once: when it is asked for more than {@value #LARGE} characters (a new document, a replaced
 * text), it colours the first {@value #FIRST_LINES} lines; {@link SemanticHighlighter} colours the
 * other blocks of lines as they come on screen. Opening a 5,000-change-set file then costs the UI
 * thread one screenful of colouring, not the whole file.
 */
final class DslPresentationReconciler extends PresentationReconciler {

    /** Damage larger than this is coloured lazily. */
    static final int LARGE = 100_000;
    static final int FIRST_LINES = 200;

    @Override
    protected TextPresentation createPresentation(IRegion damage, IDocument document) {
        if (damage.getLength() <= LARGE) {
            return super.createPresentation(damage, document);
        }
        try {
            int firstLine = document.getLineOfOffset(damage.getOffset());
            int lastLine = Math.min(document.getNumberOfLines() - 1, firstLine + FIRST_LINES);
            int end = lastLine + 1 < document.getNumberOfLines() ? document.getLineOffset(lastLine + 1) : document.getLength();
            end = Math.min(end, damage.getOffset() + damage.getLength());
            return super.createPresentation(new Region(damage.getOffset(), end - damage.getOffset()), document);
        } catch (BadLocationException e) {
            return super.createPresentation(damage, document);
        }
    }
}
