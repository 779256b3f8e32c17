package io.strata.product.tests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;

/**
 * A database of its own on the tests' PostgreSQL server (releng/scripts/test-databases), created as
 * the {@code strata} user (which has CREATEDB) and dropped, with any session still in it, on close.
 */
final class PostgresScratch implements AutoCloseable {

    private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(.*)$");

    final String name;
    final String url;
    final String user;
    final String password;
    private final String adminUrl;

    private PostgresScratch(String name, String url, String user, String password, String adminUrl) {
        this.name = name;
        this.url = url;
        this.user = user;
        this.password = password;
        this.adminUrl = adminUrl;
    }

    /**
     * A test database variable; fails with the reason when it is missing, or aborts the test when
     * STRATA_TEST_DATABASES=skip (as RealDatabasesFromTheProductTest does).
     */
    static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            String problem = System.getenv(name.replaceFirst("_(URL|USER|PASSWORD)$", "_PROBLEM"));
            if ("skip".equals(System.getenv("STRATA_TEST_DATABASES"))) {
                Assumptions.abort("STRATA_TEST_DATABASES=skip and " + name + " is not set");
            }
            throw new AssertionError(name + " is not set" + (problem == null ? "" : " (" + problem + ")")
                    + ": run the tests with releng/scripts/test, which starts the database servers");
        }
        return value;
    }

    static PostgresScratch create() throws SQLException {
        String adminUrl = env("STRATA_TEST_PG_URL");
        String user = env("STRATA_TEST_PG_USER");
        String password = env("STRATA_TEST_PG_PASSWORD");
        Matcher m = URL.matcher(adminUrl);
        if (!m.matches()) {
            throw new AssertionError("STRATA_TEST_PG_URL is not a jdbc:postgresql://host/database URL: " + adminUrl);
        }
        String name = "strata_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return new PostgresScratch(name, m.group(1) + name + m.group(3), user, password, adminUrl);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public void close() throws SQLException {
        // FORCE (PostgreSQL 13+) ends sessions still in it, e.g. the backend of a killed deploy.
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
