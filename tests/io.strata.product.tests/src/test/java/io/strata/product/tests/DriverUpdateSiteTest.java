package io.strata.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The update-site path that JDBC drivers take: the p2 director installs a driver feature from the
 * locally built repository into the product, and the product then has the driver's bundle.
 */
class DriverUpdateSiteTest {

    @TempDir
    Path temp;

    @Test
    void theDirectorInstallsADriverFeatureAndTheProductSeesItsBundle() throws Exception {
        Product product = Product.copyInto(temp);
        Path repository = Path.of(System.getProperty("strata.drivers.repository"));
        assertTrue(Files.isRegularFile(repository.resolve("content.jar")) || Files.isRegularFile(repository.resolve("content.xml")),
                "the driver repository was built at " + repository);

        Product.Run before = product.strata(Map.of("DISPLAY", ""), "bundles", "--filter", "postgresql");
        assertEquals(0, before.exitCode(), before.output());
        assertFalse(before.output().contains("org.postgresql.jdbc"), "not installed yet:\n" + before.output());

        Product.Run install = product.launcher("-nosplash", "-application", "org.eclipse.equinox.p2.director",
                "-repository", repository.toUri().toString(),
                "-installIU", "io.strata.drivers.postgresql.feature.feature.group");
        assertEquals(0, install.exitCode(), install.output());
        assertTrue(install.output().contains("Installing io.strata.drivers.postgresql.feature.feature.group"), install.output());

        Product.Run after = product.strata(Map.of("DISPLAY", ""), "bundles", "--filter", "postgresql");
        assertEquals(0, after.exitCode(), after.output());
        assertTrue(after.output().lines().anyMatch(l -> l.startsWith("org.postgresql.jdbc ")
                && (l.endsWith("RESOLVED") || l.endsWith("ACTIVE"))), "installed and resolved:\n" + after.output());
    }
}
