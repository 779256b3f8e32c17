package io.strata.reports;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a report is written: a buffer that goes to its file in chunks, so that a report of 10,000
 * change sets is streamed rather than held in memory as a whole.
 */
final class Sink implements Closeable {

    private static final int CHUNK = 1 << 16;

    final StringBuilder b = new StringBuilder(CHUNK + 4096);
    private final Writer writer;

    Sink(Path file) throws IOException {
        this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    /** Appends markup or other text that needs no escaping (it comes from this bundle, not from data). */
    Sink raw(String s) {
        b.append(s);
        return this;
    }

    Sink raw(char c) {
        b.append(c);
        return this;
    }

    Sink raw(long n) {
        b.append(n);
        return this;
    }

    /** Appends data escaped for HTML/XML text and attribute values. */
    Sink text(String s) {
        Markup.xml(b, s);
        return this;
    }

    /** Writes what is buffered to the file once it is large enough. */
    void spill() throws IOException {
        if (b.length() >= CHUNK) {
            writer.append(b);
            b.setLength(0);
        }
    }

    @Override
    public void close() throws IOException {
        try (writer) {
            writer.append(b);
            b.setLength(0);
        }
    }
}
