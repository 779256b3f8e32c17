package io.strata.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

import io.strata.liquibase.changeset.IdScheme;
import io.strata.ui.StrataUi;
import io.strata.ui.preferences.StrataPreferences;

/** Default values of Strata's preferences (what Restore Defaults goes back to). */
public final class StrataPreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(StrataUi.PLUGIN_ID);
        defaults.put(StrataPreferences.DEFAULT_AUTHOR, System.getProperty("user.name", "strata"));
        defaults.put(StrataPreferences.ID_PREFIX, "");
        defaults.put(StrataPreferences.ID_SCHEME, IdScheme.TIMESTAMP.id());
        defaults.put(StrataPreferences.DRIVERS_FOLDER, "");
        defaults.putBoolean(StrataPreferences.REPORT_HTML, true);
        defaults.putBoolean(StrataPreferences.REPORT_JUNIT, true);
        defaults.putBoolean(StrataPreferences.REPORT_JSON, true);
        defaults.putBoolean(StrataPreferences.OPEN_REPORT, true);
        defaults.putBoolean(StrataPreferences.FORECAST_ON_SAVE, true);
        defaults.put(StrataPreferences.AWS_PROFILE, "");
        defaults.put(StrataPreferences.AWS_REGION, "");
        defaults.put(StrataPreferences.CHANGE_SET_GROUPING, "file");
    }
}
