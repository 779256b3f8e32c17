package io.strata.ui.internal.navigator;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

import io.strata.ui.StrataUi;

/** Opens the file of a plan, stage or change set at its line. */
final class OutlineOpener {

    private OutlineOpener() {
    }

    /** Opens the node's file at its line; returns the editor, or null when it cannot be opened. */
    static IEditorPart open(IWorkbenchPage page, OutlineNode node) {
        if (!node.file().exists()) {
            return null;
        }
        try {
            IEditorPart editor = IDE.openEditor(page, node.file());
            ITextEditor text = editor == null ? null : editor.getAdapter(ITextEditor.class);
            if (text != null && node.line() > 0) {
                IDocument document = text.getDocumentProvider().getDocument(text.getEditorInput());
                if (document != null && node.line() <= document.getNumberOfLines()) {
                    IRegion line = document.getLineInformation(node.line() - 1);
                    text.selectAndReveal(line.getOffset(), line.getLength());
                }
            }
            return editor;
        } catch (CoreException | BadLocationException e) {
            StrataUi.getDefault().getLog().warn("Strata could not open " + node.file().getFullPath(), e);
            return null;
        }
    }
}
