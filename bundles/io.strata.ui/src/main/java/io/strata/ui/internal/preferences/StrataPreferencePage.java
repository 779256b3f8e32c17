package io.strata.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import io.strata.liquibase.changeset.IdScheme;
import io.strata.ui.StrataUi;
import io.strata.ui.preferences.StrataPreferences;

/**
 * Window > Preferences > Strata: new change sets (author, id prefix and scheme), JDBC drivers,
 * reports (formats, open after a run) and AWS (profile, region). Each field says what is wrong
 * with its value; OK and Apply wait until every field is valid.
 */
public final class StrataPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /** The {@code strata.id} of each field's text or check box, for tests. */
    static final String ID_KEY = "strata.id";

    private BooleanFieldEditor html;
    private BooleanFieldEditor junit;
    private BooleanFieldEditor json;

    public StrataPreferencePage() {
        super(GRID);
        setDescription("Defaults for new change sets, JDBC drivers, reports and AWS.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, StrataUi.PLUGIN_ID));
    }

    @Override
    protected void createFieldEditors() {
        Composite parent = getFieldEditorParent();
        heading(parent, "New change sets");
        StringFieldEditor author = new StringFieldEditor(StrataPreferences.DEFAULT_AUTHOR, "Default change set &author:", parent);
        author.setEmptyStringAllowed(false);
        author.setErrorMessage("The default author must not be empty: change sets need an author.");
        add(author, author.getTextControl(parent), "prefs.author");
        StringFieldEditor prefix = new StringFieldEditor(StrataPreferences.ID_PREFIX, "Change set id &prefix (your team's):", parent) {
            @Override
            protected boolean doCheckState() {
                String value = getStringValue().strip();
                if (value.matches("[^\\s\"<>&]*")) {
                    return true;
                }
                setErrorMessage("The id prefix '" + value + "' has spaces or XML characters (\" < > &): use letters, digits, - or _.");
                return false;
            }
        };
        add(prefix, prefix.getTextControl(parent), "prefs.idPrefix");
        RadioGroupFieldEditor scheme = new RadioGroupFieldEditor(StrataPreferences.ID_SCHEME, "Change set id &scheme:", 1,
                new String[][] { { "Prefix + date and time (team-a-20261130-153000)", IdScheme.TIMESTAMP.id() },
                        { "Prefix + UUID (team-a-3f2b0c1e-...)", IdScheme.UUID.id() } },
                parent, true);
        addField(scheme);
        scheme.getRadioBoxControl(parent).setData(ID_KEY, "prefs.idScheme");

        heading(parent, "JDBC drivers");
        DirectoryFieldEditor drivers = new DirectoryFieldEditor(StrataPreferences.DRIVERS_FOLDER, "JDBC &drivers folder:", parent) {
            @Override
            protected boolean doCheckState() {
                String problem = StrataPreferences.driversFolderProblem(getStringValue());
                if (problem != null) {
                    setErrorMessage(problem);
                }
                return problem == null;
            }
        };
        drivers.setEmptyStringAllowed(true);
        add(drivers, drivers.getTextControl(parent), "prefs.driversFolder");

        heading(parent, "Reports of Forecast, Deploy and Check Rules");
        html = new BooleanFieldEditor(StrataPreferences.REPORT_HTML, "Write the &HTML report", parent);
        add(html, html.getDescriptionControl(parent), "prefs.reportHtml");
        junit = new BooleanFieldEditor(StrataPreferences.REPORT_JUNIT, "Write the &JUnit XML report (for CI)", parent);
        add(junit, junit.getDescriptionControl(parent), "prefs.reportJunit");
        json = new BooleanFieldEditor(StrataPreferences.REPORT_JSON, "Write the JS&ON report (for scripts)", parent);
        add(json, json.getDescriptionControl(parent), "prefs.reportJson");
        BooleanFieldEditor open = new BooleanFieldEditor(StrataPreferences.OPEN_REPORT,
                "Open the HTML report in the Report &view after a run", parent);
        add(open, open.getDescriptionControl(parent), "prefs.openReport");
        heading(parent, "Saving a change log");
        BooleanFieldEditor onSave = new BooleanFieldEditor(StrataPreferences.FORECAST_ON_SAVE,
                "&Forecast on save (offline, in the background; findings in the Problems view, no report)", parent);
        add(onSave, onSave.getDescriptionControl(parent), "prefs.forecastOnSave");

        heading(parent, "AWS (stages with a secret or IAM authentication)");
        StringFieldEditor profile = new StringFieldEditor(StrataPreferences.AWS_PROFILE, "AWS p&rofile (empty: AWS_PROFILE):", parent) {
            @Override
            protected boolean doCheckState() {
                if (!getStringValue().strip().contains(" ")) {
                    return true;
                }
                setErrorMessage("An AWS profile name has no spaces: write the name of a profile of ~/.aws/config.");
                return false;
            }
        };
        add(profile, profile.getTextControl(parent), "prefs.awsProfile");
        StringFieldEditor region = new StringFieldEditor(StrataPreferences.AWS_REGION, "AWS re&gion (empty: AWS_REGION):", parent) {
            @Override
            protected boolean doCheckState() {
                String problem = StrataPreferences.regionProblem(getStringValue());
                if (problem != null) {
                    setErrorMessage(problem);
                }
                return problem == null;
            }
        };
        add(region, region.getTextControl(parent), "prefs.awsRegion");
    }

    private void add(FieldEditor editor, org.eclipse.swt.widgets.Control control, String id) {
        addField(editor);
        control.setData(ID_KEY, id);
    }

    private static void heading(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        label.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
    }

    @Override
    protected void checkState() {
        super.checkState();
        if (isValid() && html != null && !html.getBooleanValue() && !junit.getBooleanValue() && !json.getBooleanValue()) {
            setErrorMessage("Pick at least one report format: HTML, JUnit XML or JSON.");
            setValid(false);
        } else if (isValid()) {
            setErrorMessage(null);
        }
    }

    @Override
    public void propertyChange(PropertyChangeEvent event) {
        super.propertyChange(event);
        if (event.getProperty().equals(FieldEditor.VALUE)) {
            checkState();
        }
    }
}
