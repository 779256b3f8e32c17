package io.strata.ui.internal.navigator;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.model.WorkbenchLabelProvider;
import org.eclipse.ui.navigator.ICommonContentExtensionSite;
import org.eclipse.ui.navigator.ICommonLabelProvider;

import io.strata.liquibase.ProjectOutline;
import io.strata.ui.StrataUi;
import io.strata.ui.internal.navigator.OutlineNode.ChangeLogFileNode;
import io.strata.ui.internal.navigator.OutlineNode.ChangeNode;
import io.strata.ui.internal.navigator.OutlineNode.LabelNode;
import io.strata.ui.internal.navigator.OutlineNode.ChangeSetNode;
import io.strata.ui.internal.navigator.OutlineNode.MessageNode;
import io.strata.ui.internal.navigator.OutlineNode.PlanNode;
import io.strata.ui.internal.navigator.OutlineNode.StageNode;

/** Labels of plans, stages and change sets: "DEV — h2 (reference)", "id — author [labels] (2 changes)". */
public final class OutlineLabelProvider extends LabelProvider implements ICommonLabelProvider {

    private final WorkbenchLabelProvider resources = new WorkbenchLabelProvider();

    @Override
    public void init(ICommonContentExtensionSite config) {
        // Nothing to configure.
    }

    @Override
    public String getText(Object element) {
        return element instanceof OutlineNode node ? text(node) : null;
    }

    static String text(OutlineNode node) {
        return switch (node) {
            case PlanNode plan -> plan.plan().name();
            case StageNode stage -> stage.stage().name() + " \u2014 " + stage.stage().type()
                    + (stage.stage().reference() ? " (reference)" : "");
            case ChangeLogFileNode group -> group.changeLogFile().file();
            case LabelNode label -> label.label() + " (" + label.changeSets().size()
                    + (label.changeSets().size() == 1 ? " change set)" : " change sets)");
            case ChangeSetNode changeSet -> text(changeSet.changeSet());
            case ChangeNode change -> change.description();
            case MessageNode message -> firstLine(message.text());
        };
    }

    private static String text(ProjectOutline.ChangeSetItem c) {
        return c.id() + " \u2014 " + c.author() + (c.labels().isEmpty() ? "" : " [" + c.labels() + "]")
                + " (" + c.changes() + (c.changes() == 1 ? " change)" : " changes)");
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    @Override
    public Image getImage(Object element) {
        ISharedImages shared = PlatformUI.getWorkbench().getSharedImages();
        return switch (element) {
            case PlanNode plan -> StrataUi.image(StrataUi.IMG_PLANS);
            case StageNode stage -> StrataUi.image(StrataUi.IMG_STRATA);
            case ChangeLogFileNode group -> resources.getImage(group.file());
            case LabelNode label -> shared.getImage(ISharedImages.IMG_OBJ_FOLDER);
            case ChangeSetNode changeSet -> StrataUi.image(StrataUi.IMG_CHANGE_LOG);
            case ChangeNode change -> shared.getImage(ISharedImages.IMG_OBJ_ELEMENT);
            case MessageNode message -> shared.getImage(message.error() ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_INFO_TSK);
            default -> null;
        };
    }

    @Override
    public String getDescription(Object element) {
        return switch (element) {
            case MessageNode message -> message.text();
            case OutlineNode node when node.line() > 0 -> text(node) + " \u2014 " + node.file().getProjectRelativePath() + ", line "
                    + node.line() + " (double-click opens it)";
            case OutlineNode node -> text(node);
            default -> null;
        };
    }

    @Override
    public void dispose() {
        resources.dispose();
        super.dispose();
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
