package io.strata.changelog.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.MarkerAnnotation;

/**
 * Ctrl+1 in the change log editor: the quick fixes of the markers on the caret's line (change log
 * problems and forecast findings), as the Problems view offers them.
 */
final class MarkerQuickAssist implements IQuickAssistProcessor {

    private final ChangeLogEditor editor;

    MarkerQuickAssist(ChangeLogEditor editor) {
        this.editor = editor;
    }

    @Override
    public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
        IFile file = editor.getEditorInput() == null ? null : editor.getEditorInput().getAdapter(IFile.class);
        IDocument document = editor.document();
        if (file == null || document == null) {
            return new ICompletionProposal[0];
        }
        int line;
        try {
            line = document.getLineOfOffset(context.getOffset()) + 1;
        } catch (BadLocationException e) {
            return new ICompletionProposal[0];
        }
        List<ICompletionProposal> proposals = new ArrayList<>();
        for (String type : List.of(ChangeLogMarkers.MARKER, ChangeLogMarkers.FINDING_MARKER)) {
            IMarker[] markers;
            try {
                markers = file.findMarkers(type, true, IResource.DEPTH_ZERO);
            } catch (CoreException e) {
                continue;
            }
            for (IMarker marker : markers) {
                if (marker.getAttribute(IMarker.LINE_NUMBER, 0) == line) {
                    for (IMarkerResolution resolution : IDE.getMarkerHelpRegistry().getResolutions(marker)) {
                        proposals.add(new Proposal(marker, resolution));
                    }
                }
            }
        }
        return proposals.toArray(ICompletionProposal[]::new);
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public boolean canFix(Annotation annotation) {
        return annotation instanceof MarkerAnnotation marker && !marker.isMarkedDeleted()
                && IDE.getMarkerHelpRegistry().hasResolutions(marker.getMarker());
    }

    @Override
    public boolean canAssist(IQuickAssistInvocationContext invocationContext) {
        return false;
    }

    /** A marker resolution as a proposal of the quick assist pop-up. */
    private record Proposal(IMarker marker, IMarkerResolution resolution) implements ICompletionProposal {
        @Override
        public void apply(IDocument document) {
            resolution.run(marker);
        }

        @Override
        public Point getSelection(IDocument document) {
            return null;
        }

        @Override
        public String getAdditionalProposalInfo() {
            return resolution instanceof IMarkerResolution2 described ? described.getDescription() : null;
        }

        @Override
        public String getDisplayString() {
            return resolution.getLabel();
        }

        @Override
        public Image getImage() {
            return resolution instanceof IMarkerResolution2 described ? described.getImage() : null;
        }

        @Override
        public IContextInformation getContextInformation() {
            return null;
        }
    }
}
