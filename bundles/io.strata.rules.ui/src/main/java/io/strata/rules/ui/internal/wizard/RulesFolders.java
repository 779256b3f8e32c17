package io.strata.rules.ui.internal.wizard;

import java.util.Arrays;
import java.util.Comparator;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;

import io.strata.core.ProjectFolder;
import io.strata.core.RulesPhase;
import io.strata.core.StrataProjects;

/** Where rule files go in a workspace: the phase folders of Strata projects' Rules/. */
final class RulesFolders {

    private RulesFolders() {
    }

    static boolean isStrataProject(IProject project) {
        return project != null && project.isOpen() && project.getFile(StrataProjects.PROJECT_FILE).exists();
    }

    /** The phase whose folder this resource is (Rules/Forecast of a Strata project), or {@code null}. */
    static RulesPhase phaseOf(IResource resource) {
        if (resource instanceof IFolder folder && folder.getParent() instanceof IFolder rules
                && rules.getName().equals(ProjectFolder.RULES.folderName())
                && rules.getParent() instanceof IProject project && isStrataProject(project)) {
            return RulesPhase.byFolderName(folder.getName());
        }
        return null;
    }

    /** The phase folder this resource is or lies in, or {@code null}. */
    static IFolder phaseFolderOf(IResource resource) {
        for (IResource r = resource; r != null; r = r.getParent()) {
            if (phaseOf(r) != null) {
                return (IFolder) r;
            }
        }
        return null;
    }

    static IFolder folder(IProject project, RulesPhase phase) {
        return project.getFolder(ProjectFolder.RULES.folderName()).getFolder(phase.folderName());
    }

    /** The first Strata project of the workspace by name, or {@code null}. */
    static IProject firstStrataProject() {
        return Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects())
                .filter(RulesFolders::isStrataProject)
                .min(Comparator.comparing(IProject::getName))
                .orElse(null);
    }

    static String path(IContainer folder) {
        return folder.getProjectRelativePath().toString();
    }
}
