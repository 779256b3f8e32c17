package io.strata.dsl.ui.internal.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

import io.strata.dsl.ide.Highlight;
import io.strata.ui.text.BlockIndentStrategy;
import io.strata.ui.text.SourceViewers;

/**
 * How the DSL editor's viewer works: partitions and lexical colours, the background reconciler
 * (parse and validate after each pause in typing), content assist, hovers, hyperlinks (Ctrl+click
 * to a definition) and Ctrl+1 quick fixes.
 */
final class DslSourceViewerConfiguration extends TextSourceViewerConfiguration {

    /** Pause in typing before the text is parsed again. */
    static final int RECONCILE_DELAY_MS = 300;

    /** One level of indentation, as the formatter writes it. */
    static final String INDENT = "    ";

    private final DslEditor editor;

    DslSourceViewerConfiguration(DslEditor editor, IPreferenceStore store) {
        super(store);
        this.editor = editor;
    }

    @Override
    public String getConfiguredDocumentPartitioning(ISourceViewer sourceViewer) {
        return DslPartitions.PARTITIONING;
    }

    @Override
    public String[] getConfiguredContentTypes(ISourceViewer sourceViewer) {
        return new String[] { IDocument.DEFAULT_CONTENT_TYPE, DslPartitions.COMMENT, DslPartitions.STRING };
    }

    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
        PresentationReconciler reconciler = new DslPresentationReconciler();
        reconciler.setDocumentPartitioning(DslPartitions.PARTITIONING);
        SourceViewers.colour(reconciler, new DslCodeScanner(), IDocument.DEFAULT_CONTENT_TYPE);
        SourceViewers.colour(reconciler, SourceViewers.oneColour(DslColors.attribute(Highlight.Style.COMMENT)), DslPartitions.COMMENT);
        SourceViewers.colour(reconciler, SourceViewers.oneColour(DslColors.attribute(Highlight.Style.STRING)), DslPartitions.STRING);
        return reconciler;
    }

    /** Enter indents (one level more after an opening brace), a closing brace lines up with its opening one. */
    @Override
    public IAutoEditStrategy[] getAutoEditStrategies(ISourceViewer sourceViewer, String contentType) {
        return new IAutoEditStrategy[] { new BlockIndentStrategy(DslPartitions.PARTITIONING, INDENT) };
    }

    /** One parse of the whole text per pause in typing, on the reconciler's own thread. */
    @Override
    public IReconciler getReconciler(ISourceViewer sourceViewer) {
        MonoReconciler reconciler = new MonoReconciler(new DslReconcilingStrategy(editor), false);
        reconciler.setDelay(RECONCILE_DELAY_MS);
        return reconciler;
    }

    /** Ctrl+Space, computed off the UI thread (asynchronous content assistant). */
    @Override
    public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
        ContentAssistant assistant = SourceViewers.configure(new ContentAssistant(true), DslPartitions.PARTITIONING,
                getInformationControlCreator(sourceViewer));
        DslCompletionProcessor processor = new DslCompletionProcessor(editor);
        assistant.setContentAssistProcessor(processor, IDocument.DEFAULT_CONTENT_TYPE);
        assistant.setContentAssistProcessor(processor, DslPartitions.STRING);
        return assistant;
    }

    /** Ctrl+1: the quick fixes of the problems on the caret's line. */
    @Override
    public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
        QuickAssistAssistant assistant = new QuickAssistAssistant();
        assistant.setQuickAssistProcessor(new DslQuickAssist(editor));
        assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
        return assistant;
    }

    /** A table's or column's definition; elsewhere the problems under the mouse. */
    @Override
    public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
        return new DslTextHover(editor, super.getTextHover(sourceViewer, contentType));
    }

    /** Ctrl+click on a table or column: its definition; plus the platform's (URLs). */
    @Override
    public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer sourceViewer) {
        List<IHyperlinkDetector> detectors = new ArrayList<>();
        detectors.add(new DslHyperlinkDetector(editor));
        IHyperlinkDetector[] inherited = super.getHyperlinkDetectors(sourceViewer);
        if (inherited != null) {
            detectors.addAll(Arrays.asList(inherited));
        }
        return detectors.toArray(IHyperlinkDetector[]::new);
    }
}
