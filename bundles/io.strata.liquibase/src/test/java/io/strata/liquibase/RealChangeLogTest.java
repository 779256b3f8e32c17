package io.strata.liquibase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.strata.connection.JdbcDrivers;
import io.strata.connection.StageConnector;
import io.strata.core.project.Credentials;
import io.strata.core.project.StrataProject;

/**
 * Keycloak's change log, as its jar on Maven Central ships it: 75 files, about 200 change sets
 * with includes, dbms filters and preconditions, and custom change classes that need Keycloak.
 */
class RealChangeLogTest {

    @TempDir
    Path dir;

    @Test
    void keycloaksChangeLogIsReadAndItsMissingCustomChangeIsNamed() throws Exception {
        int files = extractKeycloakChangeLogs(dir);
        assertTrue(files > 50, "change log files: " + files);
        Files.writeString(dir.resolve("strata.yaml"), "name: keycloak\nchangelog: META-INF/jpa-changelog-master.xml\n");
        Files.createDirectories(dir.resolve("Deployment Plans"));
        Files.writeString(dir.resolve("Deployment Plans/plan.yaml"),
                "stages:\n  - name: DEV\n    type: h2\n    url: jdbc:h2:file:${project.dir}/.strata/h2/dev\n    user: sa\n");
        StrataProject project = StrataProject.load(dir);
        StageOperations operations = new StageOperations(project, new StageConnector(new JdbcDrivers(List.of()), Credentials.NONE));

        OperationException e = assertThrows(OperationException.class, () -> operations.status(project.stage("DEV"), Selection.STAGE_DEFAULTS));
        assertEquals(OperationException.Kind.CHANGELOG, e.kind(), e.getMessage());
        assertTrue(e.getMessage().matches("(?s).*change set '[^']+' \\(META-INF/jpa-changelog-[^,]+\\.xml, line \\d+\\) uses the custom "
                + "change class org\\.keycloak\\.connections\\.jpa\\.updater\\.liquibase\\.custom\\.\\w+, which Strata cannot load.*"),
                e.getMessage());
        assertTrue(e.getMessage().contains("--extensions DIR"), e.getMessage());

        // With Keycloak's jar as an extension but without the jars it needs, the message says what is missing.
        Path keycloak = Path.of(System.getProperty("strata.realChangelogs", "target/real-changelogs"), "keycloak-model-jpa.jar");
        operations.extensions(List.of(keycloak));
        OperationException partial = assertThrows(OperationException.class, () -> operations.status(project.stage("DEV"), Selection.STAGE_DEFAULTS));
        assertEquals(OperationException.Kind.CHANGELOG, partial.kind(), partial.getMessage());
        assertTrue(partial.getMessage().matches("(?s).*needs the class [\\w./$]+, which .*"), partial.getMessage());
        assertTrue(!partial.getMessage().contains("custom change class org.jboss"), "a dependency is not called a custom change class");
        assertTrue(partial.getMessage().contains("extensions"), partial.getMessage());
    }

    private static int extractKeycloakChangeLogs(Path dir) throws IOException {
        Path jar = Path.of(System.getProperty("strata.realChangelogs", "target/real-changelogs"), "keycloak-model-jpa.jar");
        int count = 0;
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.getName().startsWith("META-INF/") && entry.getName().contains("changelog") && entry.getName().endsWith(".xml")) {
                    Path target = dir.resolve(entry.getName());
                    Files.createDirectories(target.getParent());
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                    count++;
                }
            }
        }
        return count;
    }
}
