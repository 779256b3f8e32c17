package io.strata.dsl.ide;

/** Plain text for the token at a position, and the token's range. */
public record Hover(String text, Region range) {
}
