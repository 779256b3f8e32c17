package io.strata.test.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.junit.jupiter.api.Assumptions;

/**
 * Fresh, empty scratch databases for tests: one per call, on embedded H2 or on the PostgreSQL and
 * MariaDB servers that {@code releng/scripts/test-databases} starts ({@code releng/scripts/test}
 * does that before Maven). Close the {@link ScratchDatabase} to drop it.
 *
 * <p>The servers are found through the environment variables that script exports:
 * {@code STRATA_TEST_PG_URL}, {@code _USER}, {@code _PASSWORD} and {@code STRATA_TEST_MARIADB_URL},
 * {@code _USER}, {@code _PASSWORD} (or the system properties {@code strata.test.pg.url} etc.). The
 * user must be allowed to create databases named {@code strata_*}. When a server is missing the
 * test fails with an {@link AssertionError} that says why and what to run, unless
 * {@code STRATA_TEST_DATABASES=skip} is set: then it is skipped (aborted) with that reason.
 *
 * <p>Connections are opened through the driver classes directly, not {@code DriverManager}, which
 * does not see drivers in other bundles inside OSGi.
 */
public final class TestDatabases {

    /** The script that starts the servers and exports their connection variables. */
    public static final String SCRIPT = "releng/scripts/test-databases";

    /** The database kinds a test can ask for. */
    public enum Server {
        H2("H2", null, org.h2.Driver::new),
        POSTGRESQL("PostgreSQL", "PG", org.postgresql.Driver::new),
        MARIADB("MariaDB", "MARIADB", org.mariadb.jdbc.Driver::new);

        private final String displayName;
        private final String variablePrefix;
        private final Supplier<Driver> driver;

        Server(String displayName, String variable, Supplier<Driver> driver) {
            this.displayName = displayName;
            this.variablePrefix = variable == null ? null : "STRATA_TEST_" + variable + "_";
            this.driver = driver;
        }

        public String displayName() {
            return displayName;
        }

        Driver driver() {
            return driver.get();
        }

        @Override
        public String toString() {
            return displayName;
        }
    }

    private static final Set<Server> REPORTED_SKIPS = ConcurrentHashMap.newKeySet();

    private TestDatabases() {
    }

    /** A new empty database on the test PostgreSQL server. */
    public static ScratchDatabase postgres() {
        return onServer(Server.POSTGRESQL);
    }

    /** A new empty database on the test MariaDB server. */
    public static ScratchDatabase mariadb() {
        return onServer(Server.MARIADB);
    }

    /** A new empty embedded H2 file database in {@code dir}. */
    public static ScratchDatabase h2(Path dir) {
        String name = scratchName();
        Path base;
        try {
            base = Files.createDirectories(dir).toAbsolutePath().resolve(name);
        } catch (java.io.IOException e) {
            throw new AssertionError("cannot create directory " + dir + " for an H2 scratch database", e);
        }
        return new ScratchDatabase(Server.H2, name, "jdbc:h2:file:" + base, "sa", "", null, null, null, base);
    }

    /** A new empty database of kind {@code server}; {@code h2Dir} is used for H2 only. */
    public static ScratchDatabase create(Server server, Path h2Dir) {
        return server == Server.H2 ? h2(h2Dir) : onServer(server);
    }

    /** True when {@code STRATA_TEST_DATABASES=skip}: tests that need a missing server are skipped. */
    public static boolean skipWhenMissing() {
        return "skip".equalsIgnoreCase(setting("STRATA_TEST_DATABASES"));
    }

    private static ScratchDatabase onServer(Server server) {
        String adminUrl = setting(server.variablePrefix + "URL");
        String user = setting(server.variablePrefix + "USER");
        String password = setting(server.variablePrefix + "PASSWORD");
        if (adminUrl == null || user == null || password == null) {
            String problem = setting(server.variablePrefix + "PROBLEM");
            missing(server, (problem != null ? problem : server.variablePrefix + "URL, _USER and _PASSWORD are not all set")
                    + ".", null);
        }
        String name = scratchName();
        String quoted = server == Server.MARIADB ? "`" + name + "`" : "\"" + name + "\"";
        try (Connection admin = connect(server.driver(), adminUrl, user, password);
                Statement st = admin.createStatement()) {
            st.execute("CREATE DATABASE " + quoted);
        } catch (SQLException e) {
            missing(server, "cannot create a scratch database on " + adminUrl + " as " + user + ": " + e.getMessage()
                    + ".", e);
        }
        String drop = server == Server.POSTGRESQL
                ? "DROP DATABASE IF EXISTS " + quoted + " WITH (FORCE)"
                : "DROP DATABASE IF EXISTS " + quoted;
        return new ScratchDatabase(server, name, withDatabase(adminUrl, name), user, password, adminUrl, drop,
                server.driver(), null);
    }

    /** Fails the test, or skips it when {@code STRATA_TEST_DATABASES=skip}. */
    private static void missing(Server server, String problem, Throwable cause) {
        String message = server.displayName() + " for tests: " + problem + " Start the test servers with " + SCRIPT
                + " start (as root; releng/scripts/test does it before Maven), or set STRATA_TEST_DATABASES=skip to skip"
                + " the tests that need a database server.";
        if (skipWhenMissing()) {
            // Test reports hide the reason of a skip: say it in the build's output, once per server.
            if (REPORTED_SKIPS.add(server)) {
                System.err.println("[SKIPPED] Tests on " + server.displayName() + ", as STRATA_TEST_DATABASES=skip asks: "
                        + message);
            }
            Assumptions.abort("STRATA_TEST_DATABASES=skip: " + message);
        }
        throw new AssertionError(message, cause);
    }

    static Connection connect(Driver driver, String url, String user, String password) throws SQLException {
        java.util.Properties props = new java.util.Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        Connection connection = driver.connect(url, props);
        if (connection == null) {
            throw new SQLException(driver.getClass().getName() + " does not accept the URL " + url);
        }
        return connection;
    }

    /** Environment variable {@code name}, else system property {@code name} in lower case with dots. */
    static String setting(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name.toLowerCase(Locale.ROOT).replace('_', '.'));
        }
        return value == null || value.isBlank() ? null : value;
    }

    private static String scratchName() {
        return "strata_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** {@code jdbc:kind://host:port/db?params} with another database name. */
    static String withDatabase(String url, String database) {
        int hosts = url.indexOf("//");
        if (hosts < 0) {
            throw new IllegalArgumentException("not a jdbc:<kind>://host:port/database URL: " + url);
        }
        int slash = url.indexOf('/', hosts + 2);
        int end = url.length();
        for (char c : new char[] {'?', ';'}) {
            int i = url.indexOf(c, hosts + 2);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        if (slash < 0 || slash > end) {
            return url.substring(0, end) + "/" + database + url.substring(end);
        }
        return url.substring(0, slash + 1) + database + url.substring(end);
    }
}
