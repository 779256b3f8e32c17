package io.strata.liquibase.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import io.strata.liquibase.LiquibaseRunner;
import io.strata.test.support.ProductThreads;
import io.strata.test.support.ScratchDatabase;
import io.strata.test.support.TestDatabases;
import io.strata.test.support.TestDatabases.Server;

/**
 * {@link LiquibaseRunner#update} inside OSGi on embedded H2 and on real PostgreSQL and MariaDB
 * servers (each case on a fresh scratch database). The servers come from
 * {@code releng/scripts/test-databases}; without them these tests fail and say so, unless
 * {@code STRATA_TEST_DATABASES=skip}.
 */
class LiquibaseOnRealDatabasesTest {

    private static final String CHANGELOG = "shop.changelog.xml";

    private static final List<String> CHANGE_SETS = List.of("1-create-customer", "2-create-purchase-order",
            "3-add-customer-email", "4-index-customer-email", "5-fk-purchase-order-customer", "6-insert-customers");

    /** One DATABASECHANGELOG row, as much of it as must not change when nothing is applied. */
    record Applied(String id, String author, String filename, String md5sum, String exectype, int orderExecuted) {
    }

    @TempDir
    Path temp;

    private Path changelogs;

    @BeforeEach
    void copyChangelogOutOfTheBundle() throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(LiquibaseOnRealDatabasesTest.class);
        assertNotNull(bundle, "the test class is not loaded by a bundle: not running inside OSGi");
        URL entry = bundle.getEntry("resources/changelogs/" + CHANGELOG);
        assertNotNull(entry, "resources/changelogs/" + CHANGELOG + " is not in bundle " + bundle.getSymbolicName());
        changelogs = Files.createDirectories(temp.resolve("changelogs"));
        try (InputStream in = entry.openStream()) {
            Files.copy(in, changelogs.resolve(CHANGELOG));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Server.class)
    void updateDeploysEveryChangeAndASecondUpdateAppliesNothing(Server server) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(server, temp.resolve("h2"))) {
            LiquibaseRunner runner = new LiquibaseRunner(changelogs);
            List<Applied> first;
            try (Connection connection = db.open()) {
                assertEquals(liquibaseName(server), runner.database(connection).getShortName(),
                        "Liquibase's database type for " + db);
                runner.update(connection, CHANGELOG);
            }
            try (Connection connection = db.open()) {
                assertDeployed(connection);
                first = changeLog(connection);
            }
            try (Connection connection = db.open()) {
                runner.update(connection, CHANGELOG);
            }
            try (Connection connection = db.open()) {
                assertEquals(first, changeLog(connection), "DATABASECHANGELOG after a second update");
                assertEquals(2, count(connection, "customer"), "rows of customer after a second update");
            }
        }
    }

    /** As on a Job thread in the product: the context class loader sees no bundle at all. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Server.class)
    void updateWorksOnAThreadWhoseContextClassLoaderIsThePlatformLoader(Server server) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(server, temp.resolve("h2"))) {
            ProductThreads.call("liquibase-update-" + server.name().toLowerCase(Locale.ROOT), () -> {
                try (Connection connection = db.open()) {
                    new LiquibaseRunner(changelogs).update(connection, CHANGELOG);
                }
                return null;
            });
            try (Connection connection = db.open()) {
                assertDeployed(connection);
            }
        }
    }

    private static String liquibaseName(Server server) {
        return switch (server) {
            case H2 -> "h2";
            case POSTGRESQL -> "postgresql";
            case MARIADB -> "mariadb";
        };
    }

    /** The objects of the change log, found through JDBC metadata, and one change log row per change set. */
    private static void assertDeployed(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Tables tables = new Tables(meta, connection.getCatalog(), connection.getSchema());
        String customer = tables.name("customer");
        String order = tables.name("purchase_order");
        tables.name("databasechangelog");

        Map<String, Integer> columns = tables.columns(customer);
        assertEquals(List.of("id", "name", "email"), new ArrayList<>(columns.keySet()), "columns of customer");
        assertEquals(255, columns.get("email"), "size of customer.email");
        assertEquals(List.of("id", "customer_id", "total"), new ArrayList<>(tables.columns(order).keySet()),
                "columns of purchase_order");

        assertEquals(List.of("id"), tables.primaryKey(customer), "primary key of customer");
        assertEquals(List.of("id"), tables.primaryKey(order), "primary key of purchase_order");

        Map<String, List<String>> indexes = tables.indexes(customer);
        assertEquals(List.of("email"), indexes.get("idx_customer_email"), "index idx_customer_email in " + indexes);

        assertEquals(List.of("fk_purchase_order_customer: customer_id -> customer.id"), tables.foreignKeys(order),
                "foreign keys of purchase_order");

        assertEquals(2, count(connection, "customer"), "rows inserted into customer");
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT email FROM customer WHERE id = 1")) {
            assertTrue(rs.next());
            assertEquals("ada@example.org", rs.getString(1));
        }

        List<Applied> applied = changeLog(connection);
        assertEquals(CHANGE_SETS, applied.stream().map(Applied::id).toList(), "change sets in DATABASECHANGELOG");
        for (Applied row : applied) {
            assertEquals("strata", row.author(), "author of " + row);
            assertEquals(CHANGELOG, row.filename(), "file of " + row);
            assertEquals("EXECUTED", row.exectype(), "exec type of " + row);
            assertNotNull(row.md5sum(), "MD5SUM of " + row);
            assertTrue(row.md5sum().matches("\\d+:[0-9a-f]{32}"), "MD5SUM of " + row);
        }
    }

    private static List<Applied> changeLog(Connection connection) throws SQLException {
        List<Applied> rows = new ArrayList<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT ID, AUTHOR, FILENAME, MD5SUM, EXECTYPE, ORDEREXECUTED"
                        + " FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED")) {
            while (rs.next()) {
                rows.add(new Applied(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6)));
            }
        }
        return rows;
    }

    private static int count(Connection connection, String table) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            assertTrue(rs.next());
            return rs.getInt(1);
        }
    }

    /**
     * JDBC metadata of the connection's own catalog and schema, with names in lower case (H2 keeps
     * unquoted names in upper case, PostgreSQL in lower case, MariaDB as written).
     */
    private record Tables(DatabaseMetaData meta, String catalog, String schema) {

        /** The table's name as the database stores it. */
        String name(String table) throws SQLException {
            List<String> all = new ArrayList<>();
            try (ResultSet rs = meta.getTables(catalog, schema, null, new String[] {"TABLE"})) {
                while (rs.next()) {
                    all.add(rs.getString("TABLE_NAME"));
                }
            }
            return all.stream().filter(table::equalsIgnoreCase).findFirst()
                    .orElseThrow(() -> new AssertionError("no table " + table + " in " + catalog + "/" + schema + ": " + all));
        }

        /** Column name (lower case) to column size, in column order. */
        Map<String, Integer> columns(String table) throws SQLException {
            Map<String, Integer> columns = new LinkedHashMap<>();
            try (ResultSet rs = meta.getColumns(catalog, schema, table, null)) {
                while (rs.next()) {
                    columns.put(lower(rs.getString("COLUMN_NAME")), rs.getInt("COLUMN_SIZE"));
                }
            }
            return columns;
        }

        List<String> primaryKey(String table) throws SQLException {
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, table)) {
                while (rs.next()) {
                    columns.add(lower(rs.getString("COLUMN_NAME")));
                }
            }
            return columns;
        }

        Map<String, List<String>> indexes(String table) throws SQLException {
            Map<String, List<String>> indexes = new LinkedHashMap<>();
            try (ResultSet rs = meta.getIndexInfo(catalog, schema, table, false, false)) {
                while (rs.next()) {
                    String index = rs.getString("INDEX_NAME");
                    if (index != null) {
                        indexes.computeIfAbsent(lower(index), k -> new ArrayList<>()).add(lower(rs.getString("COLUMN_NAME")));
                    }
                }
            }
            return indexes;
        }

        /** As "fk_name: column -> table.column". */
        List<String> foreignKeys(String table) throws SQLException {
            List<String> keys = new ArrayList<>();
            try (ResultSet rs = meta.getImportedKeys(catalog, schema, table)) {
                while (rs.next()) {
                    keys.add(lower(rs.getString("FK_NAME")) + ": " + lower(rs.getString("FKCOLUMN_NAME")) + " -> "
                            + lower(rs.getString("PKTABLE_NAME")) + "." + lower(rs.getString("PKCOLUMN_NAME")));
                }
            }
            return keys;
        }

        private static String lower(String name) {
            return name == null ? null : name.toLowerCase(Locale.ROOT);
        }
    }
}
