package io.strata.changelog.ui.internal.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Color;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/**
 * The editor of change log XML files: XML colouring (tags, attribute values, comments), and the
 * change log check ({@link ChangeLogCheckJob}) when it opens and after each save, whose problems
 * show as markers here and in the Problems view.
 */
public final class ChangeLogEditor extends TextEditor {

    public static final String ID = "io.strata.changelog.ui.editor";

    @Override
    protected void initializeEditor() {
        super.initializeEditor();
        setSourceViewerConfiguration(new Configuration(this));
    }

    @Override
    public void createPartControl(Composite parent) {
        super.createPartControl(parent);
        check();
    }

    @Override
    protected void editorSaved() {
        super.editorSaved();
        check();
    }

    private void check() {
        IFile file = getEditorInput() == null ? null : getEditorInput().getAdapter(IFile.class);
        if (file != null) {
            ChangeLogCheckJob.schedule(file.getProject());
        }
    }

    /** The text being edited (for tests). */
    public IDocument document() {
        return getDocumentProvider() == null ? null : getDocumentProvider().getDocument(getEditorInput());
    }

    /** XML colouring and quick fixes; no spell checking of markup. */
    private static final class Configuration extends TextSourceViewerConfiguration {

        private final ChangeLogEditor editor;

        Configuration(ChangeLogEditor editor) {
            super(EditorsUI.getPreferenceStore());
            this.editor = editor;
        }

        /** Ctrl+1: the quick fixes of the markers on the caret's line. */
        @Override
        public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
            QuickAssistAssistant assistant = new QuickAssistAssistant();
            assistant.setQuickAssistProcessor(new MarkerQuickAssist(editor));
            assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
            return assistant;
        }

        @Override
        public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
            PresentationReconciler reconciler = new PresentationReconciler();
            DefaultDamagerRepairer repairer = new DefaultDamagerRepairer(new XmlScanner());
            reconciler.setDamager(repairer, IDocument.DEFAULT_CONTENT_TYPE);
            reconciler.setRepairer(repairer, IDocument.DEFAULT_CONTENT_TYPE);
            return reconciler;
        }

        @Override
        public IReconciler getReconciler(ISourceViewer sourceViewer) {
            return null;
        }
    }

    /** Comments, tag names and quoted attribute values, each in its colour. */
    static final class XmlScanner extends RuleBasedScanner {

        XmlScanner() {
            IToken comment = token(new RGB(63, 127, 95), SWT.ITALIC);
            IToken tag = token(new RGB(63, 63, 191), SWT.BOLD);
            IToken value = token(new RGB(42, 0, 255), SWT.NORMAL);
            IToken declaration = token(new RGB(128, 128, 128), SWT.NORMAL);
            setRules(new IRule[] {
                    new WhitespaceRule(Character::isWhitespace),
                    new MultiLineRule("<!--", "-->", comment),
                    new MultiLineRule("<?", "?>", declaration),
                    new MultiLineRule("<![CDATA[", "]]>", declaration),
                    new WordRule(new TagNames(), tag),
                    new SingleLineRule("\"", "\"", value),
                    new SingleLineRule("'", "'", value) });
        }

        private static IToken token(RGB rgb, int style) {
            Color color = JFaceResources.getResources().create(ColorDescriptor.createFrom(rgb));
            return new Token(new TextAttribute(color, null, style));
        }
    }

    /** {@code <createTable}, {@code </changeSet}, {@code <xsi:schema}. */
    private static final class TagNames implements IWordDetector {
        @Override
        public boolean isWordStart(char c) {
            return c == '<';
        }

        @Override
        public boolean isWordPart(char c) {
            return Character.isLetterOrDigit(c) || c == '/' || c == ':' || c == '_' || c == '-' || c == '.';
        }
    }
}
