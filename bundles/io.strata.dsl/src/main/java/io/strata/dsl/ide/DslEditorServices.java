package io.strata.dsl.ide;

/**
 * The editor services of the DSL (no UI): parse and validate a text into a {@link DslDocument}
 * that answers highlighting, outline, folding, completion, hover, definition, formatting and quick
 * fixes. Thread-safe; one per JVM is enough.
 */
public final class DslEditorServices {

    private static final DslEditorServices INSTANCE = new DslEditorServices();

    private DslEditorServices() {
    }

    public static DslEditorServices get() {
        return INSTANCE;
    }

    /**
     * Parses and validates {@code text}.
     *
     * @param file the file's name for issues and definitions in the document
     * @param context what earlier change sets define ({@link DslContext#none()} when nothing)
     */
    public DslDocument parse(String text, String file, DslContext context) {
        return new DslDocument(text, file, context == null ? DslContext.none() : context);
    }
}
