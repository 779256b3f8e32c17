package io.strata.changelog.ui.internal.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/** Opens the change log at the line where the change set of a finding starts. */
final class OpenChangeSetResolution implements IMarkerResolution2 {

    private final String changeSetId;
    private final IFile file;
    private final int line;

    OpenChangeSetResolution(String changeSetId, IFile file, int line) {
        this.changeSetId = changeSetId;
        this.file = file;
        this.line = line;
    }

    @Override
    public String getLabel() {
        return NLS.bind(EditorMessages.OPEN_CHANGE_SET, changeSetId);
    }

    @Override
    public String getDescription() {
        return NLS.bind(EditorMessages.OPEN_CHANGE_SET_DESCRIPTION, new Object[] { changeSetId, file.getFullPath(), line });
    }

    @Override
    public Image getImage() {
        return null;
    }

    @Override
    public void run(IMarker marker) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null) {
            return;
        }
        try {
            IDE.openEditor(page, marker); // the finding's marker is at the change set's line
        } catch (PartInitException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(window.getShell(), EditorMessages.FIX_TITLE, e.getMessage());
        }
    }
}
