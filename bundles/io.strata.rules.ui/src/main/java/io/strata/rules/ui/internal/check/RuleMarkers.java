package io.strata.rules.ui.internal.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

import io.strata.core.ProjectFolder;
import io.strata.rules.RuleProblem;
import io.strata.rules.ui.RulesUi;
import io.strata.rules.ui.internal.drl.Messages;
import io.strata.rules.ui.internal.drl.ProblemRange;

/** The problem markers of Check Rules on a project's rule files. */
public final class RuleMarkers {

    private RuleMarkers() {
    }

    /**
     * Removes the project's rule markers and adds one per problem: on its file at its line, and
     * on the characters at its column when Drools gave one; on the project when the file is gone.
     */
    public static void replace(IProject project, List<RuleProblem> problems, IProgressMonitor monitor)
            throws CoreException {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        workspace.run(m -> {
            IFolder rules = project.getFolder(ProjectFolder.RULES.folderName());
            if (rules.exists()) {
                rules.deleteMarkers(RulesUi.MARKER_ID, true, IResource.DEPTH_INFINITE);
            }
            project.deleteMarkers(RulesUi.MARKER_ID, true, IResource.DEPTH_ZERO);
            for (RuleProblem problem : problems) {
                IFile file = project.getFile(problem.source());
                IResource target = file.exists() ? file : project;
                Map<String, Object> attributes = new HashMap<>();
                attributes.put(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
                attributes.put(IMarker.MESSAGE, file.exists() ? problem.message()
                        : Messages.get("check.noFile", problem.message(), problem.source()));
                if (problem.line() > 0) {
                    attributes.put(IMarker.LINE_NUMBER, problem.line());
                    attributes.put(IMarker.LOCATION, "line " + problem.line());
                }
                if (file.exists() && problem.column() > 0) {
                    ProblemRange range = ProblemRange.of(read(file), problem.line(), problem.column());
                    if (range != null) {
                        attributes.put(IMarker.CHAR_START, range.start());
                        attributes.put(IMarker.CHAR_END, range.end());
                    }
                }
                target.createMarker(RulesUi.MARKER_ID, attributes);
            }
        }, null, IWorkspace.AVOID_UPDATE, monitor);
    }

    /** The rule markers of a resource and the resources under it. */
    public static IMarker[] of(IResource resource) throws CoreException {
        return resource.findMarkers(RulesUi.MARKER_ID, true, IResource.DEPTH_INFINITE);
    }

    private static String read(IFile file) throws CoreException {
        try (InputStream in = file.getContents(true)) {
            return new String(in.readAllBytes(), Charset.forName(file.getCharset()));
        } catch (IOException e) {
            throw new CoreException(org.eclipse.core.runtime.Status.error("Cannot read " + file.getFullPath(), e));
        }
    }
}
