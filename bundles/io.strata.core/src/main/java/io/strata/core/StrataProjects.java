package io.strata.core;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds, lays out and copies Strata projects on disk. A Strata project is a directory that holds
 * a {@value #PROJECT_FILE} file; everything else in it is optional and created on demand.
 */
public final class StrataProjects {

    /** The file that marks a directory as a Strata project. */
    public static final String PROJECT_FILE = "strata.yaml";

    /** Local, never versioned state of a project (embedded databases, caches). */
    public static final String LOCAL_STATE_FOLDER = ".strata";

    private StrataProjects() {
    }

    public static boolean isStrataProject(Path dir) {
        return Files.isRegularFile(dir.resolve(PROJECT_FILE));
    }

    /** The standard folders that the project does not have yet. */
    public static List<Path> missingFolders(Path projectDir) {
        List<Path> missing = new ArrayList<>();
        for (ProjectFolder folder : ProjectFolder.values()) {
            if (!Files.isDirectory(folder.in(projectDir))) {
                missing.add(folder.in(projectDir));
            }
        }
        for (RulesPhase phase : RulesPhase.values()) {
            if (!Files.isDirectory(phase.in(projectDir))) {
                missing.add(phase.in(projectDir));
            }
        }
        return missing;
    }

    /** Creates every standard folder that is missing; keeps what is there. */
    public static void createStandardFolders(Path projectDir) throws IOException {
        for (Path folder : missingFolders(projectDir)) {
            Files.createDirectories(folder);
        }
    }

    /**
     * Copies the project in {@code source} to {@code target}, which must not exist yet, and
     * creates the standard folders that Git could not keep because they were empty.
     *
     * @throws FileAlreadyExistsException if {@code target} exists; nothing is overwritten
     * @throws IOException if {@code source} is not a Strata project or a file cannot be copied
     */
    public static Path copyProject(Path source, Path target) throws IOException {
        if (!isStrataProject(source)) {
            throw new IOException(source + " is not a Strata project: it has no " + PROJECT_FILE);
        }
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null,
                    "a project of that name is already there; choose another name or delete it first");
        }
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.getFileName() != null && dir.getFileName().toString().equals(LOCAL_STATE_FOLDER)
                        && !dir.equals(source)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(target.resolve(source.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, target.resolve(source.relativize(file).toString()),
                        StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
        createStandardFolders(target);
        return target;
    }
}
