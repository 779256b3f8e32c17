package io.strata.dsl.ide;

import java.util.List;

/** A quick fix: what it does, in words, and its edits (non-overlapping, in any order). */
public record Fix(String label, List<TextEdit> edits) {
}
