package io.strata.dsl.ui.internal.editor;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;

import io.strata.core.StrataProjects;
import io.strata.dsl.ide.DslContext;

/**
 * What is known before a DSL file: for a file of a Strata project (the Strata nature, or a
 * {@code strata.yaml} at the project's root), the tables and columns of the change sets that run
 * before it in the project's change log; {@link DslContext#none()} elsewhere. Reading the project's
 * change log may be slow: call it in a Job, never on the UI thread.
 */
final class DslContexts {

    /** The nature of Strata projects (io.strata.ui's {@code StrataNature}). */
    static final String NATURE = "io.strata.ui.nature";

    private DslContexts() {
    }

    static DslContext of(IFile file) {
        Path root = projectRoot(file);
        if (root == null || file.getLocation() == null) {
            return DslContext.none();
        }
        try {
            DslContext context = DslContext.forFile(root, file.getLocation().toPath());
            for (String problem : context.problems()) {
                ILog.of(DslContexts.class).warn(Messages.bind("context.problem", problem));
            }
            return context;
        } catch (RuntimeException e) {
            ILog.of(DslContexts.class).error(Messages.bind("context.problem", e.getMessage()), e);
            return DslContext.none();
        }
    }

    /** The root folder of the file's Strata project, or null when the file is not in one. */
    static Path projectRoot(IFile file) {
        if (file == null) {
            return null;
        }
        IProject project = file.getProject();
        if (project == null || !project.isOpen() || project.getLocation() == null) {
            return null;
        }
        boolean strata;
        try {
            strata = project.hasNature(NATURE);
        } catch (CoreException e) {
            strata = false;
        }
        Path root = project.getLocation().toPath();
        return strata || StrataProjects.isStrataProject(root) ? root : null;
    }
}
