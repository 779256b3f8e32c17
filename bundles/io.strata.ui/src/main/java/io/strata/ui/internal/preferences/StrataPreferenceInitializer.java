package io.strata.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

import io.strata.ui.StrataUi;

/** Default values of Strata's preferences. */
public final class StrataPreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(StrataUi.PLUGIN_ID);
        defaults.put(StrataPreferences.DEFAULT_AUTHOR, System.getProperty("user.name", "strata"));
        defaults.put(StrataPreferences.ID_PREFIX, "");
        defaults.put(StrataPreferences.DRIVERS_FOLDER, "");
    }
}
