package io.strata.rules.ui.internal.drl;

/**
 * A completion: replace {@code replaceLength} characters at {@code replaceOffset} with
 * {@code replacement}, and, for a fact type that is not imported yet, insert {@code importText}
 * at {@code importOffset} too.
 *
 * @param kind what is offered
 * @param replacement the text that goes in
 * @param display what the list shows
 * @param description the detail: a property's type, a type's package
 * @param replaceOffset start of the prefix the user typed
 * @param replaceLength length of that prefix
 * @param importText an import line to add, or {@code null}
 * @param importOffset where the import line goes, or -1
 */
public record DrlProposal(Kind kind, String replacement, String display, String description, int replaceOffset,
        int replaceLength, String importText, int importOffset) {

    public enum Kind {
        /** A property of the fact type of the pattern the cursor is in. */
        PROPERTY,
        /** A fact type's simple name. */
        TYPE,
        /** A DRL keyword. */
        KEYWORD
    }

    /** Where the cursor goes after the proposal is applied, in the document as it is then. */
    public int cursorAfter() {
        int shift = importText != null && importOffset <= replaceOffset ? importText.length() : 0;
        return replaceOffset + shift + replacement.length();
    }
}
