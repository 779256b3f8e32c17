package io.strata.forecast.ui.internal.markers;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.ArrayList;
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

import io.strata.forecast.Finding;
import io.strata.forecast.ui.ForecastUi;
import io.strata.forecast.ui.internal.Messages;
import io.strata.rules.ResponseType;
import io.strata.rules.RuleProblem;

/**
 * Findings and rule problems as Problems-view markers, on the file and line they name. Each run
 * replaces the markers of the run before it; double-clicking one opens the file at its line.
 */
public final class Markers {

    private Markers() {
    }

    /** A marker to be: on this resource, with these attributes. */
    private record Wanted(IResource resource, Map<String, Object> attributes) {
    }

    /** Replaces the project's forecast markers with these findings (PASS responses get none). */
    public static void replaceFindings(IProject project, String stage, List<Finding> findings, IProgressMonitor monitor)
            throws CoreException {
        replaceFindings(project, stage, findings, Messages.marker_forecastSource, monitor);
    }

    /**
     * Replaces the project's forecast markers with these findings, saying which run made them
     * ({@link IMarker#SOURCE_ID}: a Forecast, a forecast on save).
     */
    public static void replaceFindings(IProject project, String stage, List<Finding> findings, String source, IProgressMonitor monitor)
            throws CoreException {
        List<Wanted> wanted = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.severity() == ResponseType.PASS) {
                continue;
            }
            IResource target = resource(project, finding.file());
            Map<String, Object> attributes = new HashMap<>();
            attributes.put(IMarker.SEVERITY, severity(finding.severity()));
            attributes.put(IMarker.MESSAGE, finding.hint() == null ? finding.message()
                    : NLS.bind(Messages.marker_withHint, finding.message(), finding.hint()));
            if (finding.line() > 0 && target instanceof IFile) {
                attributes.put(IMarker.LINE_NUMBER, finding.line());
            }
            attributes.put(IMarker.LOCATION, location(finding));
            attributes.put(IMarker.SOURCE_ID, source);
            attributes.put(ForecastUi.ATTR_CODE, finding.code());
            attributes.put(ForecastUi.ATTR_STAGE, stage);
            putIfSet(attributes, ForecastUi.ATTR_RULE, finding.rule());
            putIfSet(attributes, ForecastUi.ATTR_PHASE, finding.phase());
            putIfSet(attributes, ForecastUi.ATTR_CHANGE_SET_ID, finding.changeSetId());
            if (finding.fix() != null) {
                attributes.put(ForecastUi.ATTR_REPLACE, finding.fix().replace());
                attributes.put(ForecastUi.ATTR_REPLACE_WITH, finding.fix().with());
            }
            wanted.add(new Wanted(target, attributes));
        }
        replace(project, ForecastUi.FINDING_MARKER, wanted, monitor);
    }

    /** Replaces the project's Check Rules markers with these problems (errors, at line and column where known). */
    public static void replaceRuleProblems(IProject project, List<RuleProblem> problems, IProgressMonitor monitor)
            throws CoreException {
        List<Wanted> wanted = new ArrayList<>();
        for (RuleProblem problem : problems) {
            IResource target = resource(project, problem.source());
            Map<String, Object> attributes = new HashMap<>();
            attributes.put(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
            attributes.put(IMarker.MESSAGE, problem.message());
            attributes.put(IMarker.SOURCE_ID, Messages.marker_rulesSource);
            if (target instanceof IFile file && problem.line() > 0) {
                attributes.put(IMarker.LINE_NUMBER, problem.line());
                int[] range = problem.column() > 0 ? range(file, problem.line(), problem.column()) : null;
                if (range != null) {
                    attributes.put(IMarker.CHAR_START, range[0]);
                    attributes.put(IMarker.CHAR_END, range[1]);
                }
            } else if (target == project) {
                attributes.put(IMarker.LOCATION, problem.source());
            }
            wanted.add(new Wanted(target, attributes));
        }
        replace(project, ForecastUi.RULE_PROBLEM_MARKER, wanted, monitor);
    }

    /**
     * Makes the project's markers of this type exactly the wanted ones, in one workspace operation:
     * a marker that is there already stays (so the Problems view does not flicker), the others go.
     */
    private static void replace(IProject project, String type, List<Wanted> wanted, IProgressMonitor monitor) throws CoreException {
        ResourcesPlugin.getWorkspace().run(m -> {
            // Counted by value (a hash map, not a list): thousands of findings cost no quadratic time.
            Map<Wanted, Integer> missing = new HashMap<>();
            for (Wanted marker : wanted) {
                missing.merge(marker, 1, Integer::sum);
            }
            for (IMarker existing : project.findMarkers(type, false, IResource.DEPTH_INFINITE)) {
                Wanted same = new Wanted(existing.getResource(), existing.getAttributes());
                Integer count = missing.get(same);
                if (count == null) {
                    existing.delete();
                } else if (count == 1) {
                    missing.remove(same);
                } else {
                    missing.put(same, count - 1);
                }
            }
            for (Map.Entry<Wanted, Integer> marker : missing.entrySet()) {
                for (int i = 0; i < marker.getValue(); i++) {
                    marker.getKey().resource().createMarker(type, marker.getKey().attributes());
                }
            }
        }, project, IWorkspace.AVOID_UPDATE, monitor);
    }

    private static IResource resource(IProject project, String relativePath) {
        if (relativePath == null || relativePath.isBlank()) {
            return project;
        }
        IFile file = project.getFile(IPath.fromOSString(relativePath));
        return file.exists() ? file : project;
    }

    private static int severity(ResponseType type) {
        return switch (type) {
            case FAIL -> IMarker.SEVERITY_ERROR;
            case WARN -> IMarker.SEVERITY_WARNING;
            default -> IMarker.SEVERITY_INFO;
        };
    }

    private static String location(Finding finding) {
        String line = finding.line() > 0 ? NLS.bind(Messages.marker_line, finding.line()) : finding.location();
        return finding.changeSetId() == null ? line : NLS.bind(Messages.marker_changeSet, line, finding.changeSetId());
    }

    private static void putIfSet(Map<String, Object> attributes, String key, String value) {
        if (value != null) {
            attributes.put(key, value);
        }
    }

    /**
     * The characters a problem at this 1-based line and column points at: the word that starts
     * there, or the one character; null when the file does not have that position.
     */
    static int[] range(IFile file, int line, int column) {
        String text;
        try {
            text = Files.readString(file.getLocation().toPath(), Charset.forName(file.getCharset()));
        } catch (IOException | CoreException | RuntimeException e) {
            return null;
        }
        return range(text, line, column);
    }

    static int[] range(String text, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line; l++) {
            int newline = text.indexOf('\n', offset);
            if (newline < 0) {
                return null;
            }
            offset = newline + 1;
        }
        int lineEnd = text.indexOf('\n', offset);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        if (lineEnd > offset && text.charAt(lineEnd - 1) == '\r') {
            lineEnd--;
        }
        int start = offset + column - 1;
        if (start >= lineEnd) {
            return null;
        }
        int end = start + 1;
        if (Character.isJavaIdentifierPart(text.charAt(start))) {
            while (end < lineEnd && Character.isJavaIdentifierPart(text.charAt(end))) {
                end++;
            }
        }
        return new int[] { start, end };
    }
}
