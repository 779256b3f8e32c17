package io.strata.project.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.strata.core.project.DatabaseType;
import io.strata.core.project.Stage;
import io.strata.core.project.StrataProject;
import io.strata.project.ui.internal.NewProjectWizard;
import io.strata.test.ui.ScreenshotOnFailure;
import io.strata.test.ui.StrataWizards;
import io.strata.test.ui.SwtDriver;
import io.strata.ui.internal.app.StrataPerspective;
import io.strata.ui.internal.project.SampleProjectImport;
import io.strata.ui.internal.project.StrataNature;

/**
 * The user's first step (USER-JOURNEY section 2) through the real wizards: a new project whose
 * first stage is an embedded H2 database, tested before Finish; a PostgreSQL stage at a wrong
 * port or host, whose failure shows on the page; a further stage added to the plan.
 */
@ExtendWith(ScreenshotOnFailure.class)
class NewProjectWizardTest {

    private static final String NAME = "shop-new";
    private static final Duration CONNECTING = Duration.ofSeconds(60);

    private SwtDriver ui;
    private IWorkbenchWindow window;

    @BeforeEach
    void setUp() throws InterruptedException {
        Job.getJobManager().join(SampleProjectImport.FAMILY, new NullProgressMonitor());
        ui = SwtDriver.current();
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    }

    @AfterEach
    void deleteTheProject() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(NAME);
        if (project.exists()) {
            project.delete(true, true, null);
        }
    }

    @Test
    void aProjectWithAnEmbeddedH2StageIsTestedThenCreated() throws Exception {
        run(new NewProjectWizard(), null, "New Strata Project", shell -> {
            assertNull(page(shell).getErrorMessage(), "no error before the user typed anything");
            assertFalse(ui.byLabel(shell, Button.class, "Next >").isEnabled());
            ui.type(ui.byId(shell, Text.class, "project.name"), "strata-sample");
            assertEquals("The workspace already has a project named 'strata-sample'.", page(shell).getErrorMessage());
            ui.type(ui.byId(shell, Text.class, "project.name"), NAME);
            assertNull(page(shell).getErrorMessage());
            assertEquals("Pipeline", ui.byId(shell, Text.class, "project.plan").getText());
            ui.click(ui.byLabel(shell, Button.class, "Next >"));

            assertEquals("DEV", ui.byId(shell, Text.class, "stage.name").getText());
            assertEquals("H2", ui.byId(shell, Combo.class, "stage.type").getText());
            assertEquals("jdbc:h2:file:${project.dir}/.strata/h2/dev", ui.byId(shell, Text.class, "stage.url").getText());
            assertFalse(ui.byId(shell, Text.class, "stage.host").isVisible(), "H2 is addressed by its URL");
            String result = StrataWizards.testConnection(ui, shell, CONNECTING);
            assertTrue(result.startsWith("Connected to H2 "), result);
            assertNull(page(shell).getErrorMessage());
            assertEquals(result, page(shell).getMessage());
            screenshot("new-project.png");
            ui.click(ui.byLabel(shell, Button.class, "Finish"));
        });

        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(NAME);
        assertTrue(project.isOpen());
        assertTrue(project.hasNature(StrataNature.ID), "a Strata project");
        Path dir = project.getLocation().toPath();
        StrataProject strata = StrataProject.load(dir);
        Stage dev = strata.stage("DEV");
        assertTrue(dev.reference());
        assertEquals(DatabaseType.H2, dev.connection().type());
        assertTrue(Files.isRegularFile(dir.resolve("Change Log/changelog.xml")));
        assertTrue(project.getFolder("Rules/SqlRules").exists(), "the workspace sees the folders");
        CommonNavigator navigator = (CommonNavigator) window.getActivePage().findView(StrataPerspective.NAVIGATOR_ID);
        assertNotNull(navigator, "the navigator is open");
        assertEquals(project, ((IStructuredSelection) navigator.getCommonViewer().getSelection()).getFirstElement());

        // Project Navigator: New > Stage on the Deployment Plans folder; a duplicate name is refused on the page, TEST is added.
        fromNavigator(navigator, project.getFolder("Deployment Plans"), "Stage", "New Stage", shell -> {
            Text name = ui.byId(shell, Text.class, "stage.name");
            assertEquals("TEST", name.getText(), "the next usual stage");
            ui.type(name, "dev");
            String error = page(shell).getErrorMessage();
            assertNotNull(error);
            assertTrue(error.contains("already has a stage named 'DEV'") && error.contains("Pipeline.yaml, line "), error);
            assertFalse(ui.byLabel(shell, Button.class, "Finish").isEnabled());
            ui.type(name, "TEST");
            assertNull(page(shell).getErrorMessage());
            ui.click(ui.byLabel(shell, Button.class, "Finish"));
        });
        List<String> stages = StrataProject.load(dir).plans().get(0).stages().stream().map(Stage::name).toList();
        assertEquals(List.of("DEV", "TEST"), stages);
        String plan = Files.readString(dir.resolve("Deployment Plans/Pipeline.yaml"));
        assertTrue(plan.startsWith("# A deployment plan"), "the plan's comments stay: " + plan);
        assertFalse(plan.toLowerCase().contains("password:"), plan);
    }

    @Test
    void aWrongPortOrHostForPostgresqlShowsTheFailureOnThePageAndKeepsTheWizardOpen() throws Exception {
        run(new NewProjectWizard(), null, "New Strata Project", shell -> {
            ui.type(ui.byId(shell, Text.class, "project.name"), NAME);
            ui.click(ui.byLabel(shell, Button.class, "Next >"));
            Combo type = ui.byId(shell, Combo.class, "stage.type");
            type.select(List.of(type.getItems()).indexOf("PostgreSQL"));
            type.notifyListeners(SWT.Selection, new Event());
            ui.flush();
            Text port = ui.byId(shell, Text.class, "stage.port");
            assertEquals("5432", port.getText(), "the type's default port");
            assertTrue(ui.byId(shell, Text.class, "stage.host").isVisible());
            ui.type(ui.byId(shell, Text.class, "stage.host"), "127.0.0.1");
            ui.type(port, "1");
            ui.type(ui.byId(shell, Text.class, "stage.database"), "shop");
            ui.type(ui.byId(shell, Text.class, "stage.user"), "strata");
            ui.type(ui.byId(shell, Text.class, "stage.password"), "secret");
            String refused = StrataWizards.testConnection(ui, shell, CONNECTING);
            assertTrue(refused.startsWith("Connection refused: Stage DEV (127.0.0.1:1): nothing accepts connections there"), refused);
            assertEquals(refused, page(shell).getErrorMessage());

            ui.type(ui.byId(shell, Text.class, "stage.host"), "no-such-host.invalid");
            assertNull(page(shell).getErrorMessage(), "an edit clears the old result");
            String unknown = StrataWizards.testConnection(ui, shell, CONNECTING);
            assertTrue(unknown.startsWith("Unknown host: Stage DEV (no-such-host.invalid:1): unknown host 'no-such-host.invalid'"), unknown);
            assertFalse(shell.isDisposed(), "the wizard stays open");
            ui.click(ui.byLabel(shell, Button.class, "Cancel"));
        });
        assertFalse(ResourcesPlugin.getWorkspace().getRoot().getProject(NAME).exists(), "Cancel creates nothing");
    }

    // ----- steps -------------------------------------------------------------------------------

    /** Right-click {@code resource} in the Project Navigator, New > {@code item}, and drive the wizard. */
    private void fromNavigator(CommonNavigator navigator, IResource resource, String item, String title, Consumer<Shell> steps) {
        navigator.getCommonViewer().setSelection(new StructuredSelection(resource), true);
        ui.flush();
        MenuItem open = ui.menuItem(navigator.getCommonViewer().getTree().getMenu(), "New", item);
        Throwable[] failure = ui.onShell(title, shell -> {
            steps.accept(shell);
            ui.waitUntil("the wizard to close", CONNECTING, shell::isDisposed);
        });
        ui.click(open);
        SwtDriver.rethrow(failure);
    }

    /** Opens the wizard as File > New does, on {@code selected}, and drives it until it closes. */
    private void run(IWizard wizard, IResource selected, String title, Consumer<Shell> steps) {
        if (wizard instanceof org.eclipse.ui.IWorkbenchWizard workbenchWizard) {
            workbenchWizard.init(PlatformUI.getWorkbench(),
                    selected == null ? StructuredSelection.EMPTY : new StructuredSelection(selected));
        }
        WizardDialog dialog = new WizardDialog(window.getShell(), wizard);
        Throwable[] failure = ui.onShell(title, shell -> {
            steps.accept(shell);
            ui.waitUntil("the wizard to close", CONNECTING, shell::isDisposed);
        });
        dialog.open();
        SwtDriver.rethrow(failure);
    }

    private static WizardPage page(Shell shell) {
        return (WizardPage) ((WizardDialog) shell.getData()).getCurrentPage();
    }

    private void screenshot(String name) {
        try {
            ui.screenshot(Path.of(System.getProperty("strata.screenshots", "target/screenshots"), name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
