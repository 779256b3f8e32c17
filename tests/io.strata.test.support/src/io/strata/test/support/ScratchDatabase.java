package io.strata.test.support;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import io.strata.test.support.TestDatabases.Server;

/**
 * One fresh, empty database that a test owns: made by {@link TestDatabases}, dropped by
 * {@link #close()} (which first closes the connections that {@link #open()} gave out).
 */
public final class ScratchDatabase implements AutoCloseable {

    private final Server server;
    private final String name;
    private final String url;
    private final String user;
    private final String password;
    private final String adminUrl;
    private final String dropStatement;
    private final Driver driver;
    private final Path h2Base;
    private final List<Connection> opened = new ArrayList<>();
    private boolean closed;

    ScratchDatabase(Server server, String name, String url, String user, String password, String adminUrl,
            String dropStatement, Driver driver, Path h2Base) {
        this.server = server;
        this.name = name;
        this.url = url;
        this.user = user;
        this.password = password;
        this.adminUrl = adminUrl;
        this.dropStatement = dropStatement;
        this.driver = driver;
        this.h2Base = h2Base;
    }

    public Server server() {
        return server;
    }

    /** The database's name, {@code strata_} and 12 random hex digits. */
    public String name() {
        return name;
    }

    /** JDBC URL of this database. */
    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** A new connection to this database, opened with the driver class directly. */
    public synchronized Connection open() throws SQLException {
        if (closed) {
            throw new IllegalStateException(this + " is closed");
        }
        Connection connection = TestDatabases.connect(driver(), url, user, password);
        opened.add(connection);
        return connection;
    }

    private Driver driver() {
        return driver != null ? driver : server.driver();
    }

    /** Closes the connections {@link #open()} gave out and drops the database. */
    @Override
    public synchronized void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        for (Connection connection : opened) {
            try {
                connection.close();
            } catch (SQLException e) {
                // dropping below matters more
            }
        }
        opened.clear();
        if (h2Base != null) {
            deleteH2Files();
            return;
        }
        try (Connection admin = TestDatabases.connect(driver(), adminUrl, user, password);
                Statement st = admin.createStatement()) {
            st.execute(dropStatement);
        }
    }

    private void deleteH2Files() throws SQLException {
        Path dir = h2Base.getParent();
        String prefix = h2Base.getFileName() + ".";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, p -> p.getFileName().toString().startsWith(prefix))) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new SQLException("cannot delete H2 database files " + h2Base + ".*", e);
        }
    }

    @Override
    public String toString() {
        return server.displayName() + " " + name + " (" + url + ")";
    }
}
