package io.strata.changelog.ui.internal.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import io.strata.liquibase.ChangeLogProblem;

/**
 * The markers of the change log check: one error per {@link ChangeLogProblem} on its file at its
 * line, with its code and, where the problem carries one, its quick fix.
 */
public final class ChangeLogMarkers {

    /** Marker type of a change log problem. */
    public static final String MARKER = "io.strata.changelog.ui.problem";
    /** Marker type of a forecast finding (io.strata.forecast.ui), which the quick fixes also serve. */
    public static final String FINDING_MARKER = "io.strata.forecast.ui.finding";

    /** Attributes (strings): the problem's code, and the quick fix: {@code replace} becomes {@code replaceWith}. */
    public static final String ATTR_CODE = "code";
    public static final String ATTR_REPLACE = "replace";
    public static final String ATTR_REPLACE_WITH = "replaceWith";
    public static final String ATTR_CHANGE_SET_ID = "changeSetId";

    private ChangeLogMarkers() {
    }

    /** Makes the project's change log markers exactly these problems, in one workspace operation. */
    public static void replace(IProject project, List<ChangeLogProblem> problems, IProgressMonitor monitor) throws CoreException {
        ResourcesPlugin.getWorkspace().run(m -> {
            project.deleteMarkers(MARKER, false, IResource.DEPTH_INFINITE);
            for (ChangeLogProblem problem : problems) {
                IFile file = problem.file() == null || problem.file().isBlank() ? null : project.getFile(IPath.fromOSString(problem.file()));
                IResource target = file != null && file.exists() ? file : project;
                Map<String, Object> attributes = new HashMap<>();
                attributes.put(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
                attributes.put(IMarker.MESSAGE, target == project && problem.file() != null && !problem.file().isBlank()
                        ? NLS.bind(EditorMessages.NO_FILE, problem.message(), problem.file()) : problem.message());
                if (target instanceof IFile && problem.line() > 0) {
                    attributes.put(IMarker.LINE_NUMBER, problem.line());
                    attributes.put(IMarker.LOCATION, NLS.bind(EditorMessages.LINE, problem.line()));
                }
                attributes.put(ATTR_CODE, problem.code());
                if (problem.found() != null && problem.suggestion() != null) {
                    attributes.put(ATTR_REPLACE, problem.found());
                    attributes.put(ATTR_REPLACE_WITH, problem.suggestion());
                }
                if (problem.changeSetId() != null) {
                    attributes.put(ATTR_CHANGE_SET_ID, problem.changeSetId());
                }
                target.createMarker(MARKER, attributes);
            }
        }, null, IWorkspace.AVOID_UPDATE, monitor); // no scheduling rule: the check job holds its own
    }
}
