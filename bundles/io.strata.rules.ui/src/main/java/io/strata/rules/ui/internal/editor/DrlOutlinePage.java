package io.strata.rules.ui.internal.editor;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import io.strata.rules.ui.internal.drl.DrlElement;
import io.strata.rules.ui.internal.drl.DrlOutlineParser;
import io.strata.rules.ui.internal.drl.Messages;

/**
 * The Outline of a DRL file: package, imports, globals, functions, rules, queries and declared
 * types with their lines. The text is parsed in a Job after each pause in typing; the tree only
 * shows the result. Selecting an element selects its name in the editor.
 */
public final class DrlOutlinePage extends ContentOutlinePage {

    /** The family of the outline's parse jobs (tests wait for it). */
    public static final Object FAMILY = DrlOutlinePage.class;
    private static final int DELAY_MS = 300;

    private final DrlEditor editor;
    private final IDocumentListener listener = new IDocumentListener() {
        @Override
        public void documentAboutToBeChanged(DocumentEvent event) {
            // nothing before the change
        }

        @Override
        public void documentChanged(DocumentEvent event) {
            parse.schedule(DELAY_MS);
        }
    };
    private final Job parse;
    private IDocument document;
    private volatile List<DrlElement> elements = List.of();

    DrlOutlinePage(DrlEditor editor) {
        this.editor = editor;
        this.parse = new Job(Messages.get("outline.job")) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                IDocument current = document;
                if (current == null) {
                    return Status.OK_STATUS;
                }
                List<DrlElement> parsed = DrlOutlineParser.parse(current.get());
                Control control = getControl();
                if (control != null && !control.isDisposed()) {
                    control.getDisplay().asyncExec(() -> show(parsed));
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        parse.setSystem(true);
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new Elements());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((DrlElement) element).label();
            }

            @Override
            public Image getImage(Object element) {
                ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
                return switch (((DrlElement) element).kind()) {
                    case RULE, QUERY -> images.getImage(ISharedImages.IMG_OBJ_ELEMENT);
                    case FUNCTION, GLOBAL, DECLARE -> images.getImage(ISharedImages.IMG_OBJ_FILE);
                    case PACKAGE, IMPORT -> images.getImage(ISharedImages.IMG_OBJ_FOLDER);
                };
            }
        });
        viewer.setInput(elements);
        setDocument(editor.document());
    }

    /** Follows this document (null: none); parses it at once. */
    void setDocument(IDocument newDocument) {
        if (document != null) {
            document.removeDocumentListener(listener);
        }
        document = newDocument;
        if (document != null) {
            document.addDocumentListener(listener);
            parse.schedule();
        }
    }

    private void show(List<DrlElement> parsed) {
        elements = parsed;
        TreeViewer viewer = getTreeViewer();
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.setInput(parsed);
        }
    }

    /** What the Outline shows now. */
    public List<DrlElement> elements() {
        return elements;
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        super.selectionChanged(event);
        if (event.getSelection() instanceof IStructuredSelection selection
                && selection.getFirstElement() instanceof DrlElement element) {
            editor.selectAndReveal(element.nameOffset(), element.nameLength());
        }
    }

    /** The elements of the file, at one level. */
    private static final class Elements implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return new Object[0];
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

    @Override
    public void dispose() {
        setDocument(null);
        parse.cancel();
        super.dispose();
    }
}
