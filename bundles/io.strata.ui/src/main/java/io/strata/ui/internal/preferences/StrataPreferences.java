package io.strata.ui.internal.preferences;

/** Keys of Strata's workspace preferences. */
public final class StrataPreferences {

    /** Author written into new change sets. */
    public static final String DEFAULT_AUTHOR = "defaultAuthor";
    /** A folder of JDBC driver jars, in addition to the installed driver plug-ins. */
    public static final String DRIVERS_FOLDER = "driversFolder";

    private StrataPreferences() {
    }
}
