package io.strata.connection;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

import io.strata.core.project.ConnectionSpec;
import io.strata.core.project.Credentials;
import io.strata.core.project.CredentialsException;
import io.strata.core.project.DatabaseType;
import io.strata.core.project.Stage;

/**
 * Opens connections to stages and tests them. Passwords are asked for at each connect, handed to
 * the driver and cleared; they are never kept or logged.
 */
public final class StageConnector {

    /** Seconds to wait for a server before a connection attempt counts as timed out. */
    public static final int CONNECT_TIMEOUT_SECONDS = 15;

    /** The outcome of Test Connection. */
    public record TestResult(String stage, String url, boolean ok, String product, String productVersion, String user,
            long connectMillis, long roundTripMillis, ConnectionFailure failure, String message) {
    }

    private final JdbcDrivers drivers;
    private final Credentials credentials;

    public StageConnector(JdbcDrivers drivers, Credentials credentials) {
        this.drivers = drivers;
        this.credentials = credentials;
    }

    /**
     * Opens a connection to the stage's database; the caller closes it.
     *
     * @throws ConnectionException classified, with a message that says what to check
     */
    public Connection open(Stage stage) throws ConnectionException {
        ConnectionSpec spec = stage.connection();
        String url = spec.jdbcUrl();
        JdbcDrivers.Found driver;
        try {
            driver = drivers.find(spec.type());
        } catch (MissingDriverException e) {
            throw new ConnectionException(ConnectionFailure.MISSING_DRIVER, e.getMessage(), e);
        }
        char[] password;
        try {
            password = credentials.password(stage);
        } catch (CredentialsException e) {
            throw new ConnectionException(ConnectionFailure.NO_PASSWORD, "Stage " + stage.name() + ": " + e.getMessage(), e);
        }
        Properties properties = new Properties();
        properties.putAll(spec.properties());
        timeouts(spec.type(), properties);
        if (spec.user() != null) {
            properties.setProperty("user", spec.user());
        }
        if (password != null) {
            properties.setProperty("password", new String(password));
            Arrays.fill(password, '\0');
        }
        try {
            Connection connection = driver.driver().connect(url, properties);
            if (connection == null) {
                throw new ConnectionException(ConnectionFailure.OTHER, "Stage " + stage.name() + ": the "
                        + spec.type().displayName() + " driver does not accept the URL " + url
                        + "; check the stage's 'url' or 'type'", null);
            }
            if (spec.defaultSchema() != null && spec.type() != DatabaseType.MARIADB && spec.type() != DatabaseType.MYSQL) {
                try {
                    connection.setSchema(spec.defaultSchema());
                } catch (SQLException e) {
                    connection.close();
                    throw new ConnectionException(ConnectionFailure.OTHER, "Stage " + stage.name()
                            + ": cannot use schema '" + spec.defaultSchema() + "': " + e.getMessage(), e);
                }
            }
            return spec.type() == DatabaseType.DERBY ? rollingBackOnClose(connection) : connection;
        } catch (SQLException e) {
            throw classify(stage, url, e);
        } finally {
            properties.remove("password");
        }
    }

    /**
     * Derby refuses to close a connection inside a transaction (other databases roll it back);
     * work commits what it keeps, so whatever is still open when the work is done (a read
     * Liquibase left open) is rolled back before closing.
     */
    private static Connection rollingBackOnClose(Connection connection) {
        return (Connection) java.lang.reflect.Proxy.newProxyInstance(StageConnector.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    try {
                        if (method.getName().equals("close") && method.getParameterCount() == 0 && !connection.isClosed() && !connection.getAutoCommit()) {
                            connection.rollback();
                        }
                        return method.invoke(connection, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static void timeouts(DatabaseType type, Properties properties) {
        switch (type) {
            case POSTGRESQL -> {
                properties.putIfAbsent("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
                properties.putIfAbsent("loginTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
            }
            case MARIADB, MYSQL -> properties.putIfAbsent("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS * 1000));
            case SQLSERVER -> properties.putIfAbsent("loginTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
            default -> {
                // H2, Oracle, Db2: driver defaults
            }
        }
    }

    /** Connects, asks the database who and what it is, and measures a round trip. Never throws. */
    public TestResult test(Stage stage) {
        String url;
        try {
            url = stage.connection().jdbcUrl();
        } catch (IllegalArgumentException e) {
            return new TestResult(stage.name(), null, false, null, null, null, 0, 0, ConnectionFailure.OTHER, e.getMessage());
        }
        long start = System.nanoTime();
        try (Connection connection = open(stage)) {
            long connected = System.nanoTime();
            DatabaseMetaData meta = connection.getMetaData();
            long before = System.nanoTime();
            connection.isValid(CONNECT_TIMEOUT_SECONDS);
            long roundTrip = System.nanoTime() - before;
            return new TestResult(stage.name(), url, true, meta.getDatabaseProductName(), meta.getDatabaseProductVersion(),
                    meta.getUserName(), (connected - start) / 1_000_000, Math.max(roundTrip / 1_000_000, 0),
                    null, "Connected to " + meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion()
                            + " as " + meta.getUserName());
        } catch (ConnectionException e) {
            return new TestResult(stage.name(), url, false, null, null, null, (System.nanoTime() - start) / 1_000_000, 0,
                    e.failure(), e.getMessage());
        } catch (SQLException e) {
            ConnectionException classified = classify(stage, url, e);
            return new TestResult(stage.name(), url, false, null, null, null, (System.nanoTime() - start) / 1_000_000, 0,
                    classified.failure(), classified.getMessage());
        }
    }

    static ConnectionException classify(Stage stage, String url, SQLException e) {
        ConnectionSpec spec = stage.connection();
        String where = spec.host() != null ? spec.host() + ":" + (spec.port() > 0 ? spec.port() : spec.type().defaultPort()) : url;
        String prefix = "Stage " + stage.name() + " (" + where + "): ";
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return new ConnectionException(ConnectionFailure.UNKNOWN_HOST, prefix + "unknown host '" + hostOf(spec, t)
                        + "'. Check the stage's host name, or your DNS or VPN.", e);
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return new ConnectionException(ConnectionFailure.REFUSED, prefix + "nothing accepts connections there. "
                        + "Is the database running, and are host and port right?", e);
            }
            if (t instanceof SocketTimeoutException) {
                return new ConnectionException(ConnectionFailure.TIMEOUT, prefix + "no answer within "
                        + CONNECT_TIMEOUT_SECONDS + " s. Check the host and port, and firewalls or security groups in between.", e);
            }
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage();
        String lower = message.toLowerCase(Locale.ROOT);
        if (state.startsWith("28") || e.getErrorCode() == 1045 || lower.contains("password authentication failed")
                || lower.contains("access denied") || lower.contains("wrong user name or password")) {
            return new ConnectionException(ConnectionFailure.BAD_CREDENTIALS, prefix + "the database refused user '"
                    + spec.user() + "' with this password. Check the user in the deployment plan and the password ("
                    + stage.passwordVariable() + ", --password-file, or the prompt).", e);
        }
        if (state.equals("3D000") || e.getErrorCode() == 1049 || e.getErrorCode() == 90146
                || (lower.contains("database") && (lower.contains("does not exist") || lower.contains("unknown database")
                        || lower.contains("not found")))) {
            return new ConnectionException(ConnectionFailure.UNKNOWN_DATABASE, prefix + "the database '"
                    + (spec.database() != null ? spec.database() : url) + "' does not exist there. Check the stage's database name.", e);
        }
        if (lower.contains("timed out") || lower.contains("timeout")) {
            return new ConnectionException(ConnectionFailure.TIMEOUT, prefix + message, e);
        }
        return new ConnectionException(ConnectionFailure.OTHER, prefix + message, e);
    }

    private static String hostOf(ConnectionSpec spec, Throwable t) {
        return spec.host() != null ? spec.host() : String.valueOf(t.getMessage());
    }
}
