package io.strata.connection;

import java.nio.file.Path;
import java.util.List;

import io.strata.core.project.DatabaseType;

/** No JDBC driver for a type of database; the message says how to install one. */
public final class MissingDriverException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient DatabaseType type;

    MissingDriverException(DatabaseType type, List<Path> folders) {
        super("No " + type.displayName() + " JDBC driver (" + type.driverClass() + ") is installed. "
                + type.howToInstallDriver() + (folders.isEmpty() ? "" : " (searched: " + folders + ")") + ".");
        this.type = type;
    }

    public DatabaseType type() {
        return type;
    }
}
