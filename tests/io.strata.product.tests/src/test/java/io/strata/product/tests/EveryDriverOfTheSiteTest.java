package io.strata.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every driver feature of the driver update site, installed into a product copy by the p2
 * director as Help > Install New Software does: check-drivers then finds each driver in its
 * plug-in; the embedded databases (SQLite, Derby, HSQLDB) take a deploy and report their
 * history from the CLI, and MySQL Connector/J connects to the real MariaDB server of the tests.
 */
class EveryDriverOfTheSiteTest {

    static final List<String> FEATURES = List.of("postgresql", "mariadb", "mysql", "sqlserver", "oracle", "sqlite", "derby", "hsqldb", "h2");

    @TempDir
    static Path temp;
    static Product product;

    @BeforeAll
    static void installEveryDriver() throws Exception {
        product = Product.copyInto(temp.resolve("product"));
        Path repository = Path.of(System.getProperty("strata.drivers.repository"));
        String units = FEATURES.stream().map(f -> "io.strata.drivers." + f + ".feature.feature.group").collect(Collectors.joining(","));
        Product.Run install = product.launcher("-nosplash", "-application", "org.eclipse.equinox.p2.director",
                "-repository", repository.toUri().toString(), "-installIU", units);
        assertEquals(0, install.exitCode(), install.output());
    }

    @Test
    void checkDriversFindsEachDriverInItsPlugin() throws Exception {
        Product.Run drivers = product.strata(Map.of("DISPLAY", ""), "check-drivers");
        assertEquals(0, drivers.exitCode(), drivers.output());
        for (String type : List.of("postgresql", "mariadb", "mysql", "sqlserver", "oracle", "sqlite", "derby", "hsqldb", "h2")) {
            assertTrue(drivers.output().lines().anyMatch(l -> l.matches("\\s*" + type + "\\s+installed \\d+\\.\\d+ \\(plug-in .*")),
                    type + " installed from its plug-in:\n" + drivers.output());
        }
        assertTrue(drivers.output().lines().anyMatch(l -> l.matches("\\s*db2\\s+missing: .*licence.*")), drivers.output());
    }

    @Test
    void embeddedDatabasesTakeADeploy() throws Exception {
        String changeSets = """
                <changeSet id="1" author="strata"><createTable tableName="PERSON"><column name="ID" type="INT"><constraints primaryKey="true"/></column>
                  <column name="NAME" type="VARCHAR(100)"/></createTable></changeSet>
                <changeSet id="2" author="strata"><createIndex tableName="PERSON" indexName="IDX_PERSON_NAME"><column name="NAME"/></createIndex></changeSet>
                """;
        Map<String, String> urls = Map.of(
                "sqlite", "jdbc:sqlite:" + temp.resolve("sqlite/db.sqlite"),
                "derby", "jdbc:derby:" + temp.resolve("derby/db") + ";create=true",
                "hsqldb", "jdbc:hsqldb:file:" + temp.resolve("hsqldb/db"));
        for (var entry : urls.entrySet()) {
            String type = entry.getKey();
            Files.createDirectories(temp.resolve(type));
            Path project = TestProject.write(temp.resolve("project-" + type), type.toUpperCase(), type, entry.getValue(), "sa", changeSets);
            Product.Run deploy = product.strata(Map.of("DISPLAY", ""), "deploy", "--quick", "--project", project.toString());
            assertEquals(0, deploy.exitCode(), type + ":\n" + deploy.output());
            Product.Run status = product.strata(Map.of("DISPLAY", ""), "status", "--project", project.toString());
            assertEquals(0, status.exitCode(), type + ":\n" + status.output());
            assertTrue(status.output().contains("up to date") || status.output().contains("0 change sets"), type + ":\n" + status.output());
            Product.Run history = product.strata(Map.of("DISPLAY", ""), "history", "--project", project.toString());
            assertEquals(0, history.exitCode(), type + ":\n" + history.output());
            assertTrue(history.output().contains("Change Log/changelog.xml::2::strata"), type + ":\n" + history.output());
        }
    }

    @Test
    void mysqlConnectorConnectsToTheMariaDbServer() throws Exception {
        String url = PostgresScratch.env("STRATA_TEST_MARIADB_URL").replace("jdbc:mariadb:", "jdbc:mysql:");
        Path project = TestProject.write(temp.resolve("project-mysql"), "MY", "mysql", url, PostgresScratch.env("STRATA_TEST_MARIADB_USER"), "");
        Product.Run run = product.strata(Map.of("DISPLAY", "", "STRATA_PASSWORD_MY", PostgresScratch.env("STRATA_TEST_MARIADB_PASSWORD")),
                "test-connection", "--project", project.toString(), "--json");
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("\"ok\": true") && run.output().contains("\"product\": \"MySQL\"") && run.output().contains("MariaDB"),
                "connected through MySQL Connector/J (it reports MySQL; the server is MariaDB):\n" + run.output());
    }
}
