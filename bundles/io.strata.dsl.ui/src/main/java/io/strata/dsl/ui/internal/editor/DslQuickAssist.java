package io.strata.dsl.ui.internal.editor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.texteditor.MarkerAnnotation;

/**
 * Ctrl+1 in the DSL editor: the quick fixes of the problems on the caret's line, the same ones the
 * Problems view offers ({@link DslQuickFixes}), found through the editor's marker annotations.
 */
final class DslQuickAssist implements IQuickAssistProcessor {

    private final DslEditor editor;

    DslQuickAssist(DslEditor editor) {
        this.editor = editor;
    }

    @Override
    public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
        IDocument document = editor.document();
        IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        if (document == null || model == null) {
            return new ICompletionProposal[0];
        }
        int line;
        try {
            line = document.getLineOfOffset(context.getOffset());
        } catch (BadLocationException e) {
            return new ICompletionProposal[0];
        }
        List<ICompletionProposal> proposals = new ArrayList<>();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            if (it.next() instanceof MarkerAnnotation annotation && !annotation.isMarkedDeleted() && ours(annotation.getMarker())) {
                Position position = model.getPosition(annotation);
                if (position != null && onLine(document, position, line)) {
                    for (FixCodec.StoredFix fix : FixCodec.decode(annotation.getMarker().getAttribute(DslMarkers.ATTR_FIXES, ""))) {
                        proposals.add(new Proposal(annotation.getMarker(), fix));
                    }
                }
            }
        }
        return proposals.toArray(ICompletionProposal[]::new);
    }

    private static boolean ours(IMarker marker) {
        try {
            return marker.exists() && DslMarkers.MARKER.equals(marker.getType());
        } catch (org.eclipse.core.runtime.CoreException e) {
            return false;
        }
    }

    private static boolean onLine(IDocument document, Position position, int line) {
        try {
            return document.getLineOfOffset(position.getOffset()) <= line
                    && line <= document.getLineOfOffset(position.getOffset() + Math.max(0, position.getLength() - 1));
        } catch (BadLocationException e) {
            return false;
        }
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public boolean canFix(Annotation annotation) {
        return annotation instanceof MarkerAnnotation marker && !marker.isMarkedDeleted() && ours(marker.getMarker())
                && DslMarkers.hasFixes(marker.getMarker());
    }

    @Override
    public boolean canAssist(IQuickAssistInvocationContext invocationContext) {
        return false;
    }

    /** A stored fix of a marker on the caret's line, as a proposal of the Ctrl+1 pop-up. */
    private record Proposal(IMarker marker, FixCodec.StoredFix fix) implements ICompletionProposal {
        @Override
        public void apply(IDocument document) {
            DslQuickFixes.run(marker, fix);
        }

        @Override
        public String getDisplayString() {
            return fix.label();
        }

        @Override
        public String getAdditionalProposalInfo() {
            return DslQuickFixes.describe(fix);
        }

        @Override
        public Point getSelection(IDocument document) {
            return null; // the editor's caret stays where the edits leave it
        }

        @Override
        public Image getImage() {
            return null;
        }

        @Override
        public IContextInformation getContextInformation() {
            return null;
        }
    }
}
