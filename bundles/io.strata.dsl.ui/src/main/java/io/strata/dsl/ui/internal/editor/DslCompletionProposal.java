package io.strata.dsl.ui.internal.editor;

import java.util.Locale;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import io.strata.dsl.ide.Proposal;

/**
 * One proposal of the engine in the content assist pop-up. It stays in the list while the typed
 * prefix still matches (so typing on does not ask the engine again) and replaces the whole word.
 */
final class DslCompletionProposal implements ICompletionProposal, ICompletionProposalExtension2 {

    private final Proposal proposal;
    private int typed;

    DslCompletionProposal(Proposal proposal) {
        this.proposal = proposal;
    }

    Proposal proposal() {
        return proposal;
    }

    @Override
    public void apply(IDocument document) {
        replace(document, proposal.replaceOffset() + proposal.replaceLength() + typed);
    }

    @Override
    public void apply(ITextViewer viewer, char trigger, int stateMask, int offset) {
        replace(viewer.getDocument(), Math.max(offset, proposal.replaceOffset() + proposal.replaceLength()));
    }

    private void replace(IDocument document, int end) {
        try {
            document.replace(proposal.replaceOffset(), Math.max(0, end - proposal.replaceOffset()), proposal.replacement());
        } catch (BadLocationException e) {
            // the text changed under the pop-up: nothing to insert
        }
    }

    @Override
    public boolean validate(IDocument document, int offset, org.eclipse.jface.text.DocumentEvent event) {
        int start = proposal.replaceOffset();
        if (offset < start) {
            return false;
        }
        try {
            String prefix = document.get(start, offset - start).toLowerCase(Locale.ROOT);
            typed = Math.max(0, offset - start - proposal.replaceLength());
            return proposal.replacement().toLowerCase(Locale.ROOT).startsWith(prefix)
                    || proposal.label().toLowerCase(Locale.ROOT).startsWith(prefix);
        } catch (BadLocationException e) {
            return false;
        }
    }

    @Override
    public Point getSelection(IDocument document) {
        return new Point(proposal.replaceOffset() + proposal.replacement().length(), 0);
    }

    @Override
    public String getAdditionalProposalInfo() {
        return proposal.detail();
    }

    @Override
    public String getDisplayString() {
        return proposal.detail() == null || proposal.detail().isBlank() ? proposal.label()
                : proposal.label() + " - " + firstLine(proposal.detail());
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    @Override
    public Image getImage() {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        return switch (proposal.kind()) {
            case TABLE -> images.getImage(ISharedImages.IMG_OBJ_FOLDER);
            case COLUMN -> images.getImage(ISharedImages.IMG_OBJ_FILE);
            case CHANGE_TYPE, ELEMENT -> images.getImage(ISharedImages.IMG_OBJ_ELEMENT);
            default -> null;
        };
    }

    @Override
    public IContextInformation getContextInformation() {
        return null;
    }

    @Override
    public void selected(ITextViewer viewer, boolean smartToggle) {
        // nothing to show while selected
    }

    @Override
    public void unselected(ITextViewer viewer) {
        // nothing to hide
    }
}
