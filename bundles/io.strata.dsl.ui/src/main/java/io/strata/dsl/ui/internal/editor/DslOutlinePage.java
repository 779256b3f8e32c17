package io.strata.dsl.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import io.strata.dsl.ide.OutlineItem;

/**
 * The Outline of a DSL file: change sets with their changes and columns, includes, properties, as
 * the engine's latest parse gives them (the page never parses). Selecting an item reveals it in
 * the editor; moving the caret selects the innermost item around it. Expanded items stay expanded
 * when the Outline is refreshed after typing. The tree is virtual: only items on screen are made.
 */
public final class DslOutlinePage extends ContentOutlinePage {

    private final DslEditor editor;
    /** The viewer's input: one list object, refilled, so that a refresh reuses the tree's items. */
    private final List<Node> roots = new ArrayList<>();
    private boolean revealing;

    DslOutlinePage(DslEditor editor) {
        this.editor = editor;
    }

    /** An outline item with its place in the tree, equal across refreshes when its path of labels is. */
    public static final class Node {
        private OutlineItem item;
        private final Node parent;
        private final String key;
        private final List<Node> children = new ArrayList<>();

        Node(OutlineItem item, Node parent, int sameLabelIndex) {
            this.item = item;
            this.parent = parent;
            this.key = (parent == null ? "" : parent.key + "/") + item.kind() + ":" + item.label() + "#" + sameLabelIndex;
        }

        public OutlineItem item() {
            return item;
        }

        public List<Node> children() {
            return children;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Node node && node.key.equals(key);
        }

        @Override
        public int hashCode() {
            return key.hashCode();
        }

        @Override
        public String toString() {
            return item.label();
        }
    }

    static List<Node> nodes(List<OutlineItem> items, Node parent) {
        List<Node> nodes = new ArrayList<>();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (OutlineItem item : items) {
            int index = seen.merge(item.kind() + ":" + item.label(), 1, Integer::sum) - 1;
            Node node = new Node(item, parent, index);
            node.children.addAll(nodes(item.children(), node));
            nodes.add(node);
        }
        return nodes;
    }

    /** A virtual tree: only the items on screen are made (a large change log has thousands of change sets). */
    @Override
    protected int getTreeStyle() {
        return super.getTreeStyle() | SWT.VIRTUAL;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setUseHashlookup(true);
        viewer.setComparer(new IElementComparer() {
            @Override
            public boolean equals(Object a, Object b) {
                return Objects.equals(a, b);
            }

            @Override
            public int hashCode(Object element) {
                return element.hashCode();
            }
        });
        viewer.setContentProvider(new Content(viewer));
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Node) element).item.label();
            }

            @Override
            public Image getImage(Object element) {
                ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
                return switch (((Node) element).item.kind()) {
                    case CHANGE_LOG, CHANGE_SET, PRECONDITIONS, ROLLBACK -> images.getImage(ISharedImages.IMG_OBJ_FOLDER);
                    case INCLUDE -> images.getImage(ISharedImages.IMG_OBJ_FILE);
                    default -> images.getImage(ISharedImages.IMG_OBJ_ELEMENT);
                };
            }
        });
        viewer.setInput(roots);
    }

    /**
     * Shows the items of a parse (UI thread). When only places changed (the usual case while typing
     * inside a change set), the nodes take the new items and the tree is not touched at all; when
     * the top-level items are as many as before, only those that changed are replaced; otherwise
     * the tree is refreshed in place, keeping what was expanded.
     */
    void show(List<OutlineItem> items) {
        showNodes(nodes(items, null));
    }

    /** {@link #show} of the {@link #nodes} of a parse's items, made off the UI thread. */
    void showNodes(List<Node> fresh) {
        if (sameShape(roots, fresh)) {
            adopt(roots, fresh);
            return;
        }
        TreeViewer viewer = getTreeViewer();
        if (viewer == null || viewer.getControl().isDisposed()) {
            roots.clear();
            roots.addAll(fresh);
            return;
        }
        if (roots.size() == fresh.size()) {
            // The same number of top-level items (typing inside a change set): only those that changed are replaced.
            for (int i = 0; i < fresh.size(); i++) {
                Node old = roots.get(i);
                Node now = fresh.get(i);
                if (old.equals(now) && sameShape(old.children, now.children)) {
                    adopt(List.of(old), List.of(now));
                    continue;
                }
                roots.set(i, now);
                viewer.replace(roots, i, now);
                viewer.setChildCount(now, now.children.size());
                viewer.refresh(now);
            }
            return;
        }
        roots.clear();
        roots.addAll(fresh);
        viewer.getControl().setRedraw(false);
        try {
            viewer.refresh();
        } finally {
            viewer.getControl().setRedraw(true);
        }
    }

    private static boolean sameShape(List<Node> a, List<Node> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i)) || !sameShape(a.get(i).children, b.get(i).children)) {
                return false;
            }
        }
        return true;
    }

    private static void adopt(List<Node> shown, List<Node> fresh) {
        for (int i = 0; i < shown.size(); i++) {
            shown.get(i).item = fresh.get(i).item;
            adopt(shown.get(i).children, fresh.get(i).children);
        }
    }

    /** The items shown (for tests). */
    public List<Node> roots() {
        return List.copyOf(roots);
    }

    /** Selects the innermost item around the offset, without moving the editor's caret. */
    void reveal(int offset) {
        TreeViewer viewer = getTreeViewer();
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        Node found = innermost(roots, offset);
        revealing = true;
        try {
            viewer.setSelection(found == null ? StructuredSelection.EMPTY : new TreeSelection(path(found)), true);
        } finally {
            revealing = false;
        }
    }

    /** The node's path from the top of the tree. */
    static TreePath path(Node node) {
        java.util.Deque<Object> segments = new java.util.ArrayDeque<>();
        for (Node n = node; n != null; n = n.parent) {
            segments.addFirst(n);
        }
        return new TreePath(segments.toArray());
    }

    static Node innermost(List<Node> nodes, int offset) {
        for (Node node : nodes) {
            int start = node.item.range().offset();
            if (start <= offset && offset <= start + node.item.range().length()) {
                Node inner = innermost(node.children, offset);
                return inner != null ? inner : node;
            }
            if (start > offset) {
                break;
            }
        }
        return null;
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        super.selectionChanged(event);
        if (!revealing && event.getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() instanceof Node node) {
            var name = node.item.nameRange() != null ? node.item.nameRange() : node.item.range();
            editor.selectAndReveal(name.offset(), name.length());
        }
    }

    /** The nodes, handed to the virtual tree as it shows them. */
    private static final class Content implements ILazyTreeContentProvider {
        private final TreeViewer viewer;

        Content(TreeViewer viewer) {
            this.viewer = viewer;
        }

        @Override
        public void updateElement(Object parent, int index) {
            List<?> children = parent instanceof Node node ? node.children : (List<?>) parent;
            if (index < children.size()) {
                Node child = (Node) children.get(index);
                viewer.replace(parent, index, child);
                viewer.setChildCount(child, child.children.size());
            }
        }

        @Override
        public void updateChildCount(Object element, int currentChildCount) {
            int count = element instanceof Node node ? node.children.size() : ((List<?>) element).size();
            if (count != currentChildCount) {
                viewer.setChildCount(element, count);
            }
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof Node node ? node.parent : null;
        }
    }
}
