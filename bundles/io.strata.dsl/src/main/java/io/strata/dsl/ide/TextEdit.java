package io.strata.dsl.ide;

/** Replace {@code length} chars at {@code offset} with {@code text}. */
public record TextEdit(int offset, int length, String text) {
}
