package io.strata.dsl.ide;

import java.util.List;
import java.util.Optional;

import io.strata.dsl.DslIssue;

/** An immutable snapshot of one DSL text, parsed and validated. */
public final class DslDocument {

    private final String text;
    private final String file;
    private final DslContext context;

    DslDocument(String text, String file, DslContext context) {
        this.text = text;
        this.file = file;
        this.context = context;
    }

    public String text() {
        return text;
    }

    public List<DslIssue> issues() {
        throw new UnsupportedOperationException("not yet");
    }

    public Region region(DslIssue issue) {
        throw new UnsupportedOperationException("not yet");
    }

    public List<Fix> fixes(DslIssue issue) {
        throw new UnsupportedOperationException("not yet");
    }

    public List<Highlight> highlights() {
        throw new UnsupportedOperationException("not yet");
    }

    public List<OutlineItem> outline() {
        throw new UnsupportedOperationException("not yet");
    }

    public List<Region> foldingRegions() {
        throw new UnsupportedOperationException("not yet");
    }

    public List<Proposal> complete(int offset) {
        throw new UnsupportedOperationException("not yet");
    }

    public Optional<Hover> hover(int offset) {
        throw new UnsupportedOperationException("not yet");
    }

    public Optional<Definition> definition(int offset) {
        throw new UnsupportedOperationException("not yet");
    }

    public List<TextEdit> format() {
        throw new UnsupportedOperationException("not yet");
    }
}
