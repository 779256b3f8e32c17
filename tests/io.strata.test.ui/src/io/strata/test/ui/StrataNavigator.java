package io.strata.test.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.navigator.CommonNavigator;

/** The Project Navigator as UI tests use it: select a resource, then open its context menu. */
public final class StrataNavigator {

    /** The Project Navigator's view id (io.strata.ui). */
    public static final String ID = "io.strata.ui.navigator";

    private StrataNavigator() {
    }

    /** Shows and activates the navigator, selects {@code resource} in it and returns its tree (whose menu is the context menu). */
    public static Tree select(SwtDriver ui, IWorkbenchWindow window, IResource resource) {
        try {
            CommonNavigator navigator = (CommonNavigator) window.getActivePage().showView(ID);
            window.getActivePage().activate(navigator);
            Tree tree = navigator.getCommonViewer().getTree();
            ui.treeItem(tree, resource.getProject().getName());
            navigator.getCommonViewer().setSelection(new StructuredSelection(resource), true);
            ui.flush();
            assertEquals(resource, navigator.getCommonViewer().getStructuredSelection().getFirstElement(), "selected in the navigator");
            return tree;
        } catch (PartInitException e) {
            throw new AssertionError("the Project Navigator cannot be shown: " + e.getMessage(), e);
        }
    }
}
