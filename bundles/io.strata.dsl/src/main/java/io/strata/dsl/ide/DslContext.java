package io.strata.dsl.ide;

import java.nio.file.Path;
import java.util.List;

/** What is known before a file: tables and columns defined by change sets that run earlier. */
public final class DslContext {

    private static final DslContext NONE = new DslContext(List.of());

    private final List<String> problems;

    private DslContext(List<String> problems) {
        this.problems = List.copyOf(problems);
    }

    /** Nothing known before the file. */
    public static DslContext none() {
        return NONE;
    }

    /** The context of {@code file} in the Strata project at {@code projectRoot}. */
    public static DslContext forFile(Path projectRoot, Path file) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Why the context knows less than it could (the master change log cannot be read...); empty when all is well. */
    public List<String> problems() {
        return problems;
    }
}
