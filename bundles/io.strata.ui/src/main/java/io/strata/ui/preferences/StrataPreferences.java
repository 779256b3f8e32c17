package io.strata.ui.preferences;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IPreferencesService;

import io.strata.liquibase.changeset.IdScheme;
import io.strata.ui.StrataUi;

/**
 * Strata's workspace preferences (Window > Preferences > Strata): their keys and their values as
 * plain Java values, which the UI bundles hand to the engine as parameters (the engine never reads
 * Eclipse preferences).
 */
public final class StrataPreferences {

    /** Author written into new change sets. */
    public static final String DEFAULT_AUTHOR = "defaultAuthor";
    /** The team's prefix of new change set ids ({@code team-a} gives {@code team-a-20261130-153000}); may be empty. */
    public static final String ID_PREFIX = "changeSetIdPrefix";
    /** How new change set ids continue after the prefix: {@code timestamp} or {@code uuid} ({@link IdScheme#id()}). */
    public static final String ID_SCHEME = "changeSetIdScheme";
    /** A folder of JDBC driver jars, searched before the installed driver plug-ins' and the CLI's folders; may be empty. */
    public static final String DRIVERS_FOLDER = "driversFolder";
    /** Whether forecast, deploy and Check Rules write the HTML report. */
    public static final String REPORT_HTML = "reportHtml";
    /** Whether they write the JUnit XML report. */
    public static final String REPORT_JUNIT = "reportJunit";
    /** Whether they write the JSON report. */
    public static final String REPORT_JSON = "reportJson";
    /** Whether the HTML report opens in the Report view after a forecast, deploy or Check Rules. */
    public static final String OPEN_REPORT = "openReport";
    /**
     * Whether saving a change log file of a Strata project forecasts the project offline in the
     * background and shows the findings in the Problems view (default on).
     */
    public static final String FORECAST_ON_SAVE = "forecastOnSave";
    /** The AWS profile for stages with {@code secret} or {@code iamAuthentication}; empty: {@code AWS_PROFILE} or the default chain. */
    public static final String AWS_PROFILE = "awsProfile";
    /** The AWS region for those stages; empty: {@code AWS_REGION}/{@code AWS_DEFAULT_REGION}. */
    public static final String AWS_REGION = "awsRegion";
    /** How the Project Navigator groups the change sets: {@code file} or {@code label}. */
    public static final String CHANGE_SET_GROUPING = "changeSetGrouping";

    /** An AWS region's shape: {@code us-east-1}, {@code eu-central-2}, {@code us-gov-west-1}, {@code cn-north-1}. */
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+){1,2}-\\d{1,2}");

    private StrataPreferences() {
    }

    public static String defaultAuthor() {
        return string(DEFAULT_AUTHOR, System.getProperty("user.name", ""));
    }

    public static String idPrefix() {
        return string(ID_PREFIX, "");
    }

    /** The id scheme; a value the page would not write counts as the default (timestamp). */
    public static IdScheme idScheme() {
        try {
            return IdScheme.parse(string(ID_SCHEME, IdScheme.TIMESTAMP.id()));
        } catch (IllegalArgumentException e) {
            return IdScheme.TIMESTAMP;
        }
    }

    /** The drivers folder, or null when none is set. */
    public static Path driversFolder() {
        String folder = string(DRIVERS_FOLDER, "");
        return folder.isBlank() ? null : Path.of(folder.strip());
    }

    /** The report formats to write, as a list for the engine's {@code ReportFormat.parse}: {@code html,junit,json}. */
    public static String reportFormats() {
        List<String> formats = new ArrayList<>();
        if (bool(REPORT_HTML, true)) {
            formats.add("html");
        }
        if (bool(REPORT_JUNIT, true)) {
            formats.add("junit");
        }
        if (bool(REPORT_JSON, true)) {
            formats.add("json");
        }
        return formats.isEmpty() ? "html" : String.join(",", formats);
    }

    public static boolean openReport() {
        return bool(OPEN_REPORT, true);
    }

    public static boolean forecastOnSave() {
        return bool(FORECAST_ON_SAVE, true);
    }

    /** The AWS profile, or null when none is set here. */
    public static String awsProfile() {
        String profile = string(AWS_PROFILE, "").strip();
        return profile.isEmpty() ? null : profile;
    }

    /** The AWS region, or null when none is set here. */
    public static String awsRegion() {
        String region = string(AWS_REGION, "").strip();
        return region.isEmpty() ? null : region;
    }

    public static boolean groupChangeSetsByLabel() {
        return "label".equals(string(CHANGE_SET_GROUPING, "file"));
    }

    /** Why a drivers folder setting cannot be used, or null when it can (empty is fine). */
    public static String driversFolderProblem(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Path folder = Path.of(value.strip());
        return Files.isDirectory(folder) ? null
                : "The JDBC drivers folder " + value.strip() + " does not exist: pick a folder that holds driver jars, or leave it empty.";
    }

    /** Why a region setting is not an AWS region, or null when it looks like one (empty is fine). */
    public static String regionProblem(String value) {
        if (value == null || value.isBlank() || REGION.matcher(value.strip()).matches()) {
            return null;
        }
        return "'" + value.strip() + "' is not an AWS region: write one like us-east-1 or eu-central-1, or leave it empty to use AWS_REGION.";
    }

    private static String string(String key, String fallback) {
        IPreferencesService service = Platform.getPreferencesService();
        String value = service == null ? null : service.getString(StrataUi.PLUGIN_ID, key, fallback, null);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static boolean bool(String key, boolean fallback) {
        IPreferencesService service = Platform.getPreferencesService();
        return service == null ? fallback : service.getBoolean(StrataUi.PLUGIN_ID, key, fallback, null);
    }
}
