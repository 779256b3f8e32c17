package io.strata.core.project;

import java.nio.file.Path;

/**
 * A project file that Strata cannot use, with the file, the line and what to change.
 */
public final class ProjectException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    public ProjectException(Path file, int line, String message) {
        super(message);
        this.file = file;
        this.line = line;
    }

    public ProjectException(Path file, int line, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** 1-based line, or 0 when the problem is the file as a whole. */
    public int line() {
        return line;
    }

    /** {@code file:line: message}, as compilers print it. */
    public String describe() {
        return (file == null ? "" : file + (line > 0 ? ":" + line : "") + ": ") + getMessage();
    }

    @Override
    public String toString() {
        return describe();
    }
}
