package io.strata.forecast.ui.internal.handlers;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.handlers.HandlerUtil;

import io.strata.core.StrataProjects;
import io.strata.forecast.ui.internal.Messages;

/**
 * Runs a Strata job on the project of the selection (a Strata project, or anything in one), or of
 * the active editor's file, or the only Strata project in the workspace. Nothing but finding the
 * project happens on the UI thread.
 */
abstract class StrataHandler extends AbstractHandler {

    @Override
    public final Object execute(ExecutionEvent event) {
        IResource resource = selectedResource(event);
        IProject project = resource != null ? resource.getProject() : onlyStrataProject();
        if (project == null || !isStrataProject(project)) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.handler_title,
                    project == null ? Messages.handler_noProject : NLS.bind(Messages.handler_notStrata, project.getName()));
            return null;
        }
        job(project, resource).schedule();
        return null;
    }

    /** The job to run on this project; {@code selected} is what was selected in it, or null. */
    protected abstract Job job(IProject project, IResource selected);

    private static IResource selectedResource(ExecutionEvent event) {
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
            IResource resource = Adapters.adapt(structured.getFirstElement(), IResource.class);
            if (resource != null) {
                return resource;
            }
        }
        IEditorInput input = HandlerUtil.getActiveEditorInput(event);
        return input == null ? null : Adapters.adapt(input, IResource.class);
    }

    private static IProject onlyStrataProject() {
        List<IProject> projects = Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects())
                .filter(StrataHandler::isStrataProject).toList();
        return projects.size() == 1 ? projects.get(0) : null;
    }

    /** Whether the project is open and has strata.yaml (read from the workspace tree, not the disk). */
    private static boolean isStrataProject(IProject project) {
        return project.isOpen() && project.getFile(StrataProjects.PROJECT_FILE).exists();
    }
}
