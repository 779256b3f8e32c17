package io.strata.rules.ui.internal.editor;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;

import io.strata.rules.ui.internal.drl.DrlAssist;
import io.strata.rules.ui.internal.drl.DrlProposal;
import io.strata.rules.ui.internal.drl.FactTypes;

/** Ctrl+Space in a DRL file: what {@link DrlAssist} offers at the cursor. */
final class DrlContentAssistProcessor implements IContentAssistProcessor {

    private final Supplier<FactTypes> types;

    DrlContentAssistProcessor(Supplier<FactTypes> types) {
        this.types = types;
    }

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        List<DrlProposal> proposals = new DrlAssist(types.get()).proposals(viewer.getDocument().get(), offset);
        return proposals.stream().map(DrlCompletionProposal::new).toArray(ICompletionProposal[]::new);
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return null;
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return new char[] { '(', ',' };
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return null;
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
