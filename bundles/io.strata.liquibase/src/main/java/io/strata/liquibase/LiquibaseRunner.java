package io.strata.liquibase;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;

import liquibase.Scope;
import liquibase.command.CommandResults;
import liquibase.command.CommandScope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Runs Liquibase commands on a connection that the caller opened, with change logs read from a
 * project directory.
 *
 * <p>Inside OSGi, Liquibase finds its services with {@code Scope.getClassLoader()} or the thread's
 * context class loader; on a Job thread or in a product that loader does not see Liquibase's own
 * classes (liquibase issues #3660 and #2054). Every call therefore runs inside a {@link Scope}
 * whose class loader is Liquibase's, with the thread context class loader set to the same loader
 * for the duration of the call.
 */
public final class LiquibaseRunner {

    /** Work to run inside a Liquibase scope. */
    @FunctionalInterface
    public interface ScopedWork<T> {
        T run() throws Exception;
    }

    static {
        // Strata never reports usage to anyone.
        if (System.getProperty("liquibase.analytics.enabled") == null) {
            System.setProperty("liquibase.analytics.enabled", "false");
        }
    }

    private final Path changelogRoot;
    private final Map<String, Object> settings = new HashMap<>();
    private ClassLoader extensions;

    /** @param changelogRoot the directory that change log paths are relative to */
    public LiquibaseRunner(Path changelogRoot) {
        this.changelogRoot = changelogRoot;
        // Liquibase's update summary goes to its log; Strata reports what was applied itself.
        settings.put("liquibase.command.showSummaryOutput", "LOG");
    }

    /**
     * Sets a Liquibase setting (e.g. {@code liquibase.changelogLockWaitTimeInMinutes}) for the calls
     * of this runner.
     */
    public LiquibaseRunner setting(String key, Object value) {
        settings.put(key, value);
        return this;
    }

    /**
     * Jars of Liquibase extensions (custom change classes, extra change types) that change logs of
     * this runner may use; null or empty for none.
     */
    public LiquibaseRunner extensions(java.util.List<Path> jars) {
        if (jars == null || jars.isEmpty()) {
            extensions = null;
            return this;
        }
        java.net.URL[] urls = new java.net.URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = jars.get(i).toUri().toURL();
            } catch (java.net.MalformedURLException e) {
                throw new IllegalArgumentException(jars.get(i).toString(), e);
            }
        }
        extensions = new java.net.URLClassLoader("strata-liquibase-extensions", urls, Scope.class.getClassLoader());
        return this;
    }

    /** Applies every pending change set of {@code changelogFile} to the connected database. */
    public CommandResults update(Connection connection, String changelogFile) throws LiquibaseException {
        return inScope(() -> {
            CommandScope update = new CommandScope("update");
            update.addArgumentValue("database", database(connection));
            update.addArgumentValue("changelogFile", changelogFile);
            return update.execute();
        });
    }

    /** The Liquibase database object for a connection that the caller keeps owning. */
    public Database database(Connection connection) throws LiquibaseException {
        return inScope(() -> database(connection, null));
    }

    /**
     * The Liquibase database object for a connection, working in {@code defaultSchema} when one is
     * given; call it inside {@link #inScope}.
     */
    static Database database(Connection connection, String defaultSchema) throws LiquibaseException {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        if (defaultSchema != null) {
            database.setDefaultSchemaName(defaultSchema);
        }
        return database;
    }

    /**
     * Runs {@code work} in a Liquibase scope reading from this runner's directory.
     *
     * @throws LiquibaseException what Liquibase threw, or any other failure wrapped in one
     */
    public <T> T inScope(ScopedWork<T> work) throws LiquibaseException {
        ClassLoader liquibaseLoader = extensions != null ? extensions : Scope.class.getClassLoader();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(liquibaseLoader);
        try {
            // Liquibase's service lookup cannot see this bundle's dependencies inside OSGi: register the DSL's parser.
            io.strata.dsl.DslChangeLogParser.register();
            Map<String, Object> values = new HashMap<>(settings);
            values.put(Scope.Attr.classLoader.name(), liquibaseLoader);
            values.put(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(changelogRoot));
            // Liquibase's console messages (update summaries) go to its log, not into Strata's output.
            values.put(Scope.Attr.ui.name(), new LoggerUIService());
            return Scope.child(values, work::run);
        } catch (LiquibaseException e) {
            throw e;
        } catch (Exception e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof LiquibaseException)) {
                if (cause instanceof OperationException operation) {
                    // Strata's own verdict (say, a change log described for the user): keep it as the cause.
                    throw new LiquibaseException(operation.getMessage(), operation);
                }
                cause = cause.getCause();
            }
            if (cause instanceof LiquibaseException le) {
                throw le;
            }
            throw new LiquibaseException(e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
