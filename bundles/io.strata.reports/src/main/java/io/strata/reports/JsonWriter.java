package io.strata.reports;

import java.io.IOException;
import java.util.List;

/**
 * A streaming JSON writer over a {@link Sink}: objects, arrays and fields, indented by two spaces,
 * except that an object opened with {@link #objectLine()} is written on one line with everything in
 * it (a change, a finding, a table of the model): large reports stay small and can still be read and
 * grepped line by line.
 */
final class JsonWriter {

    private final Sink out;
    private final StringBuilder b;
    private char[] closers = new char[32];
    private boolean[] hasItems = new boolean[32];
    private boolean[] inline = new boolean[32];
    private int depth;

    JsonWriter(Sink out) {
        this.out = out;
        this.b = out.b;
    }

    /** Starts an object: the document's root or an element of the current array. */
    JsonWriter object() {
        item();
        return open('{', '}');
    }

    /** Starts an object, element of the current array, written on one line. */
    JsonWriter objectLine() {
        item();
        open('{', '}');
        inline[depth - 1] = true;
        return this;
    }

    /** Starts an object-valued field of the current object. */
    JsonWriter object(String name) {
        key(name);
        return open('{', '}');
    }

    /** Starts an array-valued field of the current object. */
    JsonWriter array(String name) {
        key(name);
        return open('[', ']');
    }

    JsonWriter end() {
        depth--;
        if (hasItems[depth] && !inline[depth]) {
            newline(depth);
        }
        b.append(closers[depth]);
        return this;
    }

    JsonWriter field(String name, String value) {
        key(name);
        Markup.json(b, value);
        return this;
    }

    JsonWriter field(String name, long value) {
        key(name);
        b.append(value);
        return this;
    }

    /** A number field that may be unknown ({@code null}). */
    JsonWriter field(String name, Long value) {
        key(name);
        b.append(value == null ? "null" : value.toString());
        return this;
    }

    JsonWriter field(String name, boolean value) {
        key(name);
        b.append(value);
        return this;
    }

    /** An array of strings, on one line. */
    JsonWriter field(String name, List<String> values) {
        key(name);
        b.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            Markup.json(b, values.get(i));
        }
        b.append(']');
        return this;
    }

    /** A string element of the current array. */
    JsonWriter value(String value) {
        item();
        Markup.json(b, value);
        return this;
    }

    void spill() throws IOException {
        out.spill();
    }

    private JsonWriter open(char opener, char closer) {
        if (depth == closers.length) {
            closers = java.util.Arrays.copyOf(closers, depth * 2);
            hasItems = java.util.Arrays.copyOf(hasItems, depth * 2);
            inline = java.util.Arrays.copyOf(inline, depth * 2);
        }
        b.append(opener);
        closers[depth] = closer;
        hasItems[depth] = false;
        inline[depth] = depth > 0 && inline[depth - 1];
        depth++;
        return this;
    }

    private void key(String name) {
        item();
        Markup.json(b, name);
        b.append(": ");
    }

    private void item() {
        if (depth == 0) {
            return;
        }
        boolean next = hasItems[depth - 1];
        if (next) {
            b.append(',');
        }
        hasItems[depth - 1] = true;
        if (!inline[depth - 1]) {
            newline(depth);
        } else if (next) {
            b.append(' ');
        }
    }

    private void newline(int indent) {
        b.append('\n');
        for (int i = 0; i < indent; i++) {
            b.append("  ");
        }
    }
}
