package io.strata.forecast.ui.internal.jobs;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;

import io.strata.aws.AwsPasswords;
import io.strata.connection.JdbcDrivers;
import io.strata.connection.StageConnector;
import io.strata.core.project.Credentials;
import io.strata.ui.preferences.StrataPreferences;

/**
 * The engine's collaborators as the IDE sets them up: JDBC drivers (plug-ins, then the drivers
 * folder of the preferences, {@code STRATA_DRIVERS} and {@code <install>/jdbc_drivers}), Liquibase
 * extensions ({@code STRATA_EXTENSIONS}, {@code <install>/extensions}), AWS passwords for stages
 * that use them (region and profile from the preferences, else {@code AWS_REGION}/{@code AWS_PROFILE}),
 * other passwords from the given credentials. Besides the preferences, the places the CLI looks.
 */
public final class Engine {

    private Engine() {
    }

    public static StageConnector connector(Credentials credentials) {
        return new StageConnector(new JdbcDrivers(driverFolders()), new AwsPasswords(awsSettings(), credentials));
    }

    /** Where JDBC driver jars are looked for: the preferences' folder first, then the CLI's places. */
    public static List<Path> driverFolders() {
        List<Path> folders = new ArrayList<>();
        Path preferred = StrataPreferences.driversFolder();
        if (preferred != null) {
            folders.add(preferred);
        }
        folders.addAll(folders("STRATA_DRIVERS", "jdbc_drivers"));
        return folders;
    }

    /** AWS region and profile: the preferences', else the environment's. */
    public static AwsPasswords.Settings awsSettings() {
        String region = StrataPreferences.awsRegion();
        if (region == null) {
            region = System.getenv("AWS_REGION") != null ? System.getenv("AWS_REGION") : System.getenv("AWS_DEFAULT_REGION");
        }
        String profile = StrataPreferences.awsProfile();
        return new AwsPasswords.Settings(region, profile != null ? profile : System.getenv("AWS_PROFILE"), null, null);
    }

    /** Jars of Liquibase extensions (custom change classes). */
    static List<Path> extensionJars() {
        List<Path> jars = new ArrayList<>();
        for (Path folder : folders("STRATA_EXTENSIONS", "extensions")) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    files.filter(f -> f.toString().endsWith(".jar")).sorted().forEach(jars::add);
                } catch (IOException e) {
                    ILog.of(Engine.class).warn("Strata cannot read the extensions folder " + folder + ": " + e.getMessage());
                }
            }
        }
        return jars;
    }

    private static List<Path> folders(String variable, String installFolder) {
        List<Path> folders = new ArrayList<>();
        String value = System.getenv(variable);
        if (value != null && !value.isBlank()) {
            for (String part : value.split(File.pathSeparator)) {
                if (!part.isBlank()) {
                    folders.add(Path.of(part));
                }
            }
        }
        Path install = installDir();
        if (install != null) {
            folders.add(install.resolve(installFolder));
        }
        return folders;
    }

    private static Path installDir() {
        if (Platform.getInstallLocation() == null) {
            return null;
        }
        URL url = Platform.getInstallLocation().getURL();
        try {
            return Path.of(URIUtil.toURI(url));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
