package io.strata.ui.internal.project;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;

import io.strata.core.StrataProjects;

/**
 * Marks an Eclipse project as a Strata project. The nature is a convenience of the workspace; on
 * disk (and for the CLI) a Strata project is a folder with a {@code strata.yaml}.
 */
public final class StrataNature implements IProjectNature {

    public static final String ID = "io.strata.ui.nature";

    private IProject project;

    @Override
    public void configure() throws CoreException {
        // No builders yet.
    }

    @Override
    public void deconfigure() throws CoreException {
        // No builders yet.
    }

    @Override
    public IProject getProject() {
        return project;
    }

    @Override
    public void setProject(IProject project) {
        this.project = project;
    }

    /** Whether the project is a Strata project: by nature, or by its project file (also when closed). */
    public static boolean isStrataProject(IProject project) {
        if (project == null || !project.exists()) {
            return false;
        }
        if (!project.isOpen()) {
            return project.getLocation() != null
                    && StrataProjects.isStrataProject(project.getLocation().toPath());
        }
        try {
            if (project.hasNature(ID)) {
                return true;
            }
        } catch (CoreException e) {
            // Fall through to the file check.
        }
        return project.getFile(StrataProjects.PROJECT_FILE).exists();
    }
}
