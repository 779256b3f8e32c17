package io.strata.ui.internal.navigator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.strata.liquibase.ProjectOutline;
import io.strata.ui.StrataUi;

/**
 * The outlines of the workspace's Strata projects, each read by a job and kept until one of the
 * project's files changes; then the job reads it again. {@code onRead} hears (on the job's thread)
 * of every project whose outline was read.
 */
final class ProjectOutlines implements IResourceChangeListener {

    /** The job family of the reading jobs, for {@code IJobManager.join}. */
    static final Object FAMILY = ProjectOutlines.class;

    private final IWorkspace workspace;
    private final Consumer<IProject> onRead;
    private final Map<IProject, ProjectOutline> outlines = new ConcurrentHashMap<>();
    private final Map<IProject, ReadJob> jobs = new ConcurrentHashMap<>();

    ProjectOutlines(IWorkspace workspace, Consumer<IProject> onRead) {
        this.workspace = workspace;
        this.onRead = onRead;
        workspace.addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
    }

    /** The project's outline, or null while it is first read (the read is scheduled). */
    ProjectOutline get(IProject project) {
        ProjectOutline outline = outlines.get(project);
        if (outline == null) {
            read(project);
        }
        return outline;
    }

    private void read(IProject project) {
        jobs.computeIfAbsent(project, ReadJob::new).schedule();
    }

    void dispose() {
        workspace.removeResourceChangeListener(this);
        jobs.values().forEach(Job::cancel);
        jobs.clear();
        outlines.clear();
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        IResourceDelta delta = event.getDelta();
        if (delta == null) {
            return;
        }
        for (IResourceDelta child : delta.getAffectedChildren()) {
            if (child.getResource() instanceof IProject project && (outlines.containsKey(project) || jobs.containsKey(project))) {
                if ((child.getKind() & IResourceDelta.REMOVED) != 0 || !project.isOpen()) {
                    outlines.remove(project);
                    ReadJob job = jobs.remove(project);
                    if (job != null) {
                        job.cancel();
                    }
                } else if (touchesSources(child)) {
                    read(project);
                }
            }
        }
    }

    /** Whether a file changed outside the local state ({@code .strata/}) and the reports. */
    private static boolean touchesSources(IResourceDelta projectDelta) {
        boolean[] found = { false };
        try {
            projectDelta.accept(d -> {
                IResource resource = d.getResource();
                IPath path = resource.getProjectRelativePath();
                if (path.segmentCount() > 0 && (path.segment(0).startsWith(".") || path.segment(0).equals("Reports"))) {
                    return false;
                }
                if (resource.getType() == IResource.FILE && (d.getKind() != IResourceDelta.CHANGED
                        || (d.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0)) {
                    found[0] = true;
                }
                return !found[0];
            });
        } catch (CoreException e) {
            return true;
        }
        return found[0];
    }

    private final class ReadJob extends Job {

        private final IProject project;

        ReadJob(IProject project) {
            super("Reading " + project.getName());
            this.project = project;
            setSystem(true);
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == FAMILY;
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            if (project.getLocation() == null || !project.isOpen()) {
                return Status.OK_STATUS;
            }
            monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
            try {
                ProjectOutline outline = ProjectOutline.read(project.getLocation().toPath());
                if (monitor.isCanceled() || !jobs.containsKey(project)) {
                    return Status.CANCEL_STATUS;
                }
                outlines.put(project, outline);
            } catch (RuntimeException | LinkageError e) {
                StrataUi.getDefault().getLog().error("Strata could not read the project " + project.getName(), e);
                String message = "Strata could not read the project: " + e + " (details in the error log)";
                outlines.put(project, new ProjectOutline(java.util.List.of(), message, "", java.util.List.of(), message));
            } finally {
                monitor.done();
            }
            onRead.accept(project);
            return Status.OK_STATUS;
        }
    }
}
