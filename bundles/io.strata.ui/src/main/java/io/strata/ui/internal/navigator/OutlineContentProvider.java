package io.strata.ui.internal.navigator;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.navigator.ICommonContentExtensionSite;
import org.eclipse.ui.navigator.ICommonContentProvider;

import io.strata.core.ProjectFolder;
import io.strata.core.project.StrataProject;
import io.strata.liquibase.ProjectOutline;
import io.strata.ui.preferences.StrataPreferences;
import io.strata.ui.internal.navigator.OutlineNode.ChangeLogFileNode;
import io.strata.ui.internal.navigator.OutlineNode.ChangeNode;
import io.strata.ui.internal.navigator.OutlineNode.ChangeSetNode;
import io.strata.ui.internal.navigator.OutlineNode.LabelNode;
import io.strata.ui.internal.navigator.OutlineNode.MessageNode;
import io.strata.ui.internal.navigator.OutlineNode.PlanNode;
import io.strata.ui.internal.navigator.OutlineNode.StageNode;

/**
 * The plans and stages under each deployment plan file and the change sets under the master change
 * log, grouped by file or by label (the view menu's toggle), each with its changes. It parses nothing: it shows the {@link ProjectOutline} that {@link ProjectOutlines} reads in
 * a job ("Reading..." until then) and refreshes the project when a new one is read.
 */
public final class OutlineContentProvider implements ICommonContentProvider {

    static final String READING = "Reading...";
    private static final Object[] NONE = new Object[0];

    private ProjectOutlines outlines;
    private volatile StructuredViewer viewer;

    @Override
    public void init(ICommonContentExtensionSite config) {
        outlines = new ProjectOutlines(ResourcesPlugin.getWorkspace(), this::refresh);
    }

    @Override
    public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
        this.viewer = viewer instanceof StructuredViewer structured ? structured : null;
    }

    private void refresh(IProject project) {
        StructuredViewer current = viewer;
        Control control = current == null ? null : current.getControl();
        if (control == null || control.isDisposed()) {
            return;
        }
        control.getDisplay().asyncExec(() -> {
            if (!control.isDisposed()) {
                current.refresh(project);
            }
        });
    }

    @Override
    public Object[] getElements(Object input) {
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        return switch (parent) {
            case IFile file -> childrenOf(file);
            case PlanNode plan -> plan.plan().stages().stream().map(s -> new StageNode(plan.file(), s)).toArray();
            case ChangeLogFileNode group -> changeSets(group.file().getProject(), group.changeLogFile().changeSets());
            case LabelNode label -> changeSets(label.file().getProject(), label.changeSets());
            case ChangeSetNode changeSet -> changes(changeSet);
            default -> NONE;
        };
    }

    private Object[] childrenOf(IFile file) {
        IProject project = file.getProject();
        if (!isPlanFile(file) && !isChangeLogFolderFile(file) || !StrataFolders.isStrataProject(project)) {
            return NONE;
        }
        ProjectOutline outline = outlines.get(project);
        String path = file.getProjectRelativePath().toString();
        if (outline == null) {
            return isPlanFile(file) || path.equals(StrataProject.DEFAULT_CHANGELOG) ? new Object[] { new MessageNode(file, READING, false) }
                    : NONE;
        }
        if (isPlanFile(file)) {
            if (outline.plansError() != null) {
                return new Object[] { new MessageNode(file, outline.plansError(), true) };
            }
            return outline.plans().stream().filter(p -> p.file().equals(path)).map(p -> new PlanNode(file, p)).toArray();
        }
        if (!path.equals(outline.changeLog())) {
            return NONE;
        }
        if (outline.changeLogError() != null) {
            return new Object[] { new MessageNode(file, outline.changeLogError(), true) };
        }
        if (StrataPreferences.groupChangeSetsByLabel()) {
            List<Object> labels = new ArrayList<>();
            outline.byLabel().forEach((label, changeSets) -> labels.add(new LabelNode(file, label, changeSets)));
            return labels.toArray();
        }
        if (outline.files().size() == 1) {
            return changeSets(project, outline.files().get(0).changeSets());
        }
        List<Object> groups = new ArrayList<>();
        for (ProjectOutline.ChangeLogFile group : outline.files()) {
            groups.add(new ChangeLogFileNode(project.getFile(group.file()), group));
        }
        return groups.toArray();
    }

    private static Object[] changeSets(IProject project, List<ProjectOutline.ChangeSetItem> changeSets) {
        return changeSets.stream().map(c -> new ChangeSetNode(project.getFile(c.file()), c)).toArray();
    }

    private static Object[] changes(ChangeSetNode node) {
        List<Object> changes = new ArrayList<>();
        for (int i = 0; i < node.changeSet().changeItems().size(); i++) {
            changes.add(new ChangeNode(node.file(), node.changeSet(), i));
        }
        return changes.toArray();
    }

    private static boolean isPlanFile(IFile file) {
        String name = file.getName();
        return StrataFolders.projectFolder(file.getParent()) == ProjectFolder.DEPLOYMENT_PLANS
                && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    /** The master change log is in the Change Log folder (or named in strata.yaml: then the outline knows). */
    private boolean isChangeLogFolderFile(IFile file) {
        if (file.getProjectRelativePath().segmentCount() > 0
                && ProjectFolder.CHANGE_LOG.folderName().equals(file.getProjectRelativePath().segment(0))) {
            return true;
        }
        ProjectOutline outline = outlines.get(file.getProject());
        return outline != null && file.getProjectRelativePath().toString().equals(outline.changeLog());
    }

    @Override
    public Object getParent(Object element) {
        return switch (element) {
            case ChangeNode change -> new ChangeSetNode(change.file(), change.changeSet());
            case OutlineNode node -> node.file();
            default -> null;
        };
    }

    @Override
    public boolean hasChildren(Object element) {
        return switch (element) {
            case IFile file -> getChildren(file).length > 0;
            case PlanNode plan -> true;
            case ChangeLogFileNode group -> true;
            case LabelNode label -> true;
            case ChangeSetNode changeSet -> !changeSet.changeSet().changeItems().isEmpty();
            default -> false;
        };
    }

    @Override
    public void dispose() {
        if (outlines != null) {
            outlines.dispose();
        }
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
