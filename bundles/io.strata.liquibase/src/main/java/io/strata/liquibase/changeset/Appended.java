package io.strata.liquibase.changeset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import io.strata.liquibase.OperationException;

/**
 * What {@link NewChangeSet#perform} changed, with what undoes it.
 *
 * @param file the change log file that was changed
 * @param ids the ids of the change sets added
 * @param line the 1-based line where the first one starts
 * @param before the file's content before
 * @param after the file's content after
 */
public record Appended(Path file, List<String> ids, int line, byte[] before, byte[] after) {

    public Appended {
        ids = List.copyOf(ids);
    }

    /**
     * Puts the file back as it was, if nobody changed it since.
     *
     * @throws OperationException when the file was changed after the change set was appended (then it
     *         is left alone) or cannot be written
     */
    public void undo() throws OperationException {
        try {
            if (!Arrays.equals(Files.readAllBytes(file), after)) {
                throw new OperationException(OperationException.Kind.OTHER, file.getFileName() + " was changed after change set "
                        + ids.get(0) + " was added; remove the change set by hand.", null);
            }
            Files.write(file, before);
        } catch (IOException e) {
            throw new OperationException(OperationException.Kind.OTHER, "cannot restore " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the change again after {@link #undo} (redo), if the file is still as it was before. */
    public void redo() throws OperationException {
        try {
            if (!Arrays.equals(Files.readAllBytes(file), before)) {
                throw new OperationException(OperationException.Kind.OTHER, file.getFileName()
                        + " was changed after the change set was removed; add it again with New Change Set.", null);
            }
            Files.write(file, after);
        } catch (IOException e) {
            throw new OperationException(OperationException.Kind.OTHER, "cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
