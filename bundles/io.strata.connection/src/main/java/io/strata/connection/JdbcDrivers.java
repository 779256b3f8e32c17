package io.strata.connection;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Driver;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.strata.core.project.DatabaseType;

/**
 * Finds JDBC drivers: first among Strata's installed plug-ins (H2 is always there; others come
 * from the driver update site), then in the jar files of the {@code jdbc_drivers} folders.
 * JDBC's DriverManager is not used: inside OSGi it does not see drivers in other bundles.
 */
public final class JdbcDrivers {

    /** Where a driver was found. */
    public record Found(DatabaseType type, Driver driver, String source) {
        public String version() {
            return driver.getMajorVersion() + "." + driver.getMinorVersion();
        }
    }

    private final List<Path> folders;
    private volatile ClassLoader folderLoader;

    /** @param folders {@code jdbc_drivers} folders to search after the plug-ins; missing ones are ignored */
    public JdbcDrivers(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    public List<Path> folders() {
        return folders;
    }

    /**
     * The driver for this type of database.
     *
     * @throws MissingDriverException saying how to install it
     */
    public Found find(DatabaseType type) throws MissingDriverException {
        try {
            Class<?> driverClass = Class.forName(type.driverClass(), true, JdbcDrivers.class.getClassLoader());
            return new Found(type, instantiate(driverClass), "plug-in " + origin(driverClass));
        } catch (ClassNotFoundException | LinkageError e) {
            // not installed as a plug-in; try the folders
        }
        ClassLoader loader = folderLoader();
        if (loader != null) {
            try {
                Class<?> driverClass = Class.forName(type.driverClass(), true, loader);
                return new Found(type, instantiate(driverClass), "jar " + origin(driverClass));
            } catch (ClassNotFoundException | LinkageError e) {
                // not in the folders either
            }
        }
        throw new MissingDriverException(type, folders);
    }

    private static Driver instantiate(Class<?> driverClass) throws MissingDriverException {
        try {
            return (Driver) driverClass.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("The JDBC driver " + driverClass.getName() + " cannot be created: " + e, e);
        }
    }

    private static String origin(Class<?> driverClass) {
        var source = driverClass.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return driverClass.getName();
        }
        String location = source.getLocation().toString();
        return location.substring(location.lastIndexOf('/', location.length() - 2) + 1);
    }

    private ClassLoader folderLoader() {
        ClassLoader loader = folderLoader;
        if (loader != null) {
            return loader;
        }
        List<URL> jars = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path jar : files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                    jars.add(jar.toUri().toURL());
                }
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                // An unreadable folder holds no drivers for us; check-drivers shows the folder.
            }
        }
        if (jars.isEmpty()) {
            return null;
        }
        synchronized (this) {
            if (folderLoader == null) {
                folderLoader = new URLClassLoader("strata-jdbc-drivers", jars.toArray(URL[]::new),
                        JdbcDrivers.class.getClassLoader());
            }
            return folderLoader;
        }
    }
}
