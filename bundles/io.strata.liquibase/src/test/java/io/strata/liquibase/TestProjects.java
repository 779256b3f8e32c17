package io.strata.liquibase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes Strata projects for the tests: files, and a project with one embedded H2 stage. */
final class TestProjects {

    private TestProjects() {
    }

    /** Writes {@code text} to {@code path} under {@code dir}, creating folders as needed. */
    static Path write(Path dir, String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    /** A project named {@code name} with a deployment plan holding one stage, DEV, an H2 file database in its local state. */
    static void h2Project(Path dir, String name) throws IOException {
        write(dir, "strata.yaml", "name: " + name + "\n");
        write(dir, "Deployment Plans/plan.yaml", """
                stages:
                  - name: DEV
                    type: h2
                    url: jdbc:h2:file:${project.dir}/.strata/h2/dev
                    user: sa
                """);
    }
}
