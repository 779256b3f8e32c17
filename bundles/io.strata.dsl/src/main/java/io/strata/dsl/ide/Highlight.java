package io.strata.dsl.ide;

/** A styled range of the text. */
public record Highlight(int offset, int length, Style style) {

    /** What the range is. */
    public enum Style { ELEMENT, CHANGE_TYPE, ATTRIBUTE_NAME, STRING, NUMBER, COMMENT, CHANGE_SET_ID, TABLE, COLUMN, DATA_TYPE, PUNCTUATION }
}
