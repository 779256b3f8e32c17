package io.strata.rules.ui.internal.editor;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

import io.strata.rules.ui.RulesUi;
import io.strata.ui.text.BlockIndentStrategy;
import io.strata.ui.text.SourceViewers;

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
        SourceViewers.colour(reconciler, new DrlCodeScanner(), IDocument.DEFAULT_CONTENT_TYPE);
        SourceViewers.colour(reconciler, SourceViewers.oneColour(new TextAttribute(DrlColors.COMMENT, null, SWT.ITALIC)), DrlPartitions.COMMENT);
        SourceViewers.colour(reconciler, SourceViewers.oneColour(new TextAttribute(DrlColors.STRING)), DrlPartitions.STRING);
        return reconciler;
    }

    /** Enter keeps the indentation (one level more after an opening brace), a closing brace lines up with its opening one. */
    @Override
    public IAutoEditStrategy[] getAutoEditStrategies(ISourceViewer sourceViewer, String contentType) {
        return new IAutoEditStrategy[] { new BlockIndentStrategy(DrlPartitions.PARTITIONING, "    ") };
    }

    @Override
    public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
        ContentAssistant assistant = SourceViewers.configure(new ContentAssistant(), DrlPartitions.PARTITIONING,
                getInformationControlCreator(sourceViewer));
        assistant.setContentAssistProcessor(new DrlContentAssistProcessor(() -> RulesUi.getDefault().factTypes()),
                IDocument.DEFAULT_CONTENT_TYPE);
        return assistant;
    }

    /** No spell checking of rule code. */
    @Override
    public IReconciler getReconciler(ISourceViewer sourceViewer) {
        return null;
    }
}
