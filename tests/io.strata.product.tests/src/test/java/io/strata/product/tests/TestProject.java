package io.strata.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Strata projects on disk for the product tests, and the PostgreSQL driver plug-in for a product copy. */
final class TestProject {

    /** The change log path in every project here, relative to the project: what DATABASECHANGELOG.FILENAME holds. */
    static final String CHANGELOG = "Change Log/changelog.xml";

    static final String CHANGELOG_HEADER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                  http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
            """;

    private TestProject() {
    }

    /** strata.yaml, Deployment Plans/plan.yaml with one stage, and the change log (its body, without the root element). */
    static Path write(Path dir, String stage, String type, String url, String user, String changeSets) throws IOException {
        Files.createDirectories(dir.resolve("Deployment Plans"));
        Files.createDirectories(dir.resolve("Change Log"));
        Files.writeString(dir.resolve("strata.yaml"), "name: " + stage + "\n");
        Files.writeString(dir.resolve("Deployment Plans/plan.yaml"), """
                stages:
                  - name: %s
                    type: %s
                    url: %s
                    user: %s
                """.formatted(stage, type, url, user));
        Files.writeString(dir.resolve(CHANGELOG), CHANGELOG_HEADER + changeSets + "</databaseChangeLog>\n");
        return dir;
    }

    /** Installs the PostgreSQL driver feature from the driver update site into the product, with the p2 director. */
    static void installPostgresDriver(Product product) throws IOException, InterruptedException {
        Path repository = Path.of(System.getProperty("strata.drivers.repository"));
        Product.Run install = product.launcher("-nosplash", "-application", "org.eclipse.equinox.p2.director",
                "-repository", repository.toUri().toString(), "-installIU", "io.strata.drivers.postgresql.feature.feature.group");
        assertEquals(0, install.exitCode(), install.output());
    }
}
