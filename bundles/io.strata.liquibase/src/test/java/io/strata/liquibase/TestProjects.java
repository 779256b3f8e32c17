package io.strata.liquibase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes Strata projects for the tests: files, and a project with one embedded H2 stage. */
final class TestProjects {

    private TestProjects() {
    }

    /** The start of an XML change log, up to its first change set. */
    static final String XML_HEADER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
            """;

    /** The end of an XML change log. */
    static final String XML_FOOTER = "</databaseChangeLog>\n";

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
