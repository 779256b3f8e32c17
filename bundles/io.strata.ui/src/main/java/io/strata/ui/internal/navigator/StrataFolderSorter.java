package io.strata.ui.internal.navigator;

import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;

import io.strata.core.ProjectFolder;
import io.strata.core.ReportRuns;
import io.strata.core.RulesPhase;

/**
 * Shows a Strata project's folders in the order of the work (Deployment Plans, Change Log, Rules,
 * Reports, Snapshots) and the rules phases in the order they run; a stage's report runs newest
 * first; everything else follows, folders before files, by name.
 */
public final class StrataFolderSorter extends ViewerComparator {

    private static final int OTHER_FOLDERS = 100;
    private static final int FILES = 200;

    @Override
    public int category(Object element) {
        ProjectFolder folder = StrataFolders.projectFolder(element);
        if (folder != null) {
            return folder.ordinal();
        }
        RulesPhase phase = StrataFolders.rulesPhase(element);
        if (phase != null) {
            return phase.ordinal();
        }
        IResource resource = StrataFolders.resource(element);
        return resource != null && resource.getType() == IResource.FILE ? FILES : OTHER_FOLDERS;
    }

    @Override
    public int compare(Viewer viewer, Object e1, Object e2) {
        if (e1 instanceof OutlineNode || e2 instanceof OutlineNode) {
            return 0; // plans, stages and change sets keep their own order (the sort is stable)
        }
        int byCategory = Integer.compare(category(e1), category(e2));
        if (byCategory != 0) {
            return byCategory;
        }
        IResource r1 = StrataFolders.resource(e1);
        IResource r2 = StrataFolders.resource(e2);
        if (StrataFolders.isReportRun(e1) && StrataFolders.isReportRun(e2)) {
            return ReportRuns.NEWEST_FIRST.compare(r1.getName(), r2.getName());
        }
        if (r1 != null && r2 != null) {
            return String.CASE_INSENSITIVE_ORDER.compare(r1.getName(), r2.getName());
        }
        return super.compare(viewer, e1, e2);
    }
}
