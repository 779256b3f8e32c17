package io.strata.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The installed product's CLI on the sample project it ships, as a CI job runs it. */
class CliOnTheSampleTest {

    @TempDir
    Path temp;

    @Test
    void statusDeployHistoryOnTheShippedSample() throws Exception {
        Product product = Product.copyInto(temp);
        String sample = product.home.resolve("samples/strata-sample").toString();
        Map<String, String> env = Map.of("DISPLAY", "");

        Product.Run status = product.strata(env, "status", "--project", sample);
        assertEquals(0, status.exitCode(), status.output());
        assertTrue(status.output().contains("4 change set(s) pending on stage DEV"), status.output());

        Product.Run deploy = product.strata(env, "deploy", "--project", sample, "--labels", "sprint-1");
        assertEquals(0, deploy.exitCode(), deploy.output());
        assertTrue(deploy.output().contains("Deployed 2 change set(s) to stage DEV"), deploy.output());
        assertFalse(deploy.output().contains("UPDATE SUMMARY"), "only Strata's own report on the console:\n" + deploy.output());

        // The blog's rule, compiled and fired by Drools inside the product: the forecast fails on the four-column index.
        Product.Run forecast = product.strata(env, "forecast", "--project", sample);
        assertEquals(7, forecast.exitCode(), forecast.output());
        assertTrue(forecast.output().contains("[Forecast: Index Too Many Columns Error] The new index [IDX_ADDRESS_ALL] contains more than 3 columns."),
                forecast.output());
        Product.Run refused = product.strata(env, "deploy", "--project", sample);
        assertEquals(7, refused.exitCode(), refused.output());

        Product.Run history = product.strata(env, "history", "--project", sample, "--json");
        assertEquals(0, history.exitCode(), history.output());
        assertTrue(history.output().contains("\"id\": \"sprint1-002-customer-email-index\""), history.output());

        Product.Run bad = product.strata(env, "deploy", "--project", temp.toString());
        assertEquals(3, bad.exitCode(), bad.output());
        assertTrue(bad.output().contains("is not a Strata project"), bad.output());
        assertFalse(bad.output().contains("\tat "), "no stack trace without --debug:\n" + bad.output());
    }
}
