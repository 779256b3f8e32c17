package io.strata.dsl.ide;

/**
 * Where a table or column is defined: the file (as the context names it; the document's own file
 * name for a definition in the document), offset and length (0 and 0 when only the line is known,
 * as for XML or YAML files) and the 1-based line.
 */
public record Definition(String file, int offset, int length, int line) {
}
