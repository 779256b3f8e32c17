package io.strata.dsl.ui.internal.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

import io.strata.dsl.DslIssue;
import io.strata.dsl.ide.DslDocument;
import io.strata.dsl.ide.Fix;
import io.strata.dsl.ide.Region;

/**
 * The problem markers of a DSL file ({@value #MARKER}): one per issue of its latest parse, at the
 * issue's characters and line, with its code and its quick fixes ({@link FixCodec}). The Problems
 * view lists them with file and line, and the editor shows them as annotations.
 */
public final class DslMarkers {

    public static final String MARKER = "io.strata.dsl.ui.problem";
    public static final String ATTR_CODE = "code";
    public static final String ATTR_FIXES = "fixes";
    /** More markers than this in one file help nobody and slow the Problems view down. */
    static final int MAX_MARKERS = 500;

    private static final String[] COMPARED = { IMarker.MESSAGE, IMarker.SEVERITY, IMarker.LINE_NUMBER, IMarker.CHAR_START,
            IMarker.CHAR_END, ATTR_CODE, ATTR_FIXES };

    private DslMarkers() {
    }

    /** The markers' attributes for the document's issues (computed without the workspace lock). */
    static List<Map<String, Object>> attributes(DslDocument document) {
        return attributes(document, issue -> true);
    }

    /** The markers' attributes for those of the document's issues that are to be shown. */
    static List<Map<String, Object>> attributes(DslDocument document, java.util.function.Predicate<DslIssue> shown) {
        List<Map<String, Object>> markers = new ArrayList<>();
        for (DslIssue issue : document.issues()) {
            if (markers.size() == MAX_MARKERS) {
                break;
            }
            if (!shown.test(issue)) {
                continue;
            }
            Map<String, Object> attributes = new HashMap<>();
            attributes.put(IMarker.SEVERITY, issue.severity() == DslIssue.Severity.ERROR ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
            attributes.put(IMarker.MESSAGE, issue.message());
            if (issue.line() > 0) {
                attributes.put(IMarker.LINE_NUMBER, issue.line());
                attributes.put(IMarker.LOCATION, Messages.bind("marker.location", issue.line()));
            }
            Region region = document.region(issue);
            if (region != null) {
                attributes.put(IMarker.CHAR_START, region.offset());
                attributes.put(IMarker.CHAR_END, region.offset() + Math.max(1, region.length()));
            }
            attributes.put(ATTR_CODE, issue.code());
            List<Fix> fixes = document.fixes(issue);
            if (!fixes.isEmpty()) {
                attributes.put(ATTR_FIXES, FixCodec.encode(fixes, document.text()));
            }
            markers.add(attributes);
        }
        return markers;
    }

    /** Makes the file's markers exactly these, in one workspace operation; nothing happens when they already are. */
    static void replace(IFile file, List<Map<String, Object>> markers, IProgressMonitor monitor) throws CoreException {
        if (!file.exists() || same(file.findMarkers(MARKER, false, IResource.DEPTH_ZERO), markers)) {
            return;
        }
        ResourcesPlugin.getWorkspace().run(m -> {
            file.deleteMarkers(MARKER, false, IResource.DEPTH_ZERO);
            for (Map<String, Object> attributes : markers) {
                file.createMarker(MARKER, attributes);
            }
        }, null, IWorkspace.AVOID_UPDATE, monitor);
    }

    private static boolean same(IMarker[] existing, List<Map<String, Object>> markers) throws CoreException {
        if (existing.length != markers.size()) {
            return false;
        }
        List<Map<String, Object>> have = new ArrayList<>();
        for (IMarker marker : existing) {
            have.add(key(marker.getAttributes()));
        }
        List<Map<String, Object>> want = markers.stream().map(DslMarkers::key).toList();
        return have.containsAll(want) && want.containsAll(have);
    }

    private static Map<String, Object> key(Map<String, Object> attributes) {
        Map<String, Object> key = new HashMap<>();
        for (String name : COMPARED) {
            Object value = attributes == null ? null : attributes.get(name);
            if (value != null) {
                key.put(name, value);
            }
        }
        return key;
    }

    /** Whether a marker is one of ours and carries quick fixes. */
    static boolean hasFixes(IMarker marker) {
        return !FixCodec.decode(marker.getAttribute(ATTR_FIXES, "")).isEmpty();
    }
}
