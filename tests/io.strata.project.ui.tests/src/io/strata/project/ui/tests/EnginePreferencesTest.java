package io.strata.project.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.strata.aws.AwsPasswords;
import io.strata.forecast.ui.internal.jobs.Engine;
import io.strata.ui.StrataUi;
import io.strata.ui.preferences.StrataPreferences;

/**
 * The preferences reach the engine the IDE sets up (Test Connection on the stage page and in the
 * Connection Manager, Forecast, Deploy): the drivers folder is searched first, the AWS region and
 * profile win over the environment's.
 */
class EnginePreferencesTest {

    @TempDir
    Path drivers;

    @AfterEach
    void defaults() throws Exception {
        var node = InstanceScope.INSTANCE.getNode(StrataUi.PLUGIN_ID);
        node.clear();
        node.flush();
    }

    @Test
    void theDriversFolderComesFirstAndTheAwsSettingsFromThePreferences() {
        assertFalse(Engine.driverFolders().contains(drivers));
        var node = InstanceScope.INSTANCE.getNode(StrataUi.PLUGIN_ID);
        node.put(StrataPreferences.DRIVERS_FOLDER, drivers.toString());
        node.put(StrataPreferences.AWS_REGION, "eu-west-3");
        node.put(StrataPreferences.AWS_PROFILE, "deployer");

        assertEquals(drivers, Engine.driverFolders().get(0));
        AwsPasswords.Settings aws = Engine.awsSettings();
        assertEquals("eu-west-3", aws.region());
        assertEquals("deployer", aws.profile());
    }
}
