package io.strata.ui.text;

import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;

/** What Strata's source editors (the DSL's, the DRL's) set up alike on their viewers. */
public final class SourceViewers {

    /** Milliseconds after a typed activation character before content assist opens by itself. */
    public static final int AUTO_ACTIVATION_DELAY_MS = 300;

    private SourceViewers() {
    }

    /** Colours the partitions of {@code contentType} with {@code scanner}, repairing only what changed. */
    public static void colour(PresentationReconciler reconciler, ITokenScanner scanner, String contentType) {
        DefaultDamagerRepairer repairer = new DefaultDamagerRepairer(scanner);
        reconciler.setDamager(repairer, contentType);
        reconciler.setRepairer(repairer, contentType);
    }

    /** A scanner that gives a whole partition (a comment, a string) one colour. */
    public static RuleBasedScanner oneColour(TextAttribute attribute) {
        RuleBasedScanner scanner = new RuleBasedScanner();
        scanner.setDefaultReturnToken(new Token(attribute));
        return scanner;
    }

    /**
     * The content assistant's behaviour both editors share: it opens by itself after an activation
     * character, proposals cover the text below the caret, and details show in the editor's information
     * control. The processors are the caller's.
     */
    public static ContentAssistant configure(ContentAssistant assistant, String partitioning, IInformationControlCreator details) {
        assistant.setDocumentPartitioning(partitioning);
        assistant.enableAutoActivation(true);
        assistant.setAutoActivationDelay(AUTO_ACTIVATION_DELAY_MS);
        assistant.setProposalPopupOrientation(IContentAssistant.PROPOSAL_OVERLAY);
        assistant.setContextInformationPopupOrientation(IContentAssistant.CONTEXT_INFO_ABOVE);
        assistant.setInformationControlCreator(details);
        return assistant;
    }
}
