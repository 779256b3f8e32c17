package io.strata.ui.internal.navigator;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;

import io.strata.core.ProjectFolder;
import io.strata.core.ReportRuns;
import io.strata.core.RulesPhase;
import io.strata.ui.internal.project.StrataNature;

/** What a resource is in a Strata project's layout. */
final class StrataFolders {

    private StrataFolders() {
    }

    /** The standard folder this resource is, or {@code null}. */
    static ProjectFolder projectFolder(Object element) {
        if (element instanceof IFolder folder && folder.getParent() instanceof IProject project
                && StrataNature.isStrataProject(project)) {
            return ProjectFolder.byName(folder.getName());
        }
        return null;
    }

    /** The rules phase this folder is, or {@code null}. */
    static RulesPhase rulesPhase(Object element) {
        if (element instanceof IFolder folder && projectFolder(folder.getParent()) == ProjectFolder.RULES) {
            return RulesPhase.byFolderName(folder.getName());
        }
        return null;
    }

    /** Whether this is a report run's folder, {@code Reports/<stage>/<timestamp>/}. */
    static boolean isReportRun(Object element) {
        return element instanceof IFolder folder && folder.getParent() instanceof IFolder stage
                && projectFolder(stage.getParent()) == ProjectFolder.REPORTS && ReportRuns.time(folder.getName()).isPresent();
    }

    /** Whether this is an HTML report in a Strata project's Reports folder. */
    static boolean isHtmlReport(Object element) {
        if (element instanceof IFile file && "html".equalsIgnoreCase(file.getFileExtension())) {
            for (IContainer parent = file.getParent(); parent != null; parent = parent.getParent()) {
                if (projectFolder(parent) == ProjectFolder.REPORTS) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isStrataProject(Object element) {
        return element instanceof IProject project && StrataNature.isStrataProject(project);
    }

    /** Whether the children of this container are ordered by the Strata layout. */
    static boolean ordersChildren(IContainer container) {
        return isStrataProject(container) || projectFolder(container) == ProjectFolder.RULES;
    }

    static IResource resource(Object element) {
        return element instanceof IResource resource ? resource : null;
    }
}
