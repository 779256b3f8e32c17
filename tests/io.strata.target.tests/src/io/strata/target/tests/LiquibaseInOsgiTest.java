package io.strata.target.tests;

import io.strata.test.support.ProductThreads;

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
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

import io.strata.liquibase.LiquibaseRunner;

/** Liquibase 4.33 inside OSGi: {@code update} of an XML change log into an embedded H2 file database. */
class LiquibaseInOsgiTest {

    private static final String CHANGELOG = "smoke.changelog.xml";

    @TempDir
    Path temp;

    private Path changelogs;

    @BeforeEach
    void copyChangelogOutOfTheBundle() throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(LiquibaseInOsgiTest.class);
        assertNotNull(bundle, "the test class is not loaded by a bundle: not running inside OSGi");
        URL entry = bundle.getEntry("resources/changelogs/" + CHANGELOG);
        assertNotNull(entry, "resources/changelogs/" + CHANGELOG + " is not in bundle " + bundle.getSymbolicName());
        changelogs = Files.createDirectories(temp.resolve("changelogs"));
        try (InputStream in = entry.openStream()) {
            Files.copy(in, changelogs.resolve(CHANGELOG));
        }
    }

    @Test
    void updateCreatesTableColumnsAndIndexAndRecordsTheChangeSets() throws Exception {
        try (Connection connection = openH2(temp.resolve("db/strata"))) {
            new LiquibaseRunner(changelogs).update(connection, CHANGELOG);
            assertSchema(connection);

            // A second update finds nothing pending and applies nothing twice.
            new LiquibaseRunner(changelogs).update(connection, CHANGELOG);
            assertEquals(List.of("1-create-person", "2-add-email", "3-index-email"), appliedChangeSets(connection));
        }
    }

    @Test
    void updateWorksOnAThreadWhoseContextClassLoaderIsThePlatformLoader() throws Exception {
        Path database = temp.resolve("job-db/strata");
        ProductThreads.call("liquibase-update-on-job-thread", () -> {
            try (Connection connection = openH2(database)) {
                new LiquibaseRunner(changelogs).update(connection, CHANGELOG);
            }
            return null;
        });
        try (Connection connection = openH2(database)) {
            assertSchema(connection);
        }
    }

    /**
     * What the product needs around liquibase-core: opencsv wired to its optional import (its change
     * scan needs it) and the ServiceLoader mediator that its Require-Capability names, started.
     */
    @Test
    void liquibaseIsWiredToOpencsvAndToAStartedServiceLoaderMediator() {
        Bundle core = FrameworkUtil.getBundle(liquibase.Scope.class);
        assertEquals("org.liquibase.core", core.getSymbolicName());
        BundleWiring wiring = core.adapt(BundleWiring.class);
        assertNotNull(wiring, "org.liquibase.core is not resolved");

        String opencsv = wiring.getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE).stream()
                .filter(w -> "com.opencsv".equals(w.getCapability().getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE)))
                .map(w -> w.getProvider().getSymbolicName()).findFirst().orElse(null);
        assertEquals("com.opencsv", opencsv, "provider of package com.opencsv to org.liquibase.core");

        List<BundleWire> extenders = wiring.getRequiredWires("osgi.extender");
        assertEquals(2, extenders.size(), "osgi.extender wires of org.liquibase.core: " + extenders);
        for (BundleWire wire : extenders) {
            Bundle mediator = wire.getProvider().getBundle();
            assertEquals("org.apache.aries.spifly.dynamic.bundle", mediator.getSymbolicName());
            assertEquals(Bundle.ACTIVE, mediator.getState(), "state of the ServiceLoader mediator");
        }
    }

    /** Opens the connection with H2's driver directly (not through DriverManager). */
    private static Connection openH2(Path file) throws SQLException {
        Connection connection = new org.h2.Driver().connect("jdbc:h2:file:" + file.toAbsolutePath(), new Properties());
        assertNotNull(connection, "H2 did not accept its own URL");
        return connection;
    }

    private static void assertSchema(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Map<String, String> columns = new LinkedHashMap<>();
        try (ResultSet rs = meta.getColumns(null, null, "PERSON", null)) {
            while (rs.next()) {
                columns.put(rs.getString("COLUMN_NAME"), rs.getString("TYPE_NAME"));
            }
        }
        assertEquals(List.of("ID", "NAME", "EMAIL"), new ArrayList<>(columns.keySet()), "columns of PERSON");
        assertEquals("BIGINT", columns.get("ID"));
        assertEquals("CHARACTER VARYING", columns.get("EMAIL"));

        List<String> primaryKey = new ArrayList<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, null, "PERSON")) {
            while (rs.next()) {
                primaryKey.add(rs.getString("COLUMN_NAME"));
            }
        }
        assertEquals(List.of("ID"), primaryKey, "primary key of PERSON");

        Map<String, List<String>> indexes = new LinkedHashMap<>();
        try (ResultSet rs = meta.getIndexInfo(null, null, "PERSON", false, false)) {
            while (rs.next()) {
                indexes.computeIfAbsent(rs.getString("INDEX_NAME"), k -> new ArrayList<>()).add(rs.getString("COLUMN_NAME"));
            }
        }
        assertEquals(List.of("EMAIL"), indexes.get("IDX_PERSON_EMAIL"), "index IDX_PERSON_EMAIL in " + indexes);

        assertEquals(List.of("1-create-person", "2-add-email", "3-index-email"), appliedChangeSets(connection));
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM DATABASECHANGELOG WHERE AUTHOR = 'strata'"
                        + " AND FILENAME = '" + CHANGELOG + "' AND EXECTYPE = 'EXECUTED' AND MD5SUM IS NOT NULL")) {
            assertTrue(rs.next());
            assertEquals(3, rs.getInt(1), "executed change sets of " + CHANGELOG);
        }
        // The table works.
        try (Statement st = connection.createStatement()) {
            assertEquals(1, st.executeUpdate("INSERT INTO PERSON (ID, NAME, EMAIL) VALUES (1, 'Ada', 'ada@example.org')"));
            st.executeUpdate("DELETE FROM PERSON");
        }
    }

    private static List<String> appliedChangeSets(Connection connection) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT ID FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }
}
