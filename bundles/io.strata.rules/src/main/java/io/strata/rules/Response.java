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

    public Response(ResponseType type, String message, String ruleName) {
        this.type = Objects.requireNonNull(type, "type");
        this.message = message == null ? "" : message;
        this.ruleName = ruleName == null ? "" : ruleName;
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

    @Override
    public String toString() {
        return type + " [" + ruleName + "] " + message;
    }
}
