package io.strata.rules.ui.internal.editor;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

import io.strata.rules.ui.RulesUi;

/** Colouring by partition, and content assist, for the DRL editor. */
public final class DrlSourceViewerConfiguration extends TextSourceViewerConfiguration {

    public DrlSourceViewerConfiguration(IPreferenceStore preferenceStore) {
        super(preferenceStore);
    }

    @Override
    public String getConfiguredDocumentPartitioning(ISourceViewer sourceViewer) {
        return DrlPartitions.PARTITIONING;
    }

    @Override
    public String[] getConfiguredContentTypes(ISourceViewer sourceViewer) {
        return new String[] { IDocument.DEFAULT_CONTENT_TYPE, DrlPartitions.COMMENT, DrlPartitions.STRING };
    }

    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
        PresentationReconciler reconciler = new PresentationReconciler();
        reconciler.setDocumentPartitioning(DrlPartitions.PARTITIONING);
        add(reconciler, new DrlCodeScanner(), IDocument.DEFAULT_CONTENT_TYPE);
        add(reconciler, whole(new TextAttribute(DrlColors.COMMENT, null, SWT.ITALIC)), DrlPartitions.COMMENT);
        add(reconciler, whole(new TextAttribute(DrlColors.STRING)), DrlPartitions.STRING);
        return reconciler;
    }

    private static void add(PresentationReconciler reconciler, RuleBasedScanner scanner, String contentType) {
        DefaultDamagerRepairer repairer = new DefaultDamagerRepairer(scanner);
        reconciler.setDamager(repairer, contentType);
        reconciler.setRepairer(repairer, contentType);
    }

    /** A scanner that gives the whole partition one colour. */
    private static RuleBasedScanner whole(TextAttribute attribute) {
        RuleBasedScanner scanner = new RuleBasedScanner();
        scanner.setDefaultReturnToken(new Token(attribute));
        return scanner;
    }

    @Override
    public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
        ContentAssistant assistant = new ContentAssistant();
        assistant.setDocumentPartitioning(DrlPartitions.PARTITIONING);
        assistant.setContentAssistProcessor(new DrlContentAssistProcessor(() -> RulesUi.getDefault().factTypes()),
                IDocument.DEFAULT_CONTENT_TYPE);
        assistant.enableAutoActivation(true);
        assistant.setAutoActivationDelay(300);
        assistant.setProposalPopupOrientation(IContentAssistant.PROPOSAL_OVERLAY);
        assistant.setContextInformationPopupOrientation(IContentAssistant.CONTEXT_INFO_ABOVE);
        assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
        return assistant;
    }

    /** No spell checking of rule code. */
    @Override
    public IReconciler getReconciler(ISourceViewer sourceViewer) {
        return null;
    }
}
