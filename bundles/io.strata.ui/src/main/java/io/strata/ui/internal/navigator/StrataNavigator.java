package io.strata.ui.internal.navigator;

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
}
