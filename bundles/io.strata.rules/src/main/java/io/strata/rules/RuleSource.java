package io.strata.rules;

/**
 * The text of one rule file.
 *
 * @param name how problems refer to the file (usually its path in the project)
 * @param text the DRL source
 */
public record RuleSource(String name, String text) {
}
