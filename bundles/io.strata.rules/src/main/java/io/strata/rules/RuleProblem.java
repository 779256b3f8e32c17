package io.strata.rules;

/**
 * A compile error in a rule file.
 *
 * @param source the {@link RuleSource#name()} of the file
 * @param line 1-based line, or 0 when Drools does not say
 * @param column 1-based column, or 0 when Drools does not say
 * @param message what is wrong
 */
public record RuleProblem(String source, int line, int column, String message) {

    @Override
    public String toString() {
        return source + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message;
    }
}
