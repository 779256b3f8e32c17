package io.strata.dsl.ide;

/** A range of a document's text: offset and length in chars. */
public record Region(int offset, int length) {

    /** The offset just after the region. */
    public int end() {
        return offset + length;
    }

    /** Whether {@code at} is inside the region or at its end (where a caret after the last char stands). */
    public boolean touches(int at) {
        return at >= offset && at <= offset + length;
    }
}
