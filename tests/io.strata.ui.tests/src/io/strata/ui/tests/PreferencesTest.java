package io.strata.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.strata.liquibase.changeset.IdScheme;
import io.strata.test.ui.ScreenshotOnFailure;
import io.strata.test.ui.SwtDriver;
import io.strata.ui.StrataUi;
import io.strata.ui.internal.app.StrataPerspective;
import io.strata.ui.internal.project.SampleProjectImport;
import io.strata.ui.preferences.StrataPreferences;

/**
 * Window > Preferences > Strata: each field checks its value, OK stores them and Restore Defaults
 * brings the defaults back; the id scheme reaches the New Change Set wizard and the report options
 * reach a forecast run.
 */
@ExtendWith(ScreenshotOnFailure.class)
class PreferencesTest {

    private static final String PAGE = "io.strata.ui.preferences";
    private static final String SAMPLE = "strata-sample";

    @TempDir
    Path drivers;

    private SwtDriver ui;
    private IWorkbenchWindow window;

    @BeforeEach
    void setUp() throws Exception {
        ui = SwtDriver.current();
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Job.getJobManager().join(SampleProjectImport.FAMILY, new NullProgressMonitor());
    }

    @AfterEach
    void defaults() throws Exception {
        var node = InstanceScope.INSTANCE.getNode(StrataUi.PLUGIN_ID);
        node.clear();
        node.flush();
    }

    @Test
    void eachFieldSaysWhatIsWrongThenOkStoresAndRestoreDefaultsRestores() {
        onPage(shell -> {
            Button ok = okButton(shell);
            Text region = ui.byId(shell, Text.class, "prefs.awsRegion");
            type(region, "Frankfurt");
            assertFalse(ok.isEnabled(), "OK waits for a valid region");
            assertTrue(message(shell).contains("'Frankfurt' is not an AWS region"), message(shell));
            type(region, "eu-central-1");
            assertTrue(ok.isEnabled(), message(shell));

            Text folder = ui.byId(shell, Text.class, "prefs.driversFolder");
            typeAndLeave(folder, drivers.resolve("missing").toString());
            assertFalse(ok.isEnabled());
            assertTrue(message(shell).contains("does not exist"), message(shell));
            typeAndLeave(folder, drivers.toString());
            assertTrue(ok.isEnabled(), message(shell));

            ui.click(ui.byId(shell, Button.class, "prefs.reportHtml"));
            ui.click(ui.byId(shell, Button.class, "prefs.reportJunit"));
            ui.click(ui.byId(shell, Button.class, "prefs.reportJson"));
            assertFalse(ok.isEnabled(), "no report format at all");
            assertTrue(message(shell).contains("at least one report format"), message(shell));
            ui.click(ui.byId(shell, Button.class, "prefs.reportJson"));
            ui.click(ui.byId(shell, Button.class, "prefs.reportHtml"));
            assertTrue(ok.isEnabled(), message(shell));
            ui.click(ui.byId(shell, Button.class, "prefs.openReport"));
            Button onSave = ui.byId(shell, Button.class, "prefs.forecastOnSave");
            assertTrue(onSave.getSelection(), "Forecast on save is on by default");
            ui.click(onSave);

            type(ui.byId(shell, Text.class, "prefs.idPrefix"), "team-a");
            Button uuid = ui.findAll(shell, Button.class, b -> b.getText().startsWith("Prefix + UUID")).get(0);
            // A user's click on a radio button unselects its sibling; a programmatic one does not.
            ui.findAll(shell, Button.class, b -> b.getText().startsWith("Prefix + date")).get(0).setSelection(false);
            ui.click(uuid);
            type(ui.byId(shell, Text.class, "prefs.awsProfile"), "deployer");
            shell.setSize(1000, 780);
            ui.flush();
            screenshot("preferences.png");
            ui.click(ok);
        });

        assertEquals(IdScheme.UUID, StrataPreferences.idScheme());
        assertEquals("team-a", StrataPreferences.idPrefix());
        assertEquals(drivers, StrataPreferences.driversFolder());
        assertEquals("html,json", StrataPreferences.reportFormats());
        assertFalse(StrataPreferences.openReport());
        assertFalse(StrataPreferences.forecastOnSave());
        assertEquals("deployer", StrataPreferences.awsProfile());
        assertEquals("eu-central-1", StrataPreferences.awsRegion());

        onPage(shell -> {
            assertEquals("eu-central-1", ui.byId(shell, Text.class, "prefs.awsRegion").getText(), "the page shows what was stored");
            ui.click(ui.findAll(shell, Button.class, b -> b.getText().replace("&", "").equals("Restore Defaults")).get(0));
            assertEquals("", ui.byId(shell, Text.class, "prefs.awsRegion").getText());
            ui.click(okButton(shell));
        });
        assertEquals(IdScheme.TIMESTAMP, StrataPreferences.idScheme());
        assertNull(StrataPreferences.driversFolder());
        assertEquals("html,junit,json", StrataPreferences.reportFormats());
        assertTrue(StrataPreferences.openReport());
        assertTrue(StrataPreferences.forecastOnSave());
        assertNull(StrataPreferences.awsRegion());
    }

    @Test
    void theUuidSchemeGivesTheNewChangeSetWizardsId() throws Exception {
        var node = InstanceScope.INSTANCE.getNode(StrataUi.PLUGIN_ID);
        node.put(StrataPreferences.ID_PREFIX, "team-b");
        node.put(StrataPreferences.ID_SCHEME, IdScheme.UUID.id());
        IFile changeLog = ResourcesPlugin.getWorkspace().getRoot().getProject(SAMPLE).getFile("Change Log/changelog.xml");
        IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard("io.strata.changelog.ui.newChangeSet");
        INewWizard wizard = (INewWizard) descriptor.createWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(changeLog));
        WizardDialog dialog = new WizardDialog(window.getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Text id = ui.byId(dialog.getShell(), Text.class, "changeset.id");
            ui.waitUntil("a UUID id", Duration.ofSeconds(20),
                    () -> id.getText().matches("team-b-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
        } finally {
            dialog.close();
        }
    }

    @Test
    void aForecastWritesTheChosenReportFormatsAndLeavesTheReportViewAlone() throws Exception {
        var node = InstanceScope.INSTANCE.getNode(StrataUi.PLUGIN_ID);
        node.putBoolean(StrataPreferences.REPORT_JUNIT, false);
        node.putBoolean(StrataPreferences.OPEN_REPORT, false);
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(SAMPLE);
        Path dev = project.getLocation().toPath().resolve("Reports/DEV");
        List<Path> before = runs(dev);

        CommonNavigator navigator = (CommonNavigator) window.getActivePage().showView(StrataPerspective.NAVIGATOR_ID);
        navigator.getCommonViewer().setSelection(new StructuredSelection(project));
        var reportView = window.getActivePage().findView("io.strata.forecast.ui.reportView");
        if (reportView != null) {
            window.getActivePage().hideView(reportView);
        }
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("io.strata.forecast.ui.forecast", null);
        Object family = Platform.getBundle("io.strata.forecast.ui").loadClass("io.strata.forecast.ui.ForecastUi");
        ui.waitUntil("the forecast", Duration.ofSeconds(120), () -> Job.getJobManager().find(family).length == 0);

        List<Path> after = runs(dev);
        after.removeAll(before);
        assertEquals(1, after.size(), "one new run: " + after);
        try (Stream<Path> files = Files.list(after.get(0))) {
            assertEquals(List.of("forecast.html", "forecast.json"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        ui.flush();
        assertNull(window.getActivePage().findView("io.strata.forecast.ui.reportView"), "the report does not open");
    }

    private static List<Path> runs(Path dev) throws Exception {
        if (!Files.isDirectory(dev)) {
            return new java.util.ArrayList<>();
        }
        try (Stream<Path> runs = Files.list(dev)) {
            return new java.util.ArrayList<>(runs.toList());
        }
    }

    private void onPage(Consumer<Shell> steps) {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(window.getShell(), PAGE, new String[] { PAGE }, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            steps.accept(dialog.getShell());
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
        }
    }

    private Button okButton(Shell shell) {
        return ui.findAll(shell, Button.class, b -> Arrays.asList("OK", "Apply and Close").contains(b.getText().replace("&", ""))).get(0);
    }

    private void screenshot(String name) {
        try {
            ui.screenshot(Path.of(System.getProperty("strata.screenshots", "target/screenshots"), name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Types as a user does: the field editors check their value on each key. */
    private void type(Text text, String value) {
        ui.type(text, value);
        text.notifyListeners(SWT.KeyUp, new Event());
        ui.flush();
    }

    /** Types, then leaves the field (the folder field checks its value when it loses the focus). */
    private void typeAndLeave(Text text, String value) {
        type(text, value);
        text.notifyListeners(SWT.FocusOut, new Event());
        ui.flush();
    }

    private static String message(Shell shell) {
        String message = ((org.eclipse.jface.dialogs.IDialogPage) ((PreferenceDialog) shell.getData()).getSelectedPage()).getErrorMessage();
        return message == null ? "" : message;
    }
}
