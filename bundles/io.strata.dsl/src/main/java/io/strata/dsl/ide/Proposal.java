package io.strata.dsl.ide;

/**
 * A completion proposal: {@code replacement} replaces {@code replaceLength} chars at
 * {@code replaceOffset} (the prefix typed so far).
 */
public record Proposal(String label, String replacement, int replaceOffset, int replaceLength, Kind kind, String detail) {

    /** What is proposed. */
    public enum Kind { KEYWORD, CHANGE_TYPE, ELEMENT, ATTRIBUTE, TABLE, COLUMN, DATA_TYPE, VALUE }
}
