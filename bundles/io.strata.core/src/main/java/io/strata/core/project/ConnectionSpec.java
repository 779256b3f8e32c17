package io.strata.core.project;

import java.util.Map;

/**
 * How to reach a stage's database. Never holds a password: those come from a
 * {@link io.strata.core.project.Credentials} at connect time.
 *
 * @param type the kind of database
 * @param host host name, or null (H2, or when {@code url} is given)
 * @param port port, or 0 for the type's default
 * @param database database name (H2: a file path)
 * @param sid Oracle SID, or null
 * @param service Oracle service name, or null
 * @param user user name, or null
 * @param url a JDBC URL that overrides host, port and database, with {@code ${project.dir}} replaced
 * @param defaultSchema the schema Liquibase works in, or null for the user's default
 * @param properties extra JDBC properties
 */
public record ConnectionSpec(DatabaseType type, String host, int port, String database, String sid, String service,
        String user, String url, String defaultSchema, Map<String, String> properties) {

    public ConnectionSpec {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    /** The JDBC URL: the override if there is one, else made from the parts. */
    public String jdbcUrl() {
        return url != null ? url : type.url(this);
    }
}
