package io.strata.cli;

/** What --json prints: the engine's JSON writer. */
final class Json {

    private Json() {
    }

    static String write(Object value) {
        return io.strata.core.Json.write(value);
    }
}
