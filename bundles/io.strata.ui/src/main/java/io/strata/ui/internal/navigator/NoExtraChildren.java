package io.strata.ui.internal.navigator;

import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * The folders of a Strata project are plain resources shown by the platform's resource content;
 * this extension only decorates and orders them, so it adds no children of its own.
 */
public final class NoExtraChildren implements ITreeContentProvider {

    private static final Object[] NONE = new Object[0];

    @Override
    public Object[] getElements(Object input) {
        return NONE;
    }

    @Override
    public Object[] getChildren(Object parent) {
        return NONE;
    }

    @Override
    public Object getParent(Object element) {
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return false;
    }
}
