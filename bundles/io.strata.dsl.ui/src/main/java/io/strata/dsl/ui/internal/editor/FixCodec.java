package io.strata.dsl.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import io.strata.dsl.ide.Fix;
import io.strata.dsl.ide.TextEdit;

/**
 * The quick fixes of a problem as one marker attribute (a string), so that the Problems view can
 * offer them without parsing the file again. Each edit keeps the text it replaces: a fix whose
 * text has changed since is recognised as stale and not applied.
 */
final class FixCodec {

    /** An edit of a stored fix: replace {@code original} at {@code offset} by {@code text}. */
    record StoredEdit(int offset, int length, String original, String text) {
    }

    /** A stored fix: its label and its edits, in document order. */
    record StoredFix(String label, List<StoredEdit> edits) {

        /** The fix's edits as the engine's text edits. */
        List<TextEdit> textEdits() {
            return edits.stream().map(e -> new TextEdit(e.offset(), e.length(), e.text())).toList();
        }

        /** Whether the text still holds, at each edit, what the edit replaces. */
        boolean appliesTo(String text) {
            for (StoredEdit edit : edits) {
                int end = edit.offset() + edit.length();
                if (edit.offset() < 0 || end > text.length() || !text.substring(edit.offset(), end).equals(edit.original())) {
                    return false;
                }
            }
            return true;
        }
    }

    private FixCodec() {
    }

    /** The fixes, with the parts of {@code text} they replace; "" when there are none. */
    static String encode(List<Fix> fixes, String text) {
        if (fixes.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        put(out, Integer.toString(fixes.size()));
        for (Fix fix : fixes) {
            put(out, fix.label());
            put(out, Integer.toString(fix.edits().size()));
            for (TextEdit edit : fix.edits()) {
                int end = Math.min(text.length(), edit.offset() + edit.length());
                put(out, Integer.toString(edit.offset()));
                put(out, Integer.toString(edit.length()));
                put(out, text.substring(Math.max(0, Math.min(edit.offset(), end)), end));
                put(out, edit.text());
            }
        }
        return out.toString();
    }

    /** The fixes of an attribute written by {@link #encode}; empty for null, "" or a damaged value. */
    static List<StoredFix> decode(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return List.of();
        }
        try {
            Reader in = new Reader(encoded);
            int count = Integer.parseInt(in.next());
            List<StoredFix> fixes = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String label = in.next();
                int edits = Integer.parseInt(in.next());
                List<StoredEdit> list = new ArrayList<>();
                for (int j = 0; j < edits; j++) {
                    list.add(new StoredEdit(Integer.parseInt(in.next()), Integer.parseInt(in.next()), in.next(), in.next()));
                }
                fixes.add(new StoredFix(label, List.copyOf(list)));
            }
            return List.copyOf(fixes);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** Each value as its length, ':' and the value: no character needs escaping. */
    private static void put(StringBuilder out, String value) {
        out.append(value.length()).append(':').append(value);
    }

    private static final class Reader {
        private final String text;
        private int position;

        Reader(String text) {
            this.text = text;
        }

        String next() {
            int colon = text.indexOf(':', position);
            int length = Integer.parseInt(text.substring(position, colon));
            String value = text.substring(colon + 1, colon + 1 + length);
            position = colon + 1 + length;
            return value;
        }
    }
}
