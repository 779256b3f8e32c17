package io.strata.core.project;

import java.util.Locale;

/**
 * The kinds of database a stage can be, with what Strata needs to reach one: the JDBC driver
 * class, the default port and how a JDBC URL is made from host, port and database.
 */
public enum DatabaseType {
    H2("h2", "H2", "org.h2.Driver", 0, "jdbc:h2:file:", "bundled with Strata"),
    POSTGRESQL("postgresql", "PostgreSQL", "org.postgresql.Driver", 5432, "jdbc:postgresql://%s:%d/%s", site("PostgreSQL", "the pgJDBC jar")),
    MARIADB("mariadb", "MariaDB", "org.mariadb.jdbc.Driver", 3306, "jdbc:mariadb://%s:%d/%s", site("MariaDB", "the MariaDB Connector/J jar")),
    MYSQL("mysql", "MySQL", "com.mysql.cj.jdbc.Driver", 3306, "jdbc:mysql://%s:%d/%s", site("MySQL", "MySQL Connector/J (mysql-connector-j)")),
    SQLSERVER("sqlserver", "SQL Server", "com.microsoft.sqlserver.jdbc.SQLServerDriver", 1433,
            "jdbc:sqlserver://%s:%d;databaseName=%s", site("SQL Server", "the Microsoft JDBC Driver for SQL Server (mssql-jdbc)")),
    ORACLE("oracle", "Oracle", "oracle.jdbc.OracleDriver", 1521, null, site("Oracle", "the Oracle JDBC driver (ojdbc11)")),
    DB2("db2", "Db2", "com.ibm.db2.jcc.DB2Driver", 50000, "jdbc:db2://%s:%d/%s",
            "Put the IBM Db2 JDBC driver (jcc) into the jdbc_drivers folder (its licence does not let Strata's update site ship it)"),
    SQLITE("sqlite", "SQLite", "org.sqlite.JDBC", 0, "jdbc:sqlite:", site("SQLite", "the sqlite-jdbc jar")),
    DERBY("derby", "Apache Derby", "org.apache.derby.iapi.jdbc.AutoloadedDriver", 0, "jdbc:derby:", site("Apache Derby", "derby, derbyshared and derbytools jars")),
    HSQLDB("hsqldb", "HSQLDB", "org.hsqldb.jdbc.JDBCDriver", 0, "jdbc:hsqldb:file:", site("HSQLDB", "the hsqldb jar"));

    private static String site(String name, String jar) {
        return "Install '" + name + " JDBC Driver' (Help > Install New Software, Strata's driver update site, category Database Drivers), or put "
                + jar + " into the jdbc_drivers folder";
    }

    private final String id;
    private final String displayName;
    private final String driverClass;
    private final int defaultPort;
    private final String urlPattern;
    private final String howToInstallDriver;

    DatabaseType(String id, String displayName, String driverClass, int defaultPort, String urlPattern,
            String howToInstallDriver) {
        this.id = id;
        this.displayName = displayName;
        this.driverClass = driverClass;
        this.defaultPort = defaultPort;
        this.urlPattern = urlPattern;
        this.howToInstallDriver = howToInstallDriver;
    }

    /** The name used in deployment plan files ({@code type: postgresql}). */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public String driverClass() {
        return driverClass;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /**
     * Whether the database is a file (or folder) opened in-process, with no server: its stages
     * have a {@code url} or a {@code database} path, and no host, port or password.
     */
    public boolean embedded() {
        return defaultPort == 0;
    }

    /** The URL a new embedded stage named {@code name} gets: a file under the project's {@code .strata} folder. */
    public String defaultEmbeddedUrl(String name) {
        String file = "${project.dir}/.strata/" + id + "/" + name;
        return switch (this) {
            case SQLITE -> urlPattern + file + ".db";
            case DERBY -> urlPattern + file + ";create=true";
            default -> urlPattern + file;
        };
    }

    /** What a user does to get this type's JDBC driver. */
    public String howToInstallDriver() {
        return howToInstallDriver;
    }

    /** The type with this id (case-insensitive; "mssql" and "postgres" are accepted too), or null. */
    public static DatabaseType byId(String id) {
        if (id == null) {
            return null;
        }
        String key = id.trim().toLowerCase(Locale.ROOT);
        switch (key) {
            case "postgres":
                return POSTGRESQL;
            case "mssql":
                return SQLSERVER;
            default:
                for (DatabaseType type : values()) {
                    if (type.id.equals(key)) {
                        return type;
                    }
                }
                return null;
        }
    }

    /**
     * The JDBC URL of a connection that has no URL override.
     *
     * @throws IllegalArgumentException naming what is missing
     */
    public String url(ConnectionSpec spec) {
        int port = spec.port() > 0 ? spec.port() : defaultPort;
        switch (this) {
            case H2, SQLITE, DERBY, HSQLDB:
                if (spec.database() == null) {
                    throw new IllegalArgumentException("an " + displayName + " stage needs 'url' (e.g. " + defaultEmbeddedUrl("dev")
                            + ") or 'database' (a file path)");
                }
                return urlPattern + spec.database() + (this == DERBY ? ";create=true" : "");
            case ORACLE:
                requireHost(spec);
                if (spec.service() != null) {
                    return "jdbc:oracle:thin:@//" + spec.host() + ":" + port + "/" + spec.service();
                }
                if (spec.sid() != null) {
                    return "jdbc:oracle:thin:@" + spec.host() + ":" + port + ":" + spec.sid();
                }
                throw new IllegalArgumentException("an Oracle stage needs 'sid' (e.g. ORCL) or 'service'");
            default:
                requireHost(spec);
                if (spec.database() == null) {
                    throw new IllegalArgumentException("a " + displayName + " stage needs 'database'");
                }
                return String.format(Locale.ROOT, urlPattern, spec.host(), port, spec.database());
        }
    }

    private void requireHost(ConnectionSpec spec) {
        if (spec.host() == null) {
            throw new IllegalArgumentException("a " + displayName + " stage needs 'host' (or a 'url')");
        }
    }
}
