package io.strata.changelog.ui.internal.editor;

import java.util.List;
import java.util.function.Function;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;

import io.strata.liquibase.changeset.ChangeLogFixes;

/**
 * Applies text edits to a file through its shared text buffer: the document an open editor shows,
 * as one undoable change. A file that had no unsaved changes is saved after the edit.
 */
final class DocumentEdits {

    private DocumentEdits() {
    }

    /** Computes the edits on the file's current text and applies them; false when there were none. */
    static boolean apply(IFile file, Function<String, List<ChangeLogFixes.Edit>> edits) throws CoreException {
        ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
        IPath path = file.getFullPath();
        manager.connect(path, LocationKind.IFILE, new NullProgressMonitor());
        try {
            ITextFileBuffer buffer = manager.getTextFileBuffer(path, LocationKind.IFILE);
            boolean wasDirty = buffer.isDirty();
            IDocument document = buffer.getDocument();
            List<ChangeLogFixes.Edit> list = edits.apply(document.get());
            if (list.isEmpty()) {
                return false;
            }
            IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
            if (undo != null) {
                undo.beginCompoundChange();
            }
            try {
                // Backwards, so that the offsets of the edits still to apply stay right.
                for (int i = list.size() - 1; i >= 0; i--) {
                    ChangeLogFixes.Edit edit = list.get(i);
                    document.replace(edit.offset(), edit.length(), edit.text());
                }
            } catch (BadLocationException e) {
                throw new CoreException(Status.error(e.getMessage(), e));
            } finally {
                if (undo != null) {
                    undo.endCompoundChange();
                }
            }
            if (!wasDirty) {
                buffer.commit(new NullProgressMonitor(), true);
            }
            return true;
        } finally {
            manager.disconnect(path, LocationKind.IFILE, new NullProgressMonitor());
        }
    }
}
