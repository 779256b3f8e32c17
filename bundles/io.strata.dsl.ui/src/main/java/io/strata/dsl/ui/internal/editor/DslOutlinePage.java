package io.strata.dsl.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
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
 * when the Outline is refreshed after typing.
 */
public final class DslOutlinePage extends ContentOutlinePage {

    private final DslEditor editor;
    private List<Node> roots = List.of();
    private boolean revealing;

    DslOutlinePage(DslEditor editor) {
        this.editor = editor;
    }

    /** An outline item with its place in the tree, equal across refreshes when its path of labels is. */
    public static final class Node {
        private final OutlineItem item;
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
        viewer.setContentProvider(new Content());
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

    /** Shows the items of a parse (UI thread), keeping what was expanded. */
    void show(List<OutlineItem> items) {
        roots = nodes(items, null);
        TreeViewer viewer = getTreeViewer();
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        Object[] expanded = viewer.getExpandedElements();
        viewer.getControl().setRedraw(false);
        try {
            viewer.setInput(roots);
            viewer.setExpandedElements(expanded);
        } finally {
            viewer.getControl().setRedraw(true);
        }
    }

    /** The items shown (for tests). */
    public List<Node> roots() {
        return roots;
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
            viewer.setSelection(found == null ? StructuredSelection.EMPTY : new StructuredSelection(found), true);
        } finally {
            revealing = false;
        }
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

    private static final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return ((Node) parent).children.toArray();
        }

        @Override
        public Object getParent(Object element) {
            return ((Node) element).parent;
        }

        @Override
        public boolean hasChildren(Object element) {
            return !((Node) element).children.isEmpty();
        }
    }
}
