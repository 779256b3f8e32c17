package io.strata.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed product's CLI against the real PostgreSQL and MariaDB servers of the tests
 * (releng/scripts/test-databases): PostgreSQL through the driver plug-in installed from the update
 * site, MariaDB through a jar dropped into the installation's jdbc_drivers folder.
 */
class RealDatabasesFromTheProductTest {

    @TempDir
    static Path temp;

    static Product product;

    @BeforeAll
    static void installDrivers() throws Exception {
        product = Product.copyInto(temp);
        TestProject.installPostgresDriver(product);
        Path repository = Path.of(System.getProperty("strata.drivers.repository"));
        Path mariadbJar;
        try (Stream<Path> plugins = Files.list(repository.resolve("plugins"))) {
            mariadbJar = plugins.filter(p -> p.getFileName().toString().startsWith("mariadb-java-client")).findFirst().orElseThrow();
        }
        Files.createDirectories(product.home.resolve("jdbc_drivers"));
        Files.copy(mariadbJar, product.home.resolve("jdbc_drivers/mariadb-java-client.jar"));
    }

    private static String env(String name) {
        return PostgresScratch.env(name);
    }

    private static Path project(String stage, String type, String url, String user) throws IOException {
        return TestProject.write(temp.resolve("project-" + stage), stage, type, url, user, "");
    }

    @Test
    void checkDriversListsThePluginAndTheJar() throws Exception {
        Product.Run drivers = product.strata(Map.of("DISPLAY", ""), "check-drivers");
        assertEquals(0, drivers.exitCode(), drivers.output());
        assertTrue(drivers.output().matches("(?s).*postgresql\\s+installed 42\\.\\d+ \\(plug-in org\\.postgresql\\.jdbc_.*"), drivers.output());
        assertTrue(drivers.output().matches("(?s).*mariadb\\s+installed 3\\.\\d+ \\(jar mariadb-java-client\\.jar\\).*"), drivers.output());
    }

    @Test
    void testConnectionToPostgreSqlWithTheInstalledDriver() throws Exception {
        Path project = project("PG", "postgresql", env("STRATA_TEST_PG_URL"), env("STRATA_TEST_PG_USER"));
        Product.Run run = product.strata(Map.of("DISPLAY", "", "STRATA_PASSWORD_PG", env("STRATA_TEST_PG_PASSWORD")),
                "test-connection", "--project", project.toString());
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("Stage PG: Connected to PostgreSQL"), run.output());

        Product.Run wrong = product.strata(Map.of("DISPLAY", "", "STRATA_PASSWORD_PG", "not-the-password"),
                "test-connection", "--project", project.toString());
        assertEquals(4, wrong.exitCode(), wrong.output());
        assertTrue(wrong.output().contains("Wrong user or password"), wrong.output());
    }

    @Test
    void testConnectionToMariaDbWithTheDroppedInJar() throws Exception {
        Path project = project("MARIA", "mariadb", env("STRATA_TEST_MARIADB_URL"), env("STRATA_TEST_MARIADB_USER"));
        Product.Run run = product.strata(Map.of("DISPLAY", "", "STRATA_PASSWORD_MARIA", env("STRATA_TEST_MARIADB_PASSWORD")),
                "test-connection", "--project", project.toString(), "--json");
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("\"product\": \"MariaDB\""), run.output());
    }
}
