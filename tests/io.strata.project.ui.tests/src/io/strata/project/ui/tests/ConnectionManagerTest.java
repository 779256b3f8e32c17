package io.strata.project.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Duration;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.strata.forecast.ui.internal.jobs.ConnectionResults;
import io.strata.forecast.ui.internal.jobs.TestConnectionJob;
import io.strata.project.ui.internal.ConnectionManagerView;
import io.strata.test.ui.ScreenshotOnFailure;
import io.strata.test.ui.SwtDriver;
import io.strata.ui.internal.app.StrataPerspective;
import io.strata.ui.internal.project.SampleProjectImport;

/**
 * The Connection Manager on the sample project (imported at first start): its DEV stage, tested
 * from the view; the Properties view of the DEV stage selected in the navigator.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ConnectionManagerTest {

    private static final String SAMPLE = "strata-sample";
    private static final int STAGE = 2;
    private static final int TYPE = 3;
    private static final int ADDRESS = 4;
    private static final int USER = 5;
    private static final int LAST_TEST = 6;

    private SwtDriver ui;
    private IWorkbenchPage page;

    @BeforeEach
    void setUp() throws InterruptedException {
        Job.getJobManager().join(SampleProjectImport.FAMILY, new NullProgressMonitor());
        ui = SwtDriver.current();
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
    }

    @Test
    void theSampleDevStageIsListedAndTestedInItsRow() throws Exception {
        IViewPart view = page.showView(ConnectionManagerView.ID);
        Composite control = ui.waitFor("the view's table", () -> ui.findAll(view.getSite().getShell(), Table.class,
                t -> "connections.table".equals(t.getData(SwtDriver.ID_KEY))).stream().findFirst().map(Table::getParent).orElse(null));
        Table table = ui.byId(control, Table.class, "connections.table");
        TableItem dev = ui.waitFor("the sample's DEV row", () -> devRow(table));
        assertEquals("h2", dev.getText(TYPE));
        assertTrue(dev.getText(ADDRESS).startsWith("jdbc:h2:file:"), dev.getText(ADDRESS));
        assertTrue(dev.getText(ADDRESS).endsWith("/.strata/h2/dev"), dev.getText(ADDRESS));
        assertEquals("sa", dev.getText(USER));
        assertEquals("", dev.getText(LAST_TEST), "not tested yet in this session");

        Button test = ui.byId(control, Button.class, "connections.test");
        select(table, dev);
        assertTrue(test.isEnabled(), "Test Connection is enabled on a stage");
        ui.click(test);
        String result = ui.waitFor("the Test Connection result in the row", () -> {
            TableItem row = devRow(table);
            return row == null || row.getText(LAST_TEST).isEmpty() ? null : row.getText(LAST_TEST);
        });
        assertTrue(result.matches("\\d\\d:\\d\\d:\\d\\d  Connected to H2 .* as .* \\(\\d+ ms\\)\\."), result);

        // The Strata menu's Test Connection (the sample has one stage: no question) updates the row too.
        IProject sample = ResourcesPlugin.getWorkspace().getRoot().getProject(SAMPLE);
        ConnectionResults.Entry before = ConnectionResults.session().get(SAMPLE, planPath(sample), "DEV");
        assertNotNull(before, "the view's Test Connection was recorded for the session");
        Job menuTest = new TestConnectionJob(sample);
        menuTest.schedule();
        ui.waitUntil("the Strata menu's Test Connection", Duration.ofSeconds(60), () -> menuTest.getResult() != null);
        ConnectionResults.Entry after = ConnectionResults.session().get(SAMPLE, planPath(sample), "DEV");
        assertTrue(after != before && after.result().ok(), "a newer outcome");
        ui.waitUntil("the row to show it", SwtDriver.DEFAULT_TIMEOUT,
                () -> devRow(table).getText(LAST_TEST).equals(ConnectionManagerView.describe(after)));

        page.showView(ConnectionManagerView.ID); // the job showed the console in the same stack
        IWorkbenchPartReference ref = page.getReference(view);
        page.setPartState(ref, IWorkbenchPage.STATE_MAXIMIZED);
        ui.flush();
        screenshot("connection-manager.png");
        page.setPartState(ref, IWorkbenchPage.STATE_RESTORED);
    }

    @Test
    void aStageIsDuplicatedThenDeletedAndThePlanIsAsBefore() throws Exception {
        IFile planFile = ResourcesPlugin.getWorkspace().getRoot().getProject(SAMPLE).getFile("Deployment Plans/sample-plan.yaml");
        Path plan = planFile.getLocation().toPath();
        String before = Files.readString(plan);
        IViewPart view = page.showView(ConnectionManagerView.ID);
        Composite control = ui.waitFor("the view's table", () -> ui.findAll(view.getSite().getShell(), Table.class,
                t -> "connections.table".equals(t.getData(SwtDriver.ID_KEY))).stream().findFirst().map(Table::getParent).orElse(null));
        Table table = ui.byId(control, Table.class, "connections.table");
        select(table, ui.waitFor("the sample's DEV row", () -> row(table, "DEV *")));
        try {
            Throwable[] failure = ui.onShell("Duplicate Stage", shell -> {
                Text name = ui.findAll(shell, Text.class, t -> true).get(0);
                assertEquals("DEV_COPY", name.getText());
                ui.type(name, "dev");
                assertFalse(ui.byLabel(shell, Button.class, "OK").isEnabled(), "a taken name is refused");
                ui.type(name, "QA");
                ui.click(ui.byLabel(shell, Button.class, "OK"));
            });
            ui.click(ui.byId(control, Button.class, "connections.duplicate"));
            SwtDriver.rethrow(failure);
            TableItem qa = ui.waitFor("the QA row, read again after the plan changed", () -> row(table, "QA"));
            assertEquals("h2", qa.getText(TYPE));
            assertTrue(Files.readString(plan).contains("  - name: QA\n"), Files.readString(plan));
            assertTrue(Files.readString(plan).contains("${project.dir}/.strata/h2/dev"), "the URL as written, not resolved");
            ITextEditor editor = (ITextEditor) page.getActiveEditor();
            assertNotNull(editor, "the plan opens at the new stage");
            assertEquals("- name: QA", ((ITextSelection) editor.getSelectionProvider().getSelection()).getText().strip());

            select(table, qa);
            failure = ui.onShell("Delete Stage", shell -> ui.click(ui.byLabel(shell, Button.class, "OK")));
            ui.click(ui.byId(control, Button.class, "connections.delete"));
            SwtDriver.rethrow(failure);
            ui.waitUntil("the QA row to go", SwtDriver.DEFAULT_TIMEOUT, () -> row(table, "QA") == null);
            page.closeAllEditors(false);
            assertEquals(before, Files.readString(plan));
        } finally {
            page.closeAllEditors(false);
            Files.writeString(plan, before);
            planFile.refreshLocal(IResource.DEPTH_ZERO, null);
        }
    }

    @Test
    void thePropertiesViewShowsTheSelectedChangeSet() throws Exception {
        PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
        CommonNavigator navigator = (CommonNavigator) page.showView(StrataPerspective.NAVIGATOR_ID);
        Tree tree = navigator.getCommonViewer().getTree();
        TreeItem changeLog = ui.treeItem(tree, SAMPLE, "Change Log", "changelog.xml");
        TreeItem first = ui.waitFor("the first change set", () -> changeLog.getItems().length > 0 && changeLog.getItems()[0].getData() != null
                && changeLog.getItems()[0].getText().startsWith("sprint1-001") ? changeLog.getItems()[0] : null);
        navigator.getCommonViewer().setSelection(new StructuredSelection(first.getData()), true);
        page.activate(navigator);
        ui.flush();
        Tree rows = (Tree) ((PropertySheetPage) properties.getCurrentPage()).getControl();
        assertEquals("sprint1-001-create-customer", value(rows, "Change Set", "Id"));
        assertEquals("strata", value(rows, "Change Set", "Author"));
        assertEquals("sprint-1", value(rows, "Change Set", "Labels"));
        assertEquals("", value(rows, "Change Set", "Contexts"), "the sample's change sets run in every context");
        assertEquals("1", value(rows, "Change Set", "Changes"));
        assertEquals("Change Log/changelog.xml", value(rows, "Change Set", "File"));
        assertTrue(Integer.parseInt(value(rows, "Change Set", "Line")) > 0);

        ui.expand(first);
        TreeItem change = ui.waitFor("the change", () -> first.getItems().length == 1 && first.getItems()[0].getData() != null
                ? first.getItems()[0] : null);
        navigator.getCommonViewer().setSelection(new StructuredSelection(change.getData()), true);
        page.activate(navigator);
        ui.flush();
        rows = (Tree) ((PropertySheetPage) properties.getCurrentPage()).getControl();
        assertEquals("createTable tableName=CUSTOMER", value(rows, "Change", "Change"));
        assertEquals("1 of 1", value(rows, "Change", "Number"));
        assertEquals("sprint1-001-create-customer", value(rows, "Change Set", "Id"));
    }

    private static Path planPath(IProject sample) {
        return sample.getFile("Deployment Plans/sample-plan.yaml").getLocation().toPath();
    }

    private void select(Table table, TableItem item) {
        table.setSelection(item);
        Event event = new Event();
        event.item = item;
        table.notifyListeners(SWT.Selection, event);
        ui.flush();
    }

    private static TableItem row(Table table, String stage) {
        for (TableItem item : table.getItems()) {
            if (SAMPLE.equals(item.getText(0)) && item.getText(STAGE).equals(stage)) {
                return item;
            }
        }
        return null;
    }

    @Test
    void thePropertiesViewShowsTheSelectedStage() throws Exception {
        PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
        CommonNavigator navigator = (CommonNavigator) page.showView(StrataPerspective.NAVIGATOR_ID);
        Tree tree = navigator.getCommonViewer().getTree();
        TreeItem plan = ui.treeItem(tree, SAMPLE, "Deployment Plans", "sample-plan.yaml", "Sample Plan");
        TreeItem dev = ui.waitFor("the DEV stage node", () -> plan.getItems().length == 1 && plan.getItems()[0].getData() != null
                && plan.getItems()[0].getText().startsWith("DEV") ? plan.getItems()[0] : null);
        navigator.getCommonViewer().setSelection(new StructuredSelection(dev.getData()), true);
        page.activate(navigator);
        ui.flush();

        PropertySheetPage sheet = (PropertySheetPage) properties.getCurrentPage();
        assertNotNull(sheet);
        Tree rows = (Tree) sheet.getControl();
        assertEquals("DEV", value(rows, "Stage", "Name"));
        assertEquals("h2", value(rows, "Stage", "Type"));
        assertEquals("yes", value(rows, "Stage", "Reference"));
        assertTrue(value(rows, "Connection", "URL").endsWith("/.strata/h2/dev"), value(rows, "Connection", "URL"));
        assertEquals("sa", value(rows, "Connection", "User"));
        assertEquals("PUBLIC", value(rows, "Connection", "Default schema"));
        assertEquals("dev", value(rows, "Deployment", "Contexts"));
        page.activate(properties);
        ui.flush();
        screenshot("stage-properties.png");
    }

    private String value(Tree rows, String category, String name) {
        return ui.treeItem(rows, category, name).getText(1);
    }

    private static TableItem devRow(Table table) {
        for (TableItem item : table.getItems()) {
            if (SAMPLE.equals(item.getText(0)) && item.getText(STAGE).startsWith("DEV")) {
                return item;
            }
        }
        return null;
    }

    private void screenshot(String name) {
        try {
            ui.screenshot(Path.of(System.getProperty("strata.screenshots", "target/screenshots"), name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
