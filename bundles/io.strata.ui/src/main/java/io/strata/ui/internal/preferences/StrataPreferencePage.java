package io.strata.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import io.strata.ui.StrataUi;

/** Window > Preferences > Strata. */
public final class StrataPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public StrataPreferencePage() {
        super(GRID);
        setDescription("Defaults for new change sets and where Strata finds JDBC drivers.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, StrataUi.PLUGIN_ID));
    }

    @Override
    protected void createFieldEditors() {
        StringFieldEditor author = new StringFieldEditor(StrataPreferences.DEFAULT_AUTHOR,
                "Default change set &author:", getFieldEditorParent());
        author.setEmptyStringAllowed(false);
        author.setErrorMessage("The default author must not be empty: change sets need an author.");
        addField(author);
        addField(new StringFieldEditor(StrataPreferences.ID_PREFIX, "Change set id &prefix (your team's):", getFieldEditorParent()));
        DirectoryFieldEditor drivers = new DirectoryFieldEditor(StrataPreferences.DRIVERS_FOLDER,
                "JDBC &drivers folder:", getFieldEditorParent());
        drivers.setEmptyStringAllowed(true);
        addField(drivers);
    }
}
