package io.strata.changelog.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.undo.WorkspaceUndoUtil;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.strata.core.project.StrataProject;
import io.strata.liquibase.ChangeLogReader;
import io.strata.liquibase.LiquibaseRunner;
import io.strata.test.ui.ScreenshotOnFailure;
import io.strata.test.ui.StrataWizards;
import io.strata.test.ui.SwtDriver;
import io.strata.ui.internal.app.StrataPerspective;
import io.strata.ui.internal.project.SampleProjectImport;
import liquibase.change.ColumnConfig;
import liquibase.change.core.CreateIndexChange;
import liquibase.change.core.CreateTableChange;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.DatabaseFactory;

/**
 * The blog's developer step through the real New Change Set wizard on the sample project: a table
 * with four columns added one by one, then an index on all four; and a duplicate id refused.
 */
@ExtendWith(ScreenshotOnFailure.class)
class NewChangeSetWizardTest {

    private static final String SAMPLE = "strata-sample";
    private static final Duration READING = Duration.ofSeconds(90);

    private SwtDriver ui;
    private IWorkbenchWindow window;
    private IProject project;
    private IFile changelog;
    private byte[] original;

    @BeforeEach
    void setUp() throws Exception {
        ui = SwtDriver.current();
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Job.getJobManager().join(SampleProjectImport.FAMILY, new NullProgressMonitor());
        project = ResourcesPlugin.getWorkspace().getRoot().getProject(SAMPLE);
        changelog = project.getFile("Change Log/changelog.xml");
        original = Files.readAllBytes(path(changelog));
    }

    @AfterEach
    void restoreTheSample() throws Exception {
        window.getActivePage().closeAllEditors(false);
        Files.write(path(changelog), original);
        changelog.refreshLocal(IResource.DEPTH_ZERO, null);
    }

    private static Path path(IFile file) {
        return file.getLocation().toFile().toPath();
    }

    @Test
    void aDeveloperCreatesATableColumnByColumnThenAnIndexOnAllFourColumns() throws Exception {
        runWizard(project.getFolder("Change Log"), "Change Set", "New Change Set", shell -> {
            changeSetPage(shell, "sprint3-101-orders-test", "dev1", "sprint-3");
            next(shell);
            selectKind(shell, "Create Table");
            Text table = ui.byId(shell, Text.class, "createTable.table");
            ui.type(table, "ORDERS_TEST");
            Composite form = table.getParent();
            StrataWizards.addColumn(ui, form, "ID", "BIGINT", null, null, column -> ui.click(ui.byId(column, Button.class, "column.primaryKey")));
            StrataWizards.addColumn(ui, form, "CUSTOMER_ID", "BIGINT", null, null, column -> ui.click(ui.byId(column, Button.class, "column.nullable")));
            StrataWizards.addColumn(ui, form, "STATUS", "VARCHAR", "20", null, column -> ui.type(ui.byId(column, Text.class, "column.default"), "NEW"));
            StrataWizards.addColumn(ui, form, "TOTAL", "DECIMAL", "10", "2", column -> { });
            Table columns = ui.byId(form, Table.class, "columns.table");
            assertEquals(List.of("ID", "CUSTOMER_ID", "STATUS", "TOTAL"), Arrays.stream(columns.getItems()).map(i -> i.getText(0)).toList());
            assertEquals("DECIMAL(10,2)", columns.getItem(3).getText(1));
            assertNull(page(shell).getErrorMessage());
            screenshot("new-change-set-columns.png");

            next(shell);
            Text xml = ui.byId(shell, Text.class, "preview.xml");
            Text sql = ui.byId(shell, Text.class, "preview.sql");
            ui.waitUntil("the preview", READING, () -> !xml.getText().isEmpty() || page(shell).getErrorMessage() != null);
            assertNull(page(shell).getErrorMessage());
            assertTrue(xml.getText().startsWith("<changeSet id=\"sprint3-101-orders-test\" author=\"dev1\" labels=\"sprint-3\">"), xml.getText());
            assertTrue(xml.getText().contains("<column name=\"TOTAL\" type=\"DECIMAL(10,2)\"/>"), xml.getText());
            assertTrue(sql.getText().startsWith("CREATE TABLE PUBLIC.ORDERS_TEST (ID BIGINT NOT NULL, CUSTOMER_ID BIGINT NOT NULL, "
                    + "STATUS VARCHAR(20) DEFAULT 'NEW', TOTAL DECIMAL(10, 2), CONSTRAINT PK_ORDERS_TEST PRIMARY KEY (ID));"), sql.getText());
            screenshot("new-change-set-preview.png");
            finish(shell);
        });

        byte[] afterTable = Files.readAllBytes(path(changelog));
        assertOnlyAppended(original, afterTable, "<changeSet id=\"sprint3-101-orders-test\"");
        ChangeSet created = last(parse());
        assertEquals("sprint3-101-orders-test", created.getId());
        assertEquals("dev1", created.getAuthor());
        assertEquals("sprint-3", created.getLabels().toString());
        CreateTableChange table = (CreateTableChange) created.getChanges().get(0);
        assertEquals("ORDERS_TEST", table.getTableName());
        assertEquals(List.of("ID", "CUSTOMER_ID", "STATUS", "TOTAL"), table.getColumns().stream().map(ColumnConfig::getName).toList());
        assertTrue(table.getColumns().get(0).getConstraints().isPrimaryKey());
        assertFalse(table.getColumns().get(1).getConstraints().isNullable());
        IEditorPart editor = window.getActivePage().getActiveEditor();
        assertNotNull(editor, "Finish opens the change log");
        assertEquals(changelog, ((IFileEditorInput) editor.getEditorInput()).getFile());

        // Second run, from the change log file: an index on all four columns, picked from the model.
        runWizard(changelog, "Change Set", "New Change Set", shell -> {
            changeSetPage(shell, "sprint3-102-orders-test-index", "dev1", "sprint-3");
            next(shell);
            selectKind(shell, "Create Index");
            Combo table2 = ui.byId(shell, Combo.class, "createIndex.table");
            ui.waitUntil("ORDERS_TEST among the tables", READING, () -> Arrays.asList(table2.getItems()).contains("ORDERS_TEST"));
            ui.type(table2, "ORDERS_TEST");
            Table columnList = ui.byId(shell, Table.class, "createIndex.columnList");
            assertEquals(List.of("ID", "CUSTOMER_ID", "STATUS", "TOTAL"), Arrays.stream(columnList.getItems()).map(i -> i.getText()).toList(),
                    "the columns come from the change log's model");
            ui.click(ui.byId(shell, Button.class, "createIndex.selectAll"));
            assertEquals("ID, CUSTOMER_ID, STATUS, TOTAL", ui.byId(shell, Text.class, "createIndex.columns").getText());
            ui.type(ui.byId(shell, Text.class, "createIndex.name"), "IDX_ORDERS_TEST_ALL");
            next(shell);
            Text sql = ui.byId(shell, Text.class, "preview.sql");
            ui.waitUntil("the preview", READING, () -> !sql.getText().isEmpty() || page(shell).getErrorMessage() != null);
            assertEquals("CREATE INDEX PUBLIC.IDX_ORDERS_TEST_ALL ON PUBLIC.ORDERS_TEST(ID, CUSTOMER_ID, STATUS, TOTAL);", sql.getText());
            finish(shell);
        });

        assertOnlyAppended(afterTable, Files.readAllBytes(path(changelog)), "<changeSet id=\"sprint3-102-orders-test-index\"");
        ChangeSet index = last(parse());
        assertEquals("sprint3-102-orders-test-index", index.getId());
        CreateIndexChange createIndex = (CreateIndexChange) index.getChanges().get(0);
        assertEquals("ORDERS_TEST", createIndex.getTableName());
        assertEquals(List.of("ID", "CUSTOMER_ID", "STATUS", "TOTAL"), createIndex.getColumns().stream().map(ColumnConfig::getName).toList());

        // Edit > Undo: each Finish is an operation of the workspace's undo history.
        IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
        IUndoContext workspace = WorkspaceUndoUtil.getWorkspaceUndoContext();
        assertEquals("New Change Set sprint3-102-orders-test-index", history.getUndoOperation(workspace).getLabel());
        assertTrue(history.undo(workspace, null, null).isOK());
        assertArrayEquals(afterTable, Files.readAllBytes(path(changelog)), "undo removes the index's change set");
        assertEquals("New Change Set sprint3-101-orders-test", history.getUndoOperation(workspace).getLabel());
        assertTrue(history.undo(workspace, null, null).isOK());
        assertArrayEquals(original, Files.readAllBytes(path(changelog)), "undo removes the table's change set");
    }

    @Test
    void aDuplicateIdShowsAnErrorOnThePageAndDisablesFinish() throws Exception {
        runWizard(project.getFolder("Change Log"), "Change Set", "New Change Set", shell -> {
            Text id = ui.byId(shell, Text.class, "changeset.id");
            Button next = ui.byLabel(shell, Button.class, "Next >");
            ui.waitUntil("the change log's ids", READING, next::isEnabled);
            ui.type(id, "sprint1-001-create-customer");
            String error = page(shell).getErrorMessage();
            assertNotNull(error, "a duplicate id is an error");
            assertTrue(error.contains("'sprint1-001-create-customer' is already used") && error.contains("Change Log/changelog.xml, line 7"), error);
            assertFalse(ui.byLabel(shell, Button.class, "Finish").isEnabled(), "Finish is disabled");
            assertFalse(next.isEnabled(), "Next is disabled");
            ui.type(id, "sprint3-103-unique");
            assertNull(page(shell).getErrorMessage());
            assertTrue(next.isEnabled());
            ui.click(ui.byLabel(shell, Button.class, "Cancel"));
        });
        assertArrayEquals(original, Files.readAllBytes(path(changelog)), "Cancel writes nothing");
    }

    @Test
    void newTableOpensTheWizardOnCreateTable() throws Exception {
        runWizard(changelog, "Table", "New Table", shell -> {
            Button next = ui.byLabel(shell, Button.class, "Next >");
            ui.waitUntil("the change log's ids", READING, next::isEnabled);
            next(shell);
            assertEquals("Create Table", ui.byId(shell, Combo.class, "change.kind").getText());
            assertTrue(ui.byId(shell, Text.class, "createTable.table").isVisible());
            ui.click(ui.byLabel(shell, Button.class, "Cancel"));
        });
    }

    @Test
    void onADslChangeLogThePreviewShowsDslAndFinishAppendsItKeepingTheFilesText() throws Exception {
        String dslText = """
                // Orders, in Strata's DSL.
                changeSet dsl-001-orders author=dev1 labels=sprint-3 {
                    /* kept as written */
                    createTable ORDERS_DSL {
                        column ID type=BIGINT primaryKey=true;
                    }
                }
                """;
        IFile dsl = project.getFile("Change Log/orders.strata");
        Files.writeString(path(dsl), dslText);
        String master = new String(original, StandardCharsets.UTF_8);
        int close = master.lastIndexOf("</databaseChangeLog>");
        Files.writeString(path(changelog), master.substring(0, close)
                + "    <include file=\"orders.strata\" relativeToChangelogFile=\"true\"/>\n" + master.substring(close));
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        try {
            runWizard(dsl, "Change Set", "New Change Set", shell -> {
                Button next = ui.byLabel(shell, Button.class, "Next >");
                ui.waitUntil("the change log's ids", READING, next::isEnabled);
                ui.type(ui.byId(shell, Text.class, "changeset.id"), "dsl-002-orders-sql");
                ui.type(ui.byId(shell, Text.class, "changeset.author"), "dev1");
                Combo target = ui.byId(shell, Combo.class, "changeset.target");
                assertEquals("Change Log/orders.strata", target.getText(), "the selected DSL file is the target");
                assertTrue(Arrays.asList(target.getItems()).containsAll(List.of("Change Log/changelog.xml", "Change Log/orders.strata")),
                        Arrays.toString(target.getItems()));
                next(shell);
                selectKind(shell, "Raw SQL");
                ui.type(ui.byId(shell, Text.class, "rawSql.sql"), "INSERT INTO ORDERS_DSL (ID) VALUES (1)");
                next(shell);
                Text preview = ui.byId(shell, Text.class, "preview.xml");
                Text sql = ui.byId(shell, Text.class, "preview.sql");
                ui.waitUntil("the preview", READING, () -> !preview.getText().isEmpty() || page(shell).getErrorMessage() != null);
                assertNull(page(shell).getErrorMessage());
                assertEquals("changeSet dsl-002-orders-sql author=dev1 sql=\"INSERT INTO ORDERS_DSL (ID) VALUES (1)\";", preview.getText());
                assertEquals("INSERT INTO ORDERS_DSL (ID) VALUES (1);", sql.getText());
                finish(shell);
            });
            String after = Files.readString(path(dsl));
            assertEquals(dslText + "\nchangeSet dsl-002-orders-sql author=dev1 sql=\"INSERT INTO ORDERS_DSL (ID) VALUES (1)\";\n", after,
                    "the file's own text and comments are kept, the change set follows in the DSL");
            ChangeSet added = last(parse());
            assertEquals("dsl-002-orders-sql", added.getId());
            assertTrue(added.getFilePath().endsWith("orders.strata"), added.getFilePath());

            IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
            assertTrue(history.undo(WorkspaceUndoUtil.getWorkspaceUndoContext(), null, null).isOK());
            assertEquals(dslText, Files.readString(path(dsl)), "undo puts the DSL file back");
        } finally {
            window.getActivePage().closeAllEditors(false);
            dsl.delete(true, null);
        }
    }

    // ----- steps -------------------------------------------------------------------------------

    /** Right-click {@code resource} in the Project Navigator, New > {@code item}, and drive the wizard. */
    private void runWizard(IResource resource, String item, String title, Consumer<Shell> steps) throws Exception {
        CommonNavigator navigator = (CommonNavigator) window.getActivePage().showView(StrataPerspective.NAVIGATOR_ID);
        navigator.getCommonViewer().setSelection(new StructuredSelection(resource), true);
        ui.flush();
        Menu context = navigator.getCommonViewer().getTree().getMenu();
        Menu newMenu = menuItem(context, "New").getMenu();
        List<String> wizards = ui.menuLabels(newMenu);
        assertTrue(wizards.contains("Change Set") && wizards.contains("Table"), "New on " + resource.getName() + ": " + wizards);
        MenuItem open = menuItem(newMenu, item);
        Throwable[] failure = ui.onShell(title, shell -> {
            steps.accept(shell);
            ui.waitUntil("the wizard to close", READING, shell::isDisposed);
        });
        ui.click(open);
        SwtDriver.rethrow(failure);
    }

    private MenuItem menuItem(Menu menu, String label) {
        ui.menuLabels(menu);
        for (MenuItem candidate : menu.getItems()) {
            if (label.equals(SwtDriver.textOf(candidate))) {
                return candidate;
            }
        }
        throw new AssertionError("No menu item '" + label + "' in " + ui.menuLabels(menu));
    }

    private void changeSetPage(Shell shell, String id, String author, String labels) {
        Button next = ui.byLabel(shell, Button.class, "Next >");
        ui.waitUntil("the change log's ids", READING, next::isEnabled);
        Text idText = ui.byId(shell, Text.class, "changeset.id");
        assertFalse(idText.getText().isBlank(), "the id is prefilled");
        ui.type(idText, id);
        ui.type(ui.byId(shell, Text.class, "changeset.author"), author);
        ui.type(ui.byId(shell, Text.class, "changeset.labels"), labels);
        assertEquals("Change Log/changelog.xml", ui.byId(shell, Combo.class, "changeset.target").getText());
        assertNull(page(shell).getErrorMessage());
    }

    private void selectKind(Shell shell, String kind) {
        Combo combo = ui.byId(shell, Combo.class, "change.kind");
        combo.select(Arrays.asList(combo.getItems()).indexOf(kind));
        combo.notifyListeners(SWT.Selection, new Event());
        ui.flush();
    }

    private static WizardPage page(Shell shell) {
        return (WizardPage) ((WizardDialog) shell.getData()).getCurrentPage();
    }

    private void next(Shell shell) {
        ui.click(ui.byLabel(shell, Button.class, "Next >"));
    }

    private void finish(Shell shell) {
        ui.click(ui.byLabel(shell, Button.class, "Finish"));
    }

    private void screenshot(String name) {
        try {
            ui.screenshot(Path.of(System.getProperty("strata.screenshots", "target/screenshots"), name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ----- the file ----------------------------------------------------------------------------

    /** {@code after} is {@code before} with one change set (starting with {@code start}) inserted before the closing tag. */
    private static void assertOnlyAppended(byte[] before, byte[] after, String start) {
        String b = new String(before, StandardCharsets.UTF_8);
        String a = new String(after, StandardCharsets.UTF_8);
        int close = b.lastIndexOf("</databaseChangeLog>");
        assertTrue(a.startsWith(b.substring(0, close)), "the file before the new change set is unchanged");
        assertTrue(a.endsWith(b.substring(close)), "the end of the file is unchanged");
        String inserted = a.substring(close, a.length() - (b.length() - close));
        assertTrue(inserted.strip().startsWith(start) && inserted.strip().endsWith("</changeSet>"), inserted);
        assertEquals(1, inserted.split("<changeSet ", -1).length - 1, "one change set: " + inserted);
    }

    private DatabaseChangeLog parse() throws Exception {
        StrataProject strata = StrataProject.load(project.getLocation().toFile().toPath());
        return new LiquibaseRunner(strata.dir()).inScope(() -> new ChangeLogReader(strata).read(DatabaseFactory.getInstance()
                .openDatabase("offline:h2", null, null, null, liquibase.Scope.getCurrentScope().getResourceAccessor()), List.of(), null));
    }

    private static ChangeSet last(DatabaseChangeLog log) {
        return log.getChangeSets().get(log.getChangeSets().size() - 1);
    }
}
