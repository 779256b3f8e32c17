package io.strata.ui.internal.navigator;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

import io.strata.ui.internal.project.StrataNature;

/** Hides projects that are not Strata projects (on by default; the view's Filters can turn it off). */
public final class NonStrataProjectFilter extends ViewerFilter {

    @Override
    public boolean select(Viewer viewer, Object parent, Object element) {
        return !(element instanceof IProject project) || StrataNature.isStrataProject(project);
    }
}
