package io.strata.team.ui.internal.handlers;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import io.strata.team.ui.TeamUi;
import io.strata.team.ui.internal.Messages;
import io.strata.team.ui.internal.history.HistoryView;

/** Team > History: the History view, showing the project's commits. */
public final class HistoryHandler extends TeamHandler {

    @Override
    protected void run(IProject project, Shell shell) {
        try {
            HistoryView view = (HistoryView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(TeamUi.HISTORY_VIEW_ID);
            view.show(project);
        } catch (PartInitException e) {
            MessageDialog.openError(shell, Messages.history_title, e.getMessage());
        }
    }
}
