package io.strata.target.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The JDBC drivers of the target load from their bundles inside OSGi (no database servers needed). */
class JdbcDriversInOsgiTest {

    @Test
    void postgresqlDriverLoadsFromItsBundleAndAcceptsItsUrls() throws Exception {
        Driver driver = load("org.postgresql.Driver", "org.postgresql.jdbc");
        assertTrue(driver.acceptsURL("jdbc:postgresql://127.0.0.1:5432/strata"));
        assertTrue(driver.acceptsURL("jdbc:postgresql://db.strata.invalid/strata?sslmode=disable"));
        assertFalse(driver.acceptsURL("jdbc:mariadb://127.0.0.1:3306/strata"));
        assertTrue(driver.getMajorVersion() >= 42, "PostgreSQL driver version " + driver.getMajorVersion());
    }

    @Test
    void mariadbDriverLoadsFromItsBundleAndAcceptsItsUrls() throws Exception {
        Driver driver = load("org.mariadb.jdbc.Driver", "mariadb-java-client");
        assertTrue(driver.acceptsURL("jdbc:mariadb://127.0.0.1:3306/strata"));
        assertTrue(driver.acceptsURL("jdbc:mariadb://db.strata.invalid/strata?user=strata"));
        assertFalse(driver.acceptsURL("jdbc:postgresql://127.0.0.1:5432/strata"));
        assertEquals(3, driver.getMajorVersion());
    }

    @Test
    void h2OpensAnInMemoryConnection() throws Exception {
        Driver driver = load("org.h2.Driver", "com.h2database");
        assertTrue(driver.acceptsURL("jdbc:h2:mem:strata"));
        try (Connection connection = driver.connect("jdbc:h2:mem:strata_smoke;DB_CLOSE_DELAY=0", new Properties())) {
            assertNotNull(connection);
            try (Statement st = connection.createStatement()) {
                st.execute("CREATE TABLE T (ID INT PRIMARY KEY, NAME VARCHAR(20))");
                st.execute("INSERT INTO T VALUES (1, 'strata'), (2, 'osgi')");
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*), MAX(NAME) FROM T")) {
                    assertTrue(rs.next());
                    assertEquals(2, rs.getInt(1));
                    assertEquals("strata", rs.getString(2));
                }
            }
            assertEquals("H2", connection.getMetaData().getDatabaseProductName());
        }
    }

    /** Loads the driver class through the test bundle's wiring and checks which bundle defined it. */
    private static Driver load(String className, String bundleName) throws Exception {
        Class<?> type = Class.forName(className, true, JdbcDriversInOsgiTest.class.getClassLoader());
        Bundle bundle = FrameworkUtil.getBundle(type);
        assertNotNull(bundle, className + " was not loaded from a bundle");
        assertEquals(bundleName, bundle.getSymbolicName(), "bundle of " + className);
        assertTrue(Driver.class.isAssignableFrom(type));
        return (Driver) type.getDeclaredConstructor().newInstance();
    }
}
