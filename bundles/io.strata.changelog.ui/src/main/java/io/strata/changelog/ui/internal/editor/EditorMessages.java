package io.strata.changelog.ui.internal.editor;

/** The words of the change log editor, its markers and quick fixes, in one place. */
final class EditorMessages {

    static final String CHECK_JOB = "Checking the change log of {0}";
    static final String CHECK_FAILED = "Strata could not check the change log of {0}: {1}";
    static final String LINE = "line {0}";
    static final String NO_FILE = "{0} (in {1})";

    static final String RENAME_ELEMENT = "Change <{0}> to <{1}>";
    static final String RENAME_ELEMENT_DESCRIPTION = "Renames the element <{0}> (and its end tag) to <{1}>, as the change log schema suggests.";
    static final String REPLACE_NAME = "Change {0} to {1}";
    static final String REPLACE_NAME_DESCRIPTION = "In change set {2}, writes {1} instead of {0}, as the finding suggests. Ctrl+Z in the editor undoes it.";
    static final String OPEN_CHANGE_SET = "Open change set {0}";
    static final String OPEN_CHANGE_SET_DESCRIPTION = "Opens {1} at line {2}, where change set {0} starts.";
    static final String FIX_TITLE = "Quick Fix";
    static final String NOT_FOUND = "{0} is not where the marker at line {1} of {2} points (its element, or its change set up to the next one), so nothing was changed. If the file changed since the check, save it or run Forecast again for fresh markers.";
    static final String FIX_FAILED = "The quick fix could not change {0}: {1}";

    private EditorMessages() {
    }
}
