package io.strata.dsl.ui.internal.editor;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;

import io.strata.dsl.ide.DslDocument;

/**
 * Ctrl+Space: what the engine proposes at the caret (keywords, change types, attribute names,
 * tables and columns known at that point, data types). Runs on the content assistant's worker
 * thread: it may parse the text when the latest parse is not of the text shown.
 */
final class DslCompletionProcessor implements IContentAssistProcessor {

    private final DslEditor editor;

    DslCompletionProcessor(DslEditor editor) {
        this.editor = editor;
    }

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        DslDocument document = editor.currentOrParse();
        if (document == null) {
            return new ICompletionProposal[0];
        }
        return document.complete(offset).stream().map(DslCompletionProposal::new).toArray(ICompletionProposal[]::new);
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return null;
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return new char[] { '=' };
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
