package io.strata.ui.internal.navigator;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.DoubleClickEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.osgi.service.prefs.BackingStoreException;

import io.strata.ui.StrataUi;
import io.strata.ui.preferences.StrataPreferences;

/**
 * The Project Navigator: the Common Navigator with Strata's order of folders (a sorter declared
 * in a content extension only applies to children that extension contributes; the folders come
 * from the platform's resource content, so the order is set on the viewer), the view menu's
 * "Group Change Sets by Label" (remembered in the preferences), and a double-click on an HTML
 * report that opens it in the Report view through the Open Report command.
 */
public final class StrataNavigator extends CommonNavigator {

    public static final String ID = "io.strata.ui.navigator";
    /** The command that shows the selected HTML report in the Report view (io.strata.forecast.ui). */
    static final String OPEN_REPORT_COMMAND = "io.strata.forecast.ui.openReport";
    /** The id of the view menu's grouping action. */
    public static final String GROUP_BY_LABEL_ACTION = "io.strata.ui.navigator.groupByLabel";

    @Override
    public void createPartControl(Composite parent) {
        super.createPartControl(parent);
        getCommonViewer().setComparator(new StrataFolderSorter());
        getViewSite().getActionBars().getMenuManager().add(groupByLabel());
    }

    private IAction groupByLabel() {
        Action action = new Action("Group Change Sets by &Label", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                var node = InstanceScope.INSTANCE.getNode(StrataUi.PLUGIN_ID);
                node.put(StrataPreferences.CHANGE_SET_GROUPING, isChecked() ? "label" : "file");
                try {
                    node.flush();
                } catch (BackingStoreException e) {
                    StrataUi.getDefault().getLog().warn("Strata could not save the navigator's grouping", e);
                }
                getCommonViewer().refresh();
            }
        };
        action.setId(GROUP_BY_LABEL_ACTION);
        action.setChecked(StrataPreferences.groupChangeSetsByLabel());
        action.setToolTipText("Show the change sets under their labels instead of their files (\"(no label)\" for the others)");
        return action;
    }

    /**
     * A plan, stage, change set or change opens its file at its line; an HTML report opens in the
     * Report view; the rest opens or expands as usual.
     */
    @Override
    protected void handleDoubleClick(DoubleClickEvent event) {
        if (event.getSelection() instanceof IStructuredSelection selection) {
            Object element = selection.getFirstElement();
            if (element instanceof OutlineNode node && !(node instanceof OutlineNode.MessageNode)
                    && !(node instanceof OutlineNode.ChangeLogFileNode) && !(node instanceof OutlineNode.LabelNode)) {
                OutlineOpener.open(getSite().getPage(), node);
                return;
            }
            if (StrataFolders.isHtmlReport(element) && openReport()) {
                return;
            }
        }
        super.handleDoubleClick(event);
    }

    /** Runs Open Report on the selection; false when the command is not there (no forecast UI installed). */
    private boolean openReport() {
        ICommandService commands = getSite().getService(ICommandService.class);
        Command command = commands == null ? null : commands.getCommand(OPEN_REPORT_COMMAND);
        if (command == null || !command.isDefined()) {
            return false;
        }
        try {
            getSite().getService(IHandlerService.class).executeCommand(OPEN_REPORT_COMMAND, null);
            return true;
        } catch (CommandException e) {
            StrataUi.getDefault().getLog().warn("Strata could not open the report in the Report view", e);
            return false;
        }
    }
}
