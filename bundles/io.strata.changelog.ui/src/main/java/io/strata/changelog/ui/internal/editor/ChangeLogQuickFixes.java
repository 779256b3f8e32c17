package io.strata.changelog.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

import io.strata.liquibase.ChangeLogProblem;

/**
 * Quick fixes (Problems view > Quick Fix, Ctrl+1) for change log problems and forecast findings
 * that carry one: a misspelt element becomes the one the schema suggests, a misspelt table or a
 * name against the naming rule becomes the suggested name. A finding on a change set also offers
 * to open it. The fixes only apply what the marker carries.
 */
public final class ChangeLogQuickFixes implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        return fix(marker) != null || changeSetLine(marker) > 0;
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        List<IMarkerResolution> resolutions = new ArrayList<>();
        ReplaceResolution fix = fix(marker);
        if (fix != null) {
            resolutions.add(fix);
        }
        if (changeSetLine(marker) > 0) {
            resolutions.add(new OpenChangeSetResolution(marker.getAttribute(ChangeLogMarkers.ATTR_CHANGE_SET_ID, ""),
                    (IFile) marker.getResource(), changeSetLine(marker)));
        }
        return resolutions.toArray(IMarkerResolution[]::new);
    }

    /** The replacement the marker carries, or null. */
    private static ReplaceResolution fix(IMarker marker) {
        String replace = marker.getAttribute(ChangeLogMarkers.ATTR_REPLACE, null);
        String with = marker.getAttribute(ChangeLogMarkers.ATTR_REPLACE_WITH, null);
        int line = marker.getAttribute(IMarker.LINE_NUMBER, 0);
        if (replace == null || with == null || line <= 0 || !(marker.getResource() instanceof IFile)) {
            return null;
        }
        boolean element = ChangeLogProblem.UNKNOWN_ELEMENT.equals(marker.getAttribute(ChangeLogMarkers.ATTR_CODE, null))
                && isType(marker, ChangeLogMarkers.MARKER);
        return new ReplaceResolution(element, replace, with, line, marker.getAttribute(ChangeLogMarkers.ATTR_CHANGE_SET_ID, ""));
    }

    /** The line of the change set a forecast finding is about, or 0. */
    private static int changeSetLine(IMarker marker) {
        if (!isType(marker, ChangeLogMarkers.FINDING_MARKER) || !(marker.getResource() instanceof IFile)
                || marker.getAttribute(ChangeLogMarkers.ATTR_CHANGE_SET_ID, null) == null) {
            return 0;
        }
        return marker.getAttribute(IMarker.LINE_NUMBER, 0);
    }

    private static boolean isType(IMarker marker, String type) {
        try {
            return marker.exists() && marker.isSubtypeOf(type);
        } catch (CoreException e) {
            return false;
        }
    }
}
