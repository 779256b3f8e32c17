package io.strata.ui.internal.navigator;

import java.time.ZoneId;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.model.WorkbenchLabelProvider;
import org.eclipse.ui.navigator.ICommonContentExtensionSite;
import org.eclipse.ui.navigator.ICommonLabelProvider;

import io.strata.core.ProjectFolder;
import io.strata.core.ReportRuns;
import io.strata.core.RulesPhase;
import io.strata.ui.StrataUi;

/**
 * Icons and status-line descriptions for Strata projects and their folders; other resources get the
 * workbench's usual labels.
 */
public final class StrataLabelProvider extends LabelProvider implements ICommonLabelProvider {

    private final WorkbenchLabelProvider resources = new WorkbenchLabelProvider();

    @Override
    public void init(ICommonContentExtensionSite config) {
        // Nothing to configure.
    }

    @Override
    public Image getImage(Object element) {
        if (StrataFolders.isStrataProject(element)) {
            return StrataUi.image(StrataUi.IMG_STRATA);
        }
        ProjectFolder folder = StrataFolders.projectFolder(element);
        if (folder != null) {
            return StrataUi.image(switch (folder) {
                case DEPLOYMENT_PLANS -> StrataUi.IMG_PLANS;
                case CHANGE_LOG -> StrataUi.IMG_CHANGE_LOG;
                case RULES -> StrataUi.IMG_RULES;
                case REPORTS -> StrataUi.IMG_REPORTS;
                case SNAPSHOTS -> StrataUi.IMG_SNAPSHOTS;
            });
        }
        if (StrataFolders.rulesPhase(element) != null) {
            return StrataUi.image(StrataUi.IMG_RULES_PHASE);
        }
        if (StrataFolders.isReportRun(element)) {
            return StrataUi.image(StrataUi.IMG_REPORTS);
        }
        return resources.getImage(element);
    }

    /** A report run shows its local date and time and what it reports: "2026-11-30 16:30:12 — forecast". */
    @Override
    public String getText(Object element) {
        if (StrataFolders.isReportRun(element)) {
            IFolder run = (IFolder) element;
            String kind = reportKind(run);
            return ReportRuns.readable(run.getName(), ZoneId.systemDefault()) + (kind == null ? "" : " \u2014 " + kind);
        }
        return resources.getText(element);
    }

    /** forecast, deploy or check-rules: the name of the run's report files (from the workspace tree, no disk access). */
    private static String reportKind(IFolder run) {
        try {
            for (IResource member : run.members()) {
                String name = member.getName();
                int dot = name.indexOf('.');
                if (member.getType() == IResource.FILE && dot > 0) {
                    return name.substring(0, dot);
                }
            }
        } catch (CoreException e) {
            // a folder that is gone meanwhile: its date is enough
        }
        return null;
    }

    @Override
    public void dispose() {
        resources.dispose();
        super.dispose();
    }

    @Override
    public String getDescription(Object element) {
        ProjectFolder folder = StrataFolders.projectFolder(element);
        if (folder != null) {
            return switch (folder) {
                case DEPLOYMENT_PLANS -> "Deployment Plans: the stages (REF, DEV, TEST, PROD) and their connections";
                case CHANGE_LOG -> "Change Log: the change sets to deploy, in order";
                case RULES -> "Rules: the team's standards, checked on every forecast";
                case REPORTS -> "Reports: forecast, deploy and rule reports";
                case SNAPSHOTS -> "Snapshots: saved schema models for offline forecasts";
            };
        }
        RulesPhase phase = StrataFolders.rulesPhase(element);
        if (phase != null) {
            return switch (phase) {
                case PRE_FORECAST -> "PreForecast rules: run on the raw changes, before simulation";
                case FORECAST -> "Forecast rules: run on each change, with the database model at that point";
                case POST_FORECAST -> "PostForecast rules: run on the database model after every change";
                case SQL_RULES -> "SqlRules: run on the SQL that the changes will execute";
            };
        }
        if (StrataFolders.isStrataProject(element)) {
            return "Strata project " + StrataFolders.resource(element).getName();
        }
        if (StrataFolders.isReportRun(element)) {
            return getText(element) + " \u2014 " + ((IFolder) element).getProjectRelativePath() + " (written at UTC "
                    + ((IFolder) element).getName() + ")";
        }
        if (StrataFolders.isHtmlReport(element)) {
            return ((IResource) element).getProjectRelativePath() + " (double-click opens it in the Report view)";
        }
        return null;
    }

    @Override
    public void restoreState(IMemento memento) {
        // No state.
    }

    @Override
    public void saveState(IMemento memento) {
        // No state.
    }
}
