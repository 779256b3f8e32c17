package io.strata.changelog.ui.internal.editor;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.PlatformUI;

import io.strata.liquibase.changeset.ChangeLogFixes;

/**
 * Writes what a marker suggests instead of what is written: an element's name (start and end
 * tag) or a name in the change set at the marker's line. The edit goes through the file's text
 * buffer, so an open editor shows it and undoes it with Ctrl+Z.
 */
final class ReplaceResolution implements IMarkerResolution2 {

    private final boolean element;
    private final String replace;
    private final String with;
    private final int line;
    private final String changeSetId;

    ReplaceResolution(boolean element, String replace, String with, int line, String changeSetId) {
        this.element = element;
        this.replace = replace;
        this.with = with;
        this.line = line;
        this.changeSetId = changeSetId;
    }

    @Override
    public String getLabel() {
        return NLS.bind(element ? EditorMessages.RENAME_ELEMENT : EditorMessages.REPLACE_NAME, replace, with);
    }

    @Override
    public String getDescription() {
        return element ? NLS.bind(EditorMessages.RENAME_ELEMENT_DESCRIPTION, replace, with)
                : NLS.bind(EditorMessages.REPLACE_NAME_DESCRIPTION, new Object[] { replace, with, changeSetId });
    }

    @Override
    public Image getImage() {
        return null;
    }

    @Override
    public void run(IMarker marker) {
        IFile file = (IFile) marker.getResource();
        String problem;
        try {
            boolean applied = DocumentEdits.apply(file, text -> edits(file.getName(), text));
            problem = applied ? null : NLS.bind(EditorMessages.NOT_FOUND, new Object[] { replace, line, file.getFullPath() });
            if (applied && marker.exists() && marker.isSubtypeOf(ChangeLogMarkers.FINDING_MARKER)) {
                marker.delete(); // the finding was about the text as it was; the next forecast judges the new one
            }
        } catch (CoreException e) {
            problem = NLS.bind(EditorMessages.FIX_FAILED, file.getFullPath(), e.getStatus().getMessage());
        }
        ChangeLogCheckJob.schedule(file.getProject());
        if (problem != null) {
            MessageDialog.openInformation(PlatformUI.getWorkbench().getDisplay().getActiveShell(), EditorMessages.FIX_TITLE, problem);
        }
    }

    /** What the fix does to this text of the file named {@code fileName} (its extension says the format). */
    List<ChangeLogFixes.Edit> edits(String fileName, String text) {
        return element ? ChangeLogFixes.renameElement(text, line, replace, with)
                : ChangeLogFixes.replaceName(fileName, text, line, replace, with);
    }
}
