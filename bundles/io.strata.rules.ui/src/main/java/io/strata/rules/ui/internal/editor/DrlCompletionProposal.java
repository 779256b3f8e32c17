package io.strata.rules.ui.internal.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import io.strata.rules.ui.internal.drl.DrlProposal;

/** Applies a {@link DrlProposal}: the completion, and the import of a type that was not imported. */
final class DrlCompletionProposal implements ICompletionProposal {

    private final DrlProposal proposal;

    DrlCompletionProposal(DrlProposal proposal) {
        this.proposal = proposal;
    }

    DrlProposal proposal() {
        return proposal;
    }

    @Override
    public void apply(IDocument document) {
        try {
            document.replace(proposal.replaceOffset(), proposal.replaceLength(), proposal.replacement());
            if (proposal.importText() != null) {
                int at = proposal.importOffset() <= proposal.replaceOffset() ? proposal.importOffset()
                        : proposal.importOffset() + proposal.replacement().length() - proposal.replaceLength();
                document.replace(at, 0, proposal.importText());
            }
        } catch (BadLocationException e) {
            throw new IllegalStateException("The proposal " + proposal.replacement() + " no longer fits the text", e);
        }
    }

    @Override
    public Point getSelection(IDocument document) {
        return new Point(proposal.cursorAfter(), 0);
    }

    @Override
    public String getAdditionalProposalInfo() {
        return proposal.description();
    }

    @Override
    public String getDisplayString() {
        return proposal.display();
    }

    @Override
    public Image getImage() {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        return switch (proposal.kind()) {
            case TYPE -> images.getImage(ISharedImages.IMG_OBJ_ELEMENT);
            case PROPERTY -> images.getImage(ISharedImages.IMG_OBJ_FILE);
            case KEYWORD -> null;
        };
    }

    @Override
    public IContextInformation getContextInformation() {
        return null;
    }
}
