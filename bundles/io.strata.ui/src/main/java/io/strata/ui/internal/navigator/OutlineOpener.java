package io.strata.ui.internal.navigator;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

import io.strata.ui.StrataUi;

/** Opens the file of a plan, stage or change set at its line (the Connection Manager's Edit too). */
public final class OutlineOpener {

    private OutlineOpener() {
    }

    /** Opens the node's file at its line; returns the editor, or null when it cannot be opened. */
    static IEditorPart open(IWorkbenchPage page, OutlineNode node) {
        return open(page, node.file(), node.line());
    }

    /** Opens a file with its 1-based line selected (0: at the top); returns the editor, or null when it cannot be opened. */
    public static IEditorPart open(IWorkbenchPage page, IFile file, int line) {
        if (file == null || !file.exists()) {
            return null;
        }
        try {
            IEditorPart editor = IDE.openEditor(page, file);
            ITextEditor text = editor == null ? null : editor.getAdapter(ITextEditor.class);
            if (text != null && line > 0) {
                IDocument document = text.getDocumentProvider().getDocument(text.getEditorInput());
                if (document != null && line <= document.getNumberOfLines()) {
                    IRegion region = document.getLineInformation(line - 1);
                    text.selectAndReveal(region.getOffset(), region.getLength());
                }
            }
            return editor;
        } catch (CoreException | BadLocationException e) {
            StrataUi.getDefault().getLog().warn("Strata could not open " + file.getFullPath(), e);
            return null;
        }
    }
}
