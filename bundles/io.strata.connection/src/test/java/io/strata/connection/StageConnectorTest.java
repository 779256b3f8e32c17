package io.strata.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.strata.core.project.ConnectionSpec;
import io.strata.core.project.CredentialsException;
import io.strata.core.project.DatabaseType;
import io.strata.core.project.Stage;

class StageConnectorTest {

    @TempDir
    Path temp;

    private final JdbcDrivers drivers = new JdbcDrivers(List.of());

    private static Stage stage(DatabaseType type, String host, int port, String database, String user, String url) {
        return new Stage("TEST", false, new ConnectionSpec(type, host, port, database, null, null, user, url, null, null),
                List.of(), null, null, false, 1);
    }

    private StageConnector connector(String password) {
        return new StageConnector(drivers, stage -> password == null ? null : password.toCharArray());
    }

    @Test
    void testConnectionReportsProductVersionUserAndTimes() {
        Stage h2 = stage(DatabaseType.H2, null, 0, temp.resolve("db").toString(), "sa", null);
        StageConnector.TestResult result = connector("").test(h2);
        assertTrue(result.ok(), result.message());
        assertEquals("H2", result.product());
        assertTrue(result.productVersion().startsWith("2."), result.productVersion());
        assertEquals("SA", result.user());
        assertTrue(result.connectMillis() >= 0 && result.roundTripMillis() >= 0);
    }

    @Test
    void aWrongPasswordIsReportedAsSuch() throws Exception {
        Stage h2 = stage(DatabaseType.H2, null, 0, temp.resolve("secured").toString(), "owner", null);
        try (Connection c = connector("right").open(h2); Statement s = c.createStatement()) {
            s.execute("SELECT 1");
        }
        StageConnector.TestResult result = connector("wrong").test(h2);
        assertFalse(result.ok());
        assertEquals(ConnectionFailure.BAD_CREDENTIALS, result.failure(), result.message());
        assertTrue(result.message().contains("refused user 'owner'") && result.message().contains("STRATA_PASSWORD_TEST"),
                result.message());
        assertFalse(result.message().contains("wrong"), "the password never appears in a message");
    }

    @Test
    void anUnknownHostIsReportedAsSuch() {
        StageConnector.TestResult result = connector("x").test(stage(DatabaseType.POSTGRESQL, "no-such-host.invalid", 0, "shop", "u", null));
        assertEquals(ConnectionFailure.UNKNOWN_HOST, result.failure(), result.message());
        assertTrue(result.message().contains("unknown host 'no-such-host.invalid'"), result.message());
    }

    @Test
    void aClosedPortIsReportedAsRefused() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        StageConnector.TestResult result = connector("x").test(stage(DatabaseType.POSTGRESQL, "127.0.0.1", port, "shop", "u", null));
        assertEquals(ConnectionFailure.REFUSED, result.failure(), result.message());
        assertTrue(result.message().contains("127.0.0.1:" + port) && result.message().contains("Is the database running"),
                result.message());
    }

    @Test
    void anUnknownH2DatabaseIsReportedWhenItMayNotBeCreated() {
        Stage h2 = stage(DatabaseType.H2, null, 0, null, "sa", "jdbc:h2:file:" + temp.resolve("absent") + ";IFEXISTS=TRUE");
        StageConnector.TestResult result = connector("").test(h2);
        assertEquals(ConnectionFailure.UNKNOWN_DATABASE, result.failure(), result.message());
    }

    @Test
    void aMissingDriverSaysHowToInstallIt() {
        StageConnector.TestResult result = connector("x").test(new Stage("PROD", false,
                new ConnectionSpec(DatabaseType.ORACLE, "db", 0, null, "ORCL", null, "u", null, null, null), List.of(), null, null, false, 1));
        assertEquals(ConnectionFailure.MISSING_DRIVER, result.failure(), result.message());
        assertTrue(result.message().contains("No Oracle JDBC driver (oracle.jdbc.OracleDriver)")
                && result.message().contains("jdbc_drivers"), result.message());
    }

    @Test
    void cliCredentialsComeFromFileThenEnvironmentAndNeverFromTheProject() throws Exception {
        Path project = Files.createDirectories(temp.resolve("project"));
        Stage pg = stage(DatabaseType.POSTGRESQL, "h", 0, "d", "u", null);

        assertEquals("from-env", new String(new CliCredentials(Map.of("STRATA_PASSWORD_TEST", "from-env"), null, project, null).password(pg)));

        Path outside = Files.writeString(temp.resolve("pw.txt"), "from-file\n");
        assertEquals("from-file", new String(new CliCredentials(Map.of("STRATA_PASSWORD_TEST", "from-env"), outside, project, null).password(pg)));

        Path inside = Files.writeString(project.resolve("pw.txt"), "leaked");
        CredentialsException e = assertThrows(CredentialsException.class,
                () -> new CliCredentials(Map.of(), inside, project, null).password(pg));
        assertTrue(e.getMessage().contains("inside the project"), e.getMessage());

        CredentialsException none = assertThrows(CredentialsException.class,
                () -> new CliCredentials(Map.of(), null, project, null).password(pg));
        assertTrue(none.getMessage().contains("STRATA_PASSWORD_TEST") && none.getMessage().contains("--password-file"),
                none.getMessage());
    }
}
