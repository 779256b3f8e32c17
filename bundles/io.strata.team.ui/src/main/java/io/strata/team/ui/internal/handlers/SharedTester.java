package io.strata.team.ui.internal.handlers;

import org.eclipse.core.expressions.PropertyTester;
import org.eclipse.core.resources.IProject;

import io.strata.git.ProjectGit;

/** {@code io.strata.team.ui.shared}: whether the project is in a Git repository (the Team menu offers Share Project, or the rest). */
public final class SharedTester extends PropertyTester {

    @Override
    public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
        return receiver instanceof IProject project && project.isOpen() && project.getLocation() != null
                && ProjectGit.isShared(project.getLocation().toPath());
    }
}
