package io.strata.team.ui.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import io.strata.git.GitAuth.RemoteInfo;
import io.strata.git.GitProblem;
import io.strata.git.ProjectGit;
import io.strata.team.ui.internal.Messages;

/**
 * A Team command on the project of the selection. Only input is gathered on the UI thread: reads
 * and Git operations run in {@link io.strata.team.ui.internal.jobs.TeamJob}s.
 */
abstract class TeamHandler extends AbstractHandler {

    @Override
    public final Object execute(ExecutionEvent event) {
        IProject project = selectedProject(HandlerUtil.getCurrentSelection(event));
        Shell shell = HandlerUtil.getActiveShell(event);
        if (project == null || !project.isOpen()) {
            MessageDialog.openInformation(shell, Messages.handler_title, Messages.handler_noProject);
            return null;
        }
        run(project, shell);
        return null;
    }

    /** Runs the command on this open project. */
    protected abstract void run(IProject project, Shell shell);

    private static IProject selectedProject(ISelection selection) {
        if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
            IResource resource = Adapters.adapt(structured.getFirstElement(), IResource.class);
            return resource == null ? null : resource.getProject();
        }
        return null;
    }

    /** The remote Push and Pull use: origin, else the only one (the engine says what to do when there is none). */
    static String remoteName(ProjectGit git) throws GitProblem {
        List<RemoteInfo> remotes = git.remotes();
        return remotes.size() == 1 ? remotes.get(0).name() : "origin";
    }
}
