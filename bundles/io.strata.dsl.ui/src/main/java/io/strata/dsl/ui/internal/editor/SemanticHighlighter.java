package io.strata.dsl.ui.internal.editor;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.IViewportListener;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyleRange;

import io.strata.dsl.ide.Highlight;

/**
 * Semantic colours over the lexical ones: change types, change set ids, tables, columns and data
 * types as the latest parse found them. They are merged into each text presentation the viewer
 * applies; while the user types they move with the text (and those in the edited range are
 * dropped) until the next parse replaces them. After a parse only the range where they changed is
 * repainted, and of that only the lines on screen: blocks of lines scrolled into view later are
 * repainted then, so a parse of a large file costs the UI thread one screenful. The same lazy
 * repainting colours a large document that {@link DslPresentationReconciler} did not colour at
 * once (a new input, a replaced text). Everything here runs on the UI thread.
 */
final class SemanticHighlighter implements ITextPresentationListener, IDocumentListener, ITextInputListener, IViewportListener {

    /** Lines per block of {@link #painted}. */
    private static final int BLOCK = 100;

    /** The blocks of lines whose presentation shows the current highlights. */
    private final BitSet painted = new BitSet();
    private ISourceViewer viewer;
    private IDocument document;
    private List<Highlight> highlights = List.of();

    void install(ISourceViewer sourceViewer) {
        viewer = sourceViewer;
        ((ITextViewerExtension4) viewer).addTextPresentationListener(this);
        viewer.addTextInputListener(this);
        viewer.addViewportListener(this);
        inputDocumentChanged(null, viewer.getDocument());
    }

    void uninstall() {
        if (viewer != null) {
            ((ITextViewerExtension4) viewer).removeTextPresentationListener(this);
            viewer.removeTextInputListener(this);
            viewer.removeViewportListener(this);
            inputDocumentChanged(document, null);
            viewer = null;
        }
    }

    /** Of a parse's highlights, those this class paints (the lexical ones are the scanner's); off the UI thread. */
    static List<Highlight> semantic(List<Highlight> all) {
        return all.stream().filter(h -> DslColors.semanticOnly(h.style())).toList();
    }

    /** The {@link #semantic} highlights of a parse of the current text: repaints where they differ from those shown. */
    void update(List<Highlight> wanted) {
        List<Highlight> old = highlights;
        highlights = wanted;
        int head = 0;
        while (head < old.size() && head < wanted.size() && old.get(head).equals(wanted.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < old.size() - head && tail < wanted.size() - head
                && old.get(old.size() - 1 - tail).equals(wanted.get(wanted.size() - 1 - tail))) {
            tail++;
        }
        if (head == old.size() && head == wanted.size()) {
            return;
        }
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (List<Highlight> list : List.of(old, wanted)) {
            if (head < list.size() - tail) {
                start = Math.min(start, list.get(head).offset());
                Highlight last = list.get(list.size() - 1 - tail);
                end = Math.max(end, last.offset() + last.length());
            }
        }
        if (end > start && document != null) {
            try {
                int first = document.getLineOfOffset(Math.min(start, document.getLength())) / BLOCK;
                int last = document.getLineOfOffset(Math.min(end, document.getLength())) / BLOCK;
                painted.clear(first, last + 1);
            } catch (BadLocationException e) {
                painted.clear();
            }
            paintVisible();
        }
    }

    @Override
    public void viewportChanged(int verticalOffset) {
        paintVisible();
    }

    /** Colours what is on screen once the viewer has caught up with a large change. */
    private void paintSoon() {
        if (viewer != null && viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed()) {
            viewer.getTextWidget().getDisplay().asyncExec(this::paintVisible);
        }
    }

    /** Repaints the blocks of lines on screen that do not show the current highlights yet. */
    private void paintVisible() {
        if (!(viewer instanceof ITextViewerExtension2 extension) || document == null || viewer.getTextWidget() == null
                || viewer.getTextWidget().isDisposed()) {
            return;
        }
        int lines = document.getNumberOfLines();
        int top = Math.max(0, viewer.getTopIndex());
        int bottom = Math.min(lines - 1, Math.max(top, viewer.getBottomIndex()));
        try {
            for (int block = top / BLOCK; block <= bottom / BLOCK; block++) {
                if (painted.get(block)) {
                    continue;
                }
                painted.set(block);
                int from = document.getLineOffset(Math.min(lines - 1, block * BLOCK));
                int toLine = Math.min(lines, (block + 1) * BLOCK);
                int to = toLine >= lines ? document.getLength() : document.getLineOffset(toLine);
                if (to > from) {
                    extension.invalidateTextPresentation(from, to - from);
                }
            }
        } catch (BadLocationException e) {
            // the document changed under us: the next parse repaints
        }
    }

    /** The highlights shown now (for tests). */
    List<Highlight> highlights() {
        return highlights;
    }

    @Override
    public void applyTextPresentation(TextPresentation presentation) {
        IRegion extent = presentation.getExtent();
        int from = extent.getOffset();
        int to = from + extent.getLength();
        List<Highlight> list = highlights;
        int index = firstEndingAfter(list, from);
        List<StyleRange> ranges = new ArrayList<>();
        for (int i = index; i < list.size(); i++) {
            Highlight highlight = list.get(i);
            if (highlight.offset() >= to) {
                break;
            }
            StyleRange range = DslColors.range(highlight);
            if (range != null && highlight.offset() >= from && highlight.offset() + highlight.length() <= to) {
                ranges.add(range);
            }
        }
        if (!ranges.isEmpty()) {
            presentation.replaceStyleRanges(ranges.toArray(StyleRange[]::new));
        }
    }

    /** Binary search: the first highlight that ends after the offset. */
    private static int firstEndingAfter(List<Highlight> list, int offset) {
        int low = 0;
        int high = list.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            Highlight h = list.get(middle);
            if (h.offset() + h.length() <= offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    @Override
    public void documentAboutToBeChanged(DocumentEvent event) {
        if (event.getLength() > DslPresentationReconciler.LARGE
                || event.getText() != null && event.getText().length() > DslPresentationReconciler.LARGE) {
            painted.clear(); // the presentation reconciler colours only the start of such a change
            paintSoon();
        }
        List<Highlight> shifted = new ArrayList<>(highlights.size());
        int start = event.getOffset();
        int end = start + event.getLength();
        int delta = (event.getText() == null ? 0 : event.getText().length()) - event.getLength();
        for (Highlight h : highlights) {
            if (h.offset() + h.length() <= start) {
                shifted.add(h);
            } else if (h.offset() >= end) {
                shifted.add(new Highlight(h.offset() + delta, h.length(), h.style()));
            }
        }
        highlights = shifted;
    }

    @Override
    public void documentChanged(DocumentEvent event) {
        // moved in documentAboutToBeChanged, before the viewer repaints the change
    }

    @Override
    public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
        if (oldInput != null) {
            oldInput.removeDocumentListener(this);
        }
        document = null;
        highlights = List.of();
        painted.clear();
    }

    @Override
    public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
        if (oldInput != null) {
            oldInput.removeDocumentListener(this);
        }
        document = newInput;
        highlights = List.of();
        painted.clear();
        if (newInput != null) {
            newInput.addDocumentListener(this);
            paintSoon();
        }
    }
}
