package io.strata.product.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real Liquibase 4.33.0 command line (liquibase-core + picocli, test dependencies of this module)
 * in a JVM of its own, on this test JVM's class path.
 */
final class LiquibaseCli {

    private LiquibaseCli() {
    }

    /**
     * Runs {@code liquibase <command>} on a project's change log. {@code --search-path} is the project
     * directory and {@code --changelog-file} the path relative to it, as Strata opens it, so both
     * record the same DATABASECHANGELOG.FILENAME ({@code Change Log/changelog.xml}).
     */
    static Product.Run run(Path project, String url, String user, String password, String... command)
            throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Product.java(), "-Dliquibase.analytics.enabled=false", "-cp",
                System.getProperty("java.class.path"), "liquibase.integration.commandline.LiquibaseCommandLine",
                "--show-banner=false", "--url=" + url, "--username=" + user, "--password=" + password,
                "--changelog-file=" + TestProject.CHANGELOG, "--search-path=" + project.toAbsolutePath()));
        line.addAll(List.of(command));
        return Product.run(line, Map.of());
    }
}
