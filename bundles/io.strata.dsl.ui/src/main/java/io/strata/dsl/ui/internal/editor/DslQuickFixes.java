package io.strata.dsl.ui.internal.editor;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;

/**
 * The quick fixes of DSL problems (Problems view > Quick Fix, Ctrl+1 in the editor): the fixes the
 * engine computed when it found the problem, stored on the marker. A fix edits the file through
 * its shared text buffer (the open editor's document) as one undoable change; a file that had no
 * unsaved changes is saved.
 */
public final class DslQuickFixes implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        return DslMarkers.hasFixes(marker);
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        return resolutions(marker);
    }

    static IMarkerResolution[] resolutions(IMarker marker) {
        return FixCodec.decode(marker.getAttribute(DslMarkers.ATTR_FIXES, "")).stream().map(Resolution::new)
                .toArray(IMarkerResolution[]::new);
    }

    /** One stored fix. */
    private record Resolution(FixCodec.StoredFix fix) implements IMarkerResolution2 {

        @Override
        public String getLabel() {
            return fix.label();
        }

        @Override
        public String getDescription() {
            return describe(fix);
        }

        @Override
        public Image getImage() {
            return null;
        }

        @Override
        public void run(IMarker marker) {
            DslQuickFixes.run(marker, fix);
        }
    }

    /** What a fix replaces, for the pop-ups' details. */
    static String describe(FixCodec.StoredFix fix) {
        return fix.edits().stream().map(e -> Messages.bind("fix.description", quote(e.original()), quote(e.text())))
                .reduce((a, b) -> a + "<br>" + b).orElse(fix.label());
    }

    private static String quote(String text) {
        return "'" + text.replace("&", "&amp;").replace("<", "&lt;") + "'";
    }

    /** Applies a fix of the marker's file; says so when the text no longer fits it. */
    static void run(IMarker marker, FixCodec.StoredFix fix) {
        if (!(marker.getResource() instanceof IFile file)) {
            return;
        }
        try {
            if (apply(file, fix)) {
                if (marker.exists()) {
                    marker.delete();
                }
            } else {
                MessageDialog.openInformation(Display.getCurrent().getActiveShell(), Messages.get("fix.stale.title"),
                        Messages.bind("fix.stale", file.getName()));
            }
        } catch (CoreException | BadLocationException e) {
            ILog.of(DslQuickFixes.class).error(e.getMessage(), e);
        }
    }

    /** Applies the fix to the file's text if it still fits; false when the text has changed since. */
    static boolean apply(IFile file, FixCodec.StoredFix fix) throws CoreException, BadLocationException {
        ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
        IPath path = file.getFullPath();
        boolean open = manager.getTextFileBuffer(path, LocationKind.IFILE) != null;
        manager.connect(path, LocationKind.IFILE, new NullProgressMonitor());
        try {
            ITextFileBuffer buffer = manager.getTextFileBuffer(path, LocationKind.IFILE);
            boolean wasDirty = buffer.isDirty();
            IDocument document = buffer.getDocument();
            if (!fix.appliesTo(document.get())) {
                return false;
            }
            TextEdits.apply(document, fix.textEdits());
            if (!wasDirty) {
                buffer.commit(new NullProgressMonitor(), true);
            }
        } finally {
            manager.disconnect(path, LocationKind.IFILE, new NullProgressMonitor());
        }
        if (!open) {
            DslFileCheck.schedule(file); // no editor checks this text as it is typed
        }
        return true;
    }
}
