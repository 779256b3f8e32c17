package io.strata.ui.internal.navigator;

import org.eclipse.jface.viewers.DoubleClickEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.navigator.CommonNavigator;

/**
 * The Project Navigator: the Common Navigator with Strata's order of folders. (A sorter declared
 * in a content extension only applies to children that extension contributes; the folders come
 * from the platform's resource content, so the order is set on the viewer.)
 */
public final class StrataNavigator extends CommonNavigator {

    public static final String ID = "io.strata.ui.navigator";

    @Override
    public void createPartControl(Composite parent) {
        super.createPartControl(parent);
        getCommonViewer().setComparator(new StrataFolderSorter());
    }

    /** A plan, stage or change set opens its file at its line; the rest opens or expands as usual. */
    @Override
    protected void handleDoubleClick(DoubleClickEvent event) {
        if (event.getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() instanceof OutlineNode node
                && !(node instanceof OutlineNode.MessageNode) && !(node instanceof OutlineNode.ChangeLogFileNode)) {
            OutlineOpener.open(getSite().getPage(), node);
            return;
        }
        super.handleDoubleClick(event);
    }
}
