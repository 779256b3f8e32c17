package io.strata.dsl.ide;

import java.util.Comparator;
import java.util.List;

/** Replace {@code length} chars at {@code offset} with {@code text}. */
public record TextEdit(int offset, int length, String text) {

    /** The text with the edits applied; the edits must not overlap (as {@link DslDocument#format()} and fixes give them), in any order. */
    public static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> sorted = edits.stream().sorted(Comparator.comparingInt(TextEdit::offset)).toList();
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (TextEdit edit : sorted) {
            if (edit.offset() < at) {
                throw new IllegalArgumentException("edits overlap at offset " + edit.offset());
            }
            out.append(text, at, edit.offset()).append(edit.text());
            at = edit.offset() + edit.length();
        }
        return out.append(text, at, text.length()).toString();
    }
}
