package io.strata.ui.internal.preferences;

/** Keys of Strata's workspace preferences. */
public final class StrataPreferences {

    /** Author written into new change sets. */
    public static final String DEFAULT_AUTHOR = "defaultAuthor";
    /** The team's prefix of new change set ids ({@code team-a} gives {@code team-a-20261130-153000}); may be empty. */
    public static final String ID_PREFIX = "changeSetIdPrefix";
    /** A folder of JDBC driver jars, in addition to the installed driver plug-ins. */
    public static final String DRIVERS_FOLDER = "driversFolder";

    private StrataPreferences() {
    }
}
