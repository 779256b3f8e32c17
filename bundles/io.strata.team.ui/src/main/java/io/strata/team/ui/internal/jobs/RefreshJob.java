package io.strata.team.ui.internal.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

import io.strata.forecast.ui.ForecastUi;
import io.strata.git.ChangeLogMergeCheck.Finding;
import io.strata.git.ProjectGit.MergeOutcome;
import io.strata.team.ui.TeamUi;
import io.strata.team.ui.internal.Messages;
import io.strata.team.ui.internal.dialogs.MergeResultsDialog;

/**
 * After Git changed files of a project (pull, merge, switch): refreshes the project (whose rule is
 * the workspace's, so it cannot run inside the Git job), replaces the change log findings' markers
 * and shows the conflicts and findings of a pull or merge in a dialog.
 */
final class RefreshJob extends WorkspaceJob {

    private final IProject project;
    private final MergeOutcome merge;
    private final String title;

    RefreshJob(IProject project, MergeOutcome merge, String title) {
        super(NLS.bind(Messages.job_refresh, project.getName()));
        this.project = project;
        this.merge = merge;
        this.title = title;
        setRule(ResourcesPlugin.getWorkspace().getRuleFactory().refreshRule(project));
        setSystem(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == TeamUi.JOB_FAMILY;
    }

    @Override
    public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
        project.refreshLocal(IResource.DEPTH_INFINITE, monitor);
        IFolder git = project.getFolder(".git");
        if (git.exists() && !git.isTeamPrivateMember()) {
            git.setTeamPrivateMember(true); // Git's own files: hidden from the navigator, as EGit does
        }
        if (merge != null) {
            replaceMarkers(project, merge.changeLog());
            if (!merge.conflicts().isEmpty() || !merge.changeLog().isEmpty() || !merge.successful()) {
                TeamJob.later(() -> MergeResultsDialog.show(title, project.getName(), merge));
            }
        }
        return Status.OK_STATUS;
    }

    /** The project's change log findings become exactly these markers, on the change set's file and line. */
    static void replaceMarkers(IProject project, List<Finding> findings) throws CoreException {
        project.deleteMarkers(TeamUi.MERGE_FINDING_MARKER, false, IResource.DEPTH_INFINITE);
        for (Finding finding : findings) {
            String[] key = finding.changeSet().split("::", 3);
            IFile file = key.length == 3 ? project.getFile(IPath.fromOSString(key[0])) : null;
            IResource target = file != null && file.exists() ? file : project;
            Map<String, Object> attributes = new HashMap<>();
            attributes.put(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
            attributes.put(IMarker.MESSAGE, NLS.bind(Messages.marker_message, finding.message(), finding.fix()));
            attributes.put(IMarker.SOURCE_ID, Messages.marker_source);
            attributes.put(ForecastUi.ATTR_CODE, finding.kind().name());
            attributes.put(TeamUi.ATTR_OURS, finding.ours());
            attributes.put(TeamUi.ATTR_THEIRS, finding.theirs());
            if (key.length == 3) {
                attributes.put(ForecastUi.ATTR_CHANGE_SET_ID, key[1]);
                attributes.put(IMarker.LOCATION, NLS.bind(Messages.marker_location, key[1], key[2]));
                int line = target instanceof IFile f ? lineOf(f, key[1]) : 0;
                if (line > 0) {
                    attributes.put(IMarker.LINE_NUMBER, line);
                }
            }
            target.createMarker(TeamUi.MERGE_FINDING_MARKER, attributes);
        }
    }

    /** The 1-based line of the first change set with this id in the file, or 0. */
    private static int lineOf(IFile file, String id) {
        try {
            List<String> lines = Files.readAllLines(file.getLocation().toPath(), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.contains("<changeSet") && (line.contains("id=\"" + id + "\"") || line.contains("id='" + id + "'"))) {
                    return i + 1;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
