package io.strata.rules;

import java.util.Objects;

/**
 * What a rule answers. Rules insert one into working memory, for example
 * {@code insert(new Response(ResponseType.FAIL, "The new index [...] ...", drools.getRule().getName()));}
 */
public final class Response {

    private final ResponseType type;
    private final String message;
    private final String ruleName;
    private final String replace;
    private final String replaceWith;

    public Response(ResponseType type, String message, String ruleName) {
        this(type, message, ruleName, null, null);
    }

    /**
     * A response with a quick fix: in the change set, the name {@code replace} becomes
     * {@code replaceWith}, e.g. {@code new Response(ResponseType.FAIL, "... name it like CUSTOMER_ORDER.",
     * drools.getRule().getName(), "customerOrder", "CUSTOMER_ORDER")}.
     */
    public Response(ResponseType type, String message, String ruleName, String replace, String replaceWith) {
        this.type = Objects.requireNonNull(type, "type");
        this.message = message == null ? "" : message;
        this.ruleName = ruleName == null ? "" : ruleName;
        boolean fix = replace != null && !replace.isEmpty() && replaceWith != null && !replaceWith.equals(replace);
        this.replace = fix ? replace : null;
        this.replaceWith = fix ? replaceWith : null;
    }

    public ResponseType getType() {
        return type;
    }

    public String getMessage() {
        return message;
    }

    public String getRuleName() {
        return ruleName;
    }

    /** The name the quick fix replaces in the change set, or null when the response has no fix. */
    public String getReplace() {
        return replace;
    }

    /** What the quick fix writes instead of {@link #getReplace()}, or null. */
    public String getReplaceWith() {
        return replaceWith;
    }

    @Override
    public String toString() {
        return type + " [" + ruleName + "] " + message;
    }
}
