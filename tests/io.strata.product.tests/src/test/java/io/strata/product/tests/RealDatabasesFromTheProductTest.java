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

    /**
     * The forecast on real servers: profile the live stage (row counts from the database's
     * statistics or COUNT(*)), fail on NOT NULL without default on a populated table, then the same
     * verdict offline from a snapshot.
     */
    @Test
    void forecastProfilesPostgreSqlAndMariaDbAndWorksOfflineFromASnapshot() throws Exception {
        try (PostgresScratch pg = PostgresScratch.create()) {
            forecastOn("PGF", "postgresql", pg.url, pg.user, pg.password, "pgf_orders");
        }
        forecastOn("MARIAF", "mariadb", env("STRATA_TEST_MARIADB_URL"), env("STRATA_TEST_MARIADB_USER"),
                env("STRATA_TEST_MARIADB_PASSWORD"), "mariaf_orders_" + Long.toHexString(System.nanoTime()));
    }

    private static void forecastOn(String stage, String type, String url, String user, String password, String table) throws Exception {
        // The MariaDB database is shared by the tests (and kept between runs on a developer's machine):
        // ids as unique as the table name, so that no earlier row of DATABASECHANGELOG matches.
        String create = """
                <changeSet id="%1$s-1" author="t">
                    <createTable tableName="%1$s"><column name="id" type="INT"><constraints primaryKey="true"/></column>
                        <column name="note" type="VARCHAR(50)"/></createTable>
                    <insert tableName="%1$s"><column name="id" valueNumeric="1"/><column name="note" value="a"/></insert>
                    <insert tableName="%1$s"><column name="id" valueNumeric="2"/><column name="note" value="b"/></insert>
                </changeSet>
                """.formatted(table);
        Path project = TestProject.write(temp.resolve("forecast-" + stage), stage, type, url, user, create);
        Map<String, String> env = Map.of("DISPLAY", "", "STRATA_PASSWORD_" + stage, password);
        Product.Run deploy = product.strata(env, "deploy", "--project", project.toString());
        assertEquals(0, deploy.exitCode(), deploy.output());

        Path changelog = project.resolve(TestProject.CHANGELOG);
        Files.writeString(changelog, Files.readString(changelog).replace("</databaseChangeLog>", """
                <changeSet id="%1$s-2" author="t">
                    <addColumn tableName="%1$s"><column name="status" type="VARCHAR(10)"><constraints nullable="false"/></column></addColumn>
                </changeSet>
                </databaseChangeLog>""".formatted(table)));
        Product.Run live = product.strata(env, "forecast", "--project", project.toString(), "--row-counts", "exact");
        assertEquals(7, live.exitCode(), live.output());
        assertTrue(live.output().contains("[NOT_NULL_ON_POPULATED_TABLE]") && live.output().contains("holds 2 row(s)"), live.output());
        assertTrue(live.output().contains("(live stage " + stage + "): 1 change set(s)"), live.output());

        Product.Run snapshot = product.strata(env, "snapshot", "--project", project.toString());
        assertEquals(0, snapshot.exitCode(), snapshot.output());
        Product.Run offline = product.strata(Map.of("DISPLAY", ""), "forecast", "--offline", "--project", project.toString());
        assertEquals(7, offline.exitCode(), offline.output());
        assertTrue(offline.output().contains("[NOT_NULL_ON_POPULATED_TABLE]") && offline.output().contains("holds 2 row(s)"), offline.output());
    }
}
