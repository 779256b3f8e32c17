package io.strata.rules.ui.internal.editor;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.swt.graphics.RGB;

import io.strata.rules.ui.RulesUi;

/** Defaults of the DRL editor's own preferences: bracket matching on. */
public final class DrlEditorPreferences extends AbstractPreferenceInitializer {

    static final String MATCHING_BRACKETS = "drlEditor.matchingBrackets";
    static final String MATCHING_BRACKETS_COLOR = "drlEditor.matchingBracketsColor";
    static final String HIGHLIGHT_BRACKET_AT_CARET = "drlEditor.highlightBracketAtCaret";
    static final String ENCLOSING_BRACKETS = "drlEditor.enclosingBrackets";

    @Override
    public void initializeDefaultPreferences() {
        IPreferenceStore store = RulesUi.getDefault().getPreferenceStore();
        store.setDefault(MATCHING_BRACKETS, true);
        store.setDefault(HIGHLIGHT_BRACKET_AT_CARET, false);
        store.setDefault(ENCLOSING_BRACKETS, false);
        PreferenceConverter.setDefault(store, MATCHING_BRACKETS_COLOR, new RGB(128, 128, 128));
    }
}
