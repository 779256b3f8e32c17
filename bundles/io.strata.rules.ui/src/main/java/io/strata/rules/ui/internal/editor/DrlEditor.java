package io.strata.rules.ui.internal.editor;

import java.util.ResourceBundle;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;
import org.eclipse.jface.text.source.ICharacterPairMatcher;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;
import org.eclipse.ui.texteditor.ContentAssistAction;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import io.strata.rules.ui.RulesUi;
import io.strata.rules.ui.internal.check.CheckRulesJob;
import io.strata.rules.ui.internal.drl.Messages;

/**
 * The editor of {@code .drl} rule files: DRL colouring, bracket matching, content assist for
 * keywords, fact types and their properties, an Outline, and Check Rules after each save (its
 * problems become markers on the rule files).
 */
public final class DrlEditor extends TextEditor {

    public static final String CONTENT_ASSIST_ACTION = "ContentAssistProposal";

    private final ICharacterPairMatcher brackets = new DefaultCharacterPairMatcher(
            new char[] { '(', ')', '{', '}', '[', ']' }, DrlPartitions.PARTITIONING);
    private DrlOutlinePage outline;

    @Override
    protected void initializeEditor() {
        super.initializeEditor();
        IPreferenceStore store = new ChainedPreferenceStore(
                new IPreferenceStore[] { RulesUi.getDefault().getPreferenceStore(), EditorsUI.getPreferenceStore() });
        setPreferenceStore(store);
        setSourceViewerConfiguration(new DrlSourceViewerConfiguration(store));
    }

    @Override
    protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
        support.setCharacterPairMatcher(brackets);
        support.setMatchingCharacterPainterPreferenceKeys(DrlEditorPreferences.MATCHING_BRACKETS,
                DrlEditorPreferences.MATCHING_BRACKETS_COLOR, DrlEditorPreferences.HIGHLIGHT_BRACKET_AT_CARET,
                DrlEditorPreferences.ENCLOSING_BRACKETS);
        super.configureSourceViewerDecorationSupport(support);
    }

    @Override
    protected void createActions() {
        super.createActions();
        ResourceBundle bundle = Messages.bundle();
        IAction assist = new ContentAssistAction(bundle, CONTENT_ASSIST_ACTION + ".", this);
        assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
        setAction(CONTENT_ASSIST_ACTION, assist);
        markAsStateDependentAction(CONTENT_ASSIST_ACTION, true);
    }

    @Override
    public void createPartControl(Composite parent) {
        super.createPartControl(parent);
        checkRules();
        // Content assist reads Liquibase's change classes once; do it now, not on the first Ctrl+Space.
        Job warmUp = Job.create(Messages.get("assist.job"), monitor -> {
            RulesUi.getDefault().factTypes();
        });
        warmUp.setSystem(true);
        warmUp.schedule();
    }

    @Override
    protected void editorSaved() {
        super.editorSaved();
        checkRules();
    }

    /** Check Rules on the project of the file, in a Job; its problems become markers. */
    private void checkRules() {
        IFile file = getEditorInput() == null ? null : getEditorInput().getAdapter(IFile.class);
        if (file != null) {
            CheckRulesJob.schedule(file.getProject());
        }
    }

    @Override
    protected void doSetInput(IEditorInput input) throws org.eclipse.core.runtime.CoreException {
        super.doSetInput(input);
        if (outline != null) {
            outline.setDocument(document());
        }
    }

    /** The text being edited. */
    public IDocument document() {
        return getDocumentProvider() == null ? null : getDocumentProvider().getDocument(getEditorInput());
    }

    /** The viewer (for tests and the outline). */
    public ISourceViewer viewer() {
        return getSourceViewer();
    }

    /** The bracket matcher of this editor (for tests). */
    public ICharacterPairMatcher bracketMatcher() {
        return brackets;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (IContentOutlinePage.class.equals(adapter)) {
            if (outline == null || outline.getControl() == null || outline.getControl().isDisposed()) {
                outline = new DrlOutlinePage(this);
            }
            return adapter.cast(outline);
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void dispose() {
        if (outline != null) {
            outline.setDocument(null);
            outline = null;
        }
        brackets.dispose();
        super.dispose();
    }
}
