package io.strata.dsl.ui.internal.editor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;

/**
 * Parses and validates the whole text on the reconciler's thread (never the UI thread) once typing
 * pauses, and hands the result to the editor, which turns it into markers, colours, folding and
 * the outline. Keystrokes in between are coalesced by the reconciler: one parse per pause.
 */
final class DslReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

    private final DslEditor editor;
    private IDocument document;
    private IProgressMonitor monitor;

    DslReconcilingStrategy(DslEditor editor) {
        this.editor = editor;
    }

    @Override
    public void setDocument(IDocument document) {
        this.document = document;
    }

    @Override
    public void setProgressMonitor(IProgressMonitor monitor) {
        this.monitor = monitor;
    }

    /** The first parse waits this long, so that the editor opens and paints before it competes for the CPU. */
    static final int FIRST_PARSE_DELAY_MS = 250;

    @Override
    public void initialReconcile() {
        try {
            Thread.sleep(FIRST_PARSE_DELAY_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        reconcile();
    }

    @Override
    public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
        reconcile();
    }

    @Override
    public void reconcile(IRegion partition) {
        reconcile();
    }

    private void reconcile() {
        IDocument current = document;
        if (current == null || monitor != null && monitor.isCanceled()) {
            return;
        }
        // The stamp first: if the text changes while it is read, the result counts as stale.
        long stamp = ((IDocumentExtension4) current).getModificationStamp();
        String text = current.get();
        editor.reconcile(text, stamp, monitor);
    }
}
