package io.strata.forecast;

import io.strata.rules.ResponseType;

/**
 * Something a forecast found: a problem a real deployment would hit, a risk, or a rule's response.
 *
 * @param code a stable code ({@code TABLE_EXISTS}, {@code NOT_NULL_ON_POPULATED_TABLE}...; {@code RULE} for a
 *     rule's response), for CI scripts, quick fixes and suppressions
 * @param severity INFO, WARN or FAIL (a rule may also answer PASS)
 * @param message what was found, naming the objects
 * @param hint what to change, or null
 * @param rule the rule's name for a rule's response, else null
 * @param phase the rules folder the rule is in ({@code Forecast}...) for a rule's response, else null
 * @param changeSetId the change set it is about, or null for the project as a whole
 * @param author that change set's author, or null
 * @param file the change log file of the change set (relative to the project), or null
 * @param line the line of the change set in that file, or 0
 * @param changeIndex the 1-based number of the change in its change set, or 0
 * @param fix the quick fix the finding carries (a name to replace in the change set), or null
 */
public record Finding(String code, ResponseType severity, String message, String hint, String rule, String phase,
        String changeSetId, String author, String file, int line, int changeIndex, Fix fix) {

    /**
     * A quick fix: in the change set of the finding, the name {@code replace} (a misspelt table, a
     * name against the naming rule) becomes {@code with}.
     */
    public record Fix(String replace, String with) {
    }

    /** A finding without a quick fix. */
    public Finding(String code, ResponseType severity, String message, String hint, String rule, String phase,
            String changeSetId, String author, String file, int line, int changeIndex) {
        this(code, severity, message, hint, rule, phase, changeSetId, author, file, line, changeIndex, null);
    }

    /** Whether this finding fails the forecast. */
    public boolean fails() {
        return severity == ResponseType.FAIL;
    }

    /** {@code file:line} or what there is of it. */
    public String location() {
        if (file == null) {
            return changeSetId == null ? "" : changeSetId;
        }
        return file + (line > 0 ? ":" + line : "");
    }

    @Override
    public String toString() {
        return severity + " " + code + (rule == null ? "" : " [" + rule + "]") + " " + location()
                + (changeSetId == null ? "" : " (" + changeSetId + ")") + ": " + message;
    }
}
