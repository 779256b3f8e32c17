package io.strata.walkthrough.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.strata.forecast.ui.ForecastUi;
import io.strata.forecast.ui.internal.console.StrataConsole;
import io.strata.forecast.ui.internal.report.ReportView;
import io.strata.project.ui.internal.NewProjectWizard;
import io.strata.rules.ui.internal.check.CheckRulesJob;
import io.strata.rules.ui.internal.check.RuleMarkers;
import io.strata.rules.ui.internal.editor.DrlEditor;
import io.strata.test.ui.ScreenshotOnFailure;
import io.strata.test.ui.StrataWizards;
import io.strata.test.ui.SwtDriver;
import io.strata.ui.internal.app.StrataPerspective;
import io.strata.ui.internal.project.SampleProjectImport;

/**
 * The Datical DB blog's scenario (docs USER-JOURNEY sections 2, 3 and 5) end to end in a new
 * project, through the real wizards, menus and views, as a user does it: New Strata Project on an
 * embedded H2 stage, New Table with four columns, an index on all four, the DBA's index rule,
 * Check Rules, a failing Forecast, the index cut to three columns, a passing Forecast, Deploy.
 * A screenshot of each step goes to docs/screenshots/walkthrough-NN-step.png (see docs/walkthrough.md).
 */
@ExtendWith(ScreenshotOnFailure.class)
class BlogWalkthroughTest {

    private static final String NAME = "shop";
    private static final String BAD = "shop-bad";
    private static final String INDEX = "IDX_ORDERS_ALL";
    private static final String INDEX_SET = "sprint1-002-orders-index";
    private static final String MESSAGE = "The new index [" + INDEX + "] contains more than 3 columns.";
    private static final Duration SLOW = Duration.ofMinutes(3);

    private SwtDriver ui;
    private IWorkbenchWindow window;

    @BeforeEach
    void setUp() throws Exception {
        Job.getJobManager().join(SampleProjectImport.FAMILY, new NullProgressMonitor());
        ui = SwtDriver.current();
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "the workbench has a window");
        waitForStrataJobs();
    }

    @AfterEach
    void deleteTheProjects() throws Exception {
        window.getActivePage().closeAllEditors(false);
        waitForStrataJobs();
        waitForChecks();
        for (String name : List.of(NAME, BAD)) {
            IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
            if (project.exists()) {
                project.delete(true, true, null);
            }
        }
    }

    @Test
    void theBlogsScenarioFromANewProjectToADeployedIndexOfThreeColumns() throws Exception {
        // 1. New Strata Project "shop", DEV stage on embedded H2, Test Connection before Finish.
        newProject(NAME, shell -> {
            assertEquals("H2", ui.byId(shell, Combo.class, "stage.type").getText());
            assertEquals("DEV", ui.byId(shell, Text.class, "stage.name").getText());
            String result = StrataWizards.testConnection(ui, shell, SLOW);
            assertTrue(result.startsWith("Connected to H2 "), result);
            assertNull(page(shell).getErrorMessage());
            screenshot("01-new-project");
        });
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(NAME);
        assertTrue(project.isOpen(), "Finish created the project");
        IFile changeLog = project.getFile("Change Log/changelog.xml");
        assertTrue(changeLog.exists(), "with its change log");

        // 2. Change Log > New > Table: ORDERS, four columns added one by one.
        fromNavigator(project.getFolder("Change Log"), "Table", "New Table", shell -> {
            changeSetPage(shell, "sprint1-001-orders");
            next(shell);
            assertEquals("Create Table", ui.byId(shell, Combo.class, "change.kind").getText());
            Text table = ui.byId(shell, Text.class, "createTable.table");
            ui.type(table, "ORDERS");
            Composite form = table.getParent();
            StrataWizards.addColumn(ui, form, "ID", "BIGINT", null, null, column -> ui.click(ui.byId(column, Button.class, "column.primaryKey")));
            StrataWizards.addColumn(ui, form, "CUSTOMER_ID", "BIGINT", null, null, column -> { });
            StrataWizards.addColumn(ui, form, "STATUS", "VARCHAR", "20", null, column -> { });
            StrataWizards.addColumn(ui, form, "TOTAL", "DECIMAL", "10", null, column -> { });
            Table columns = ui.byId(form, Table.class, "columns.table");
            assertEquals(List.of("ID", "CUSTOMER_ID", "STATUS", "TOTAL"),
                    Arrays.stream(columns.getItems()).map(i -> i.getText(0)).toList());
            assertNull(page(shell).getErrorMessage());
            screenshot("02-new-table");
            next(shell);
            Text sql = ui.byId(shell, Text.class, "preview.sql");
            ui.waitUntil("the preview", SLOW, () -> !sql.getText().isEmpty() || page(shell).getErrorMessage() != null);
            assertNull(page(shell).getErrorMessage());
            assertTrue(sql.getText().startsWith("CREATE TABLE PUBLIC.ORDERS ("), sql.getText());
            finish(shell);
        });
        assertTrue(read(changeLog).contains("<changeSet id=\"sprint1-001-orders\""), read(changeLog));

        // 3. New > Change Set on the change log: Create Index on all four columns.
        fromNavigator(changeLog, "Change Set", "New Change Set", shell -> {
            changeSetPage(shell, INDEX_SET);
            next(shell);
            selectKind(shell, "Create Index");
            Combo table = ui.byId(shell, Combo.class, "createIndex.table");
            ui.waitUntil("ORDERS among the tables", SLOW, () -> Arrays.asList(table.getItems()).contains("ORDERS"));
            ui.type(table, "ORDERS");
            ui.click(ui.byId(shell, Button.class, "createIndex.selectAll"));
            assertEquals("ID, CUSTOMER_ID, STATUS, TOTAL", ui.byId(shell, Text.class, "createIndex.columns").getText());
            ui.type(ui.byId(shell, Text.class, "createIndex.name"), INDEX);
            screenshot("03-new-index");
            next(shell);
            Text sql = ui.byId(shell, Text.class, "preview.sql");
            ui.waitUntil("the preview", SLOW, () -> !sql.getText().isEmpty() || page(shell).getErrorMessage() != null);
            assertEquals("CREATE INDEX PUBLIC." + INDEX + " ON PUBLIC.ORDERS(ID, CUSTOMER_ID, STATUS, TOTAL);", sql.getText());
            finish(shell);
        });
        window.getActivePage().closeAllEditors(false);

        // 4. Rules/Forecast > Create Rules File, the blog's rule typed in, File > Save.
        IFile rule = createRulesFile(project, "IndexTooManyColumns");
        DrlEditor editor = activeDrlEditor(rule);
        IDocument document = editor.document();
        int afterPackage = document.get().indexOf('\n', document.get().indexOf("package ")) + 1;
        document.replace(afterPackage, document.getLength() - afterPackage, blogRule());
        save();
        assertEquals(List.of(), describe(RuleMarkers.of(rule)), "the blog's rule compiles");
        editor.viewer().setSelectedRange(0, 0);
        screenshot("04-rule");

        // 5. Check Rules on Rules/Forecast: no errors, in the console and the report.
        int before = consoleLength();
        runFromStrataMenu(project.getFolder("Rules/Forecast"), "Check Rules");
        waitForStrataJobs();
        ui.waitUntil("the console to say the rules are fine", Duration.ofSeconds(20),
                () -> consoleSince(before).contains("Rule Validation returned no errors."));
        ReportView report = reportView(p -> p.getFileName().toString().equals("check-rules.html"));
        assertReportShows(report, "Rule Validation returned no errors.");
        screenshot("05-check-rules");

        // 6. Forecast: fails on the index; the rule's message on the change set's line, in the Problems view and the report.
        int forecast = consoleLength();
        runFromStrataMenu(project, "Forecast");
        waitForStrataJobs();
        ui.waitUntil("the console to report the failed forecast", Duration.ofSeconds(20),
                () -> consoleSince(forecast).contains("FORECAST FAILED"));
        assertTrue(consoleSince(forecast).contains(MESSAGE), consoleSince(forecast));
        IMarker marker = Arrays.stream(markers(changeLog, ForecastUi.FINDING_MARKER))
                .filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains(MESSAGE)).findFirst()
                .orElseThrow(() -> new AssertionError("no marker with the rule's message: "
                        + describe(markers(project, ForecastUi.FINDING_MARKER))));
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        assertEquals(lineOf(changeLog, "id=\"" + INDEX_SET + "\""), marker.getAttribute(IMarker.LINE_NUMBER, -1),
                "on the index change set's line");
        IWorkbenchPage page = window.getActivePage();
        page.showView(IPageLayout.ID_PROBLEM_VIEW);
        ui.waitFor("the rule's message in the Problems view", () -> ui.treeItemContaining(window.getShell(), MESSAGE));
        pause(Duration.ofMillis(1000));
        ui.waitFor("the rule's message in the Problems view after it settled", () -> ui.treeItemContaining(window.getShell(), MESSAGE));
        screenshot("06-forecast-problems");
        report = reportView(p -> p.getFileName().toString().equals("forecast.html"));
        assertReportShows(report, INDEX);
        page.activate(report);
        screenshot("07-forecast-report");

        // 7. The developer cuts the index to three columns in the change log's editor, saves, forecasts again: passes.
        IEditorPart opened = IDE.openEditor(page, changeLog);
        ITextEditor text = opened.getAdapter(ITextEditor.class);
        assertNotNull(text, "the change log opens in a text editor");
        IDocument xml = text.getDocumentProvider().getDocument(text.getEditorInput());
        int createIndex = xml.get().indexOf("<createIndex");
        assertTrue(createIndex > 0, xml.get());
        int total = xml.get().indexOf("name=\"TOTAL\"", createIndex);
        assertTrue(total > 0, xml.get());
        int line = xml.getLineOfOffset(total);
        xml.replace(xml.getLineOffset(line), xml.getLineLength(line), "");
        save();
        assertFalse(read(changeLog).substring(read(changeLog).indexOf("<createIndex")).contains("TOTAL"), read(changeLog));
        screenshot("08-index-three-columns");

        int second = consoleLength();
        runFromStrataMenu(project, "Forecast");
        waitForStrataJobs();
        ui.waitUntil("the console to report the passed forecast", Duration.ofSeconds(20),
                () -> consoleSince(second).contains("Forecast passed"));
        assertFalse(consoleSince(second).contains(MESSAGE), consoleSince(second));
        assertTrue(Arrays.stream(markers(project, ForecastUi.FINDING_MARKER))
                .noneMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains(MESSAGE)), "the rule's marker is gone");

        // 8. Deploy: confirmed (stage, database, two change sets), both applied, tracked in DATABASECHANGELOG, the deploy report shown.
        int deploy = consoleLength();
        String[] question = new String[1];
        Throwable[] confirm = ui.onShell("Confirm Deploy", shell -> {
            question[0] = String.join("\n", ui.findAll(shell, org.eclipse.swt.widgets.Label.class, l -> true).stream()
                    .map(org.eclipse.swt.widgets.Label::getText).toList());
            ui.click(ui.byLabel(shell, org.eclipse.swt.widgets.Button.class, "Deploy to DEV"));
        });
        runFromStrataMenu(project, "Deploy");
        waitForStrataJobs();
        SwtDriver.rethrow(confirm);
        assertTrue(question[0] != null && question[0].contains("Deploy 2 pending change set(s) to stage DEV?")
                && question[0].contains("jdbc:h2:"), "the deploy is confirmed with its stage, database and count: " + question[0]);
        ui.waitUntil("the console to report the deploy", Duration.ofSeconds(20),
                () -> consoleSince(deploy).contains("Deployed 2 change set(s) to stage DEV"));
        report = reportView(p -> p.getFileName().toString().startsWith("deploy"));
        assertReportShows(report, INDEX_SET);
        page.activate(report);
        screenshot("09-deploy-report");

        List<String> rows = new ArrayList<>();
        Path h2 = project.getLocation().toPath().resolve(".strata/h2/dev");
        Properties user = new Properties();
        user.setProperty("user", "sa");
        user.setProperty("password", "");
        try (Connection connection = new org.h2.Driver().connect("jdbc:h2:file:" + h2 + ";IFEXISTS=TRUE", user);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT ID, EXECTYPE FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED")) {
            while (result.next()) {
                rows.add(result.getString(1) + " " + result.getString(2));
            }
        }
        assertEquals(List.of("sprint1-001-orders EXECUTED", INDEX_SET + " EXECUTED"), rows);
    }

    @Test
    void aWrongPostgresqlPasswordIsShownOnThePageAndARuleWithASyntaxErrorIsMarkedAtItsLine() throws Exception {
        // Test Connection of a PostgreSQL stage that cannot sign in: the failure is on the page, the wizard stays open.
        newProject(BAD, shell -> {
            Combo type = ui.byId(shell, Combo.class, "stage.type");
            type.select(List.of(type.getItems()).indexOf("PostgreSQL"));
            type.notifyListeners(SWT.Selection, new Event());
            ui.flush();
            // The test server of STRATA_TEST_PG_URL (jdbc:postgresql://host:port/database) if there is one, else a closed port.
            String url = System.getenv("STRATA_TEST_PG_URL");
            java.util.regex.Matcher server = java.util.regex.Pattern.compile("jdbc:postgresql://[^:/]+(?::(\\d+))?/([^?;]+).*")
                    .matcher(url == null ? "" : url);
            boolean live = server.matches();
            ui.type(ui.byId(shell, Text.class, "stage.host"), "127.0.0.1");
            ui.type(ui.byId(shell, Text.class, "stage.port"), live ? (server.group(1) == null ? "5432" : server.group(1)) : "1");
            ui.type(ui.byId(shell, Text.class, "stage.database"), live ? server.group(2) : "shop");
            String user = System.getenv("STRATA_TEST_PG_USER");
            ui.type(ui.byId(shell, Text.class, "stage.user"), live && user != null ? user : "strata");
            ui.type(ui.byId(shell, Text.class, "stage.password"), "wrong-password");
            String failure = StrataWizards.testConnection(ui, shell, SLOW);
            assertTrue(failure.startsWith(live ? "Wrong user or password" : "Connection refused: Stage DEV (127.0.0.1:1)"), failure);
            assertEquals(failure, page(shell).getErrorMessage(), "the failure is the page's error");
            assertFalse(shell.isDisposed(), "the wizard stays open");
            screenshot("10-bad-connection");

            // Back to H2 to create the project for the rule.
            type.select(List.of(type.getItems()).indexOf("H2"));
            type.notifyListeners(SWT.Selection, new Event());
            ui.flush();
            // No password for the embedded database (a stored one would make secure storage ask for its master password).
            ui.type(ui.byId(shell, Text.class, "stage.password"), "");
            assertNull(page(shell).getErrorMessage(), "an edit clears the old failure");
        });
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(BAD);

        // A rule with a syntax error: an error marker at its line once saved.
        IFile rule = createRulesFile(project, "Broken");
        DrlEditor editor = activeDrlEditor(rule);
        IDocument document = editor.document();
        int afterPackage = document.get().indexOf('\n', document.get().indexOf("package ")) + 1;
        document.replace(afterPackage, document.getLength() - afterPackage, blogRule().replace("salience 1\n", "salience 1 1\n"));
        save();
        IMarker[] problems = RuleMarkers.of(rule);
        assertEquals(1, problems.length, describe(problems).toString());
        assertEquals(IMarker.SEVERITY_ERROR, problems[0].getAttribute(IMarker.SEVERITY, -1));
        assertEquals(lineOf(rule, "salience 1 1"), problems[0].getAttribute(IMarker.LINE_NUMBER, -1), describe(problems).toString());
        assertTrue(problems[0].getAttribute(IMarker.MESSAGE, "").contains("mismatched input '1'"), describe(problems).toString());
        editor.viewer().setSelectedRange(document.get().indexOf("salience 1 1"), 0);
        page().showView(IPageLayout.ID_PROBLEM_VIEW);
        page().activate(editor);
        ui.waitFor("the syntax error in the Problems view", () -> ui.treeItemContaining(window.getShell(), "mismatched input '1'"));
        screenshot("11-rule-syntax-error");
    }

    // ----- steps -------------------------------------------------------------------------------

    /** File > New > Strata Project: the name, Next, then {@code connection} on the stage page, then Finish. */
    private void newProject(String name, Consumer<Shell> connection) {
        NewProjectWizard wizard = new NewProjectWizard();
        ((IWorkbenchWizard) wizard).init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(window.getShell(), wizard);
        Throwable[] failure = ui.onShell("New Strata Project", shell -> {
            ui.type(ui.byId(shell, Text.class, "project.name"), name);
            assertNull(page(shell).getErrorMessage());
            next(shell);
            connection.accept(shell);
            finish(shell);
            ui.waitUntil("the wizard to close", SLOW, shell::isDisposed);
        });
        dialog.open();
        SwtDriver.rethrow(failure);
        ui.flush();
    }

    /** Right-click {@code resource} in the Project Navigator, New > {@code item}, and drive the wizard. */
    private void fromNavigator(IResource resource, String item, String title, Consumer<Shell> steps) {
        Tree tree = selectInNavigator(resource);
        MenuItem open = ui.menuItem(tree.getMenu(), "New", item);
        Throwable[] failure = ui.onShell(title, shell -> {
            steps.accept(shell);
            ui.waitUntil("the wizard to close", SLOW, shell::isDisposed);
        });
        ui.click(open);
        SwtDriver.rethrow(failure);
    }

    private void changeSetPage(Shell shell, String id) {
        ui.waitUntil("the change log's ids", SLOW, ui.byLabel(shell, Button.class, "Next >")::isEnabled);
        ui.type(ui.byId(shell, Text.class, "changeset.id"), id);
        ui.type(ui.byId(shell, Text.class, "changeset.author"), "dev1");
        ui.type(ui.byId(shell, Text.class, "changeset.labels"), "sprint-1");
        assertEquals("Change Log/changelog.xml", ui.byId(shell, Combo.class, "changeset.target").getText());
        assertNull(page(shell).getErrorMessage());
    }

    private void selectKind(Shell shell, String kind) {
        Combo combo = ui.byId(shell, Combo.class, "change.kind");
        combo.select(Arrays.asList(combo.getItems()).indexOf(kind));
        combo.notifyListeners(SWT.Selection, new Event());
        ui.flush();
    }

    /** Right-click Rules/Forecast > Create Rules File, type the name, Finish. */
    private IFile createRulesFile(IProject project, String name) {
        Tree tree = selectInNavigator(project.getFolder("Rules/Forecast"));
        MenuItem create = menuItem(tree.getMenu(), "Create Rules File");
        Throwable[] failure = ui.onShell("New Rules File", shell -> {
            ui.type(ui.byId(shell, Text.class, "io.strata.rules.ui.newRulesFile.name"), name);
            finish(shell);
        });
        ui.click(create);
        SwtDriver.rethrow(failure);
        IFile file = project.getFile("Rules/Forecast/" + name + ".drl");
        assertTrue(file.exists(), "Finish created " + file.getFullPath());
        return file;
    }

    private DrlEditor activeDrlEditor(IFile file) {
        return ui.waitFor("the DRL editor on " + file.getName(), () -> page().getActiveEditor()
                instanceof DrlEditor e && file.equals(e.getEditorInput().getAdapter(IFile.class)) ? e : null);
    }

    /** File > Save on the active editor, then waits for the Check Rules that saving a rule starts. */
    private void save() {
        ui.click(ui.menuItem(window.getShell(), "File", "Save"));
        assertFalse(page().getActiveEditor().isDirty(), "File > Save saved the editor");
        waitForChecks();
        waitForStrataJobs();
    }

    /** Selects the resource in the Project Navigator and clicks Strata > {@code label} in the menu bar. */
    private void runFromStrataMenu(IResource resource, String label) {
        selectInNavigator(resource);
        ui.click(ui.menuItem(window.getShell(), "Strata", label));
    }

    private Tree selectInNavigator(IResource resource) {
        try {
            CommonNavigator navigator = (CommonNavigator) page().showView(StrataPerspective.NAVIGATOR_ID);
            page().activate(navigator);
            Tree tree = navigator.getCommonViewer().getTree();
            ui.treeItem(tree, resource.getProject().getName());
            navigator.getCommonViewer().setSelection(new StructuredSelection(resource), true);
            ui.flush();
            assertEquals(resource, navigator.getCommonViewer().getStructuredSelection().getFirstElement(), "selected in the navigator");
            return tree;
        } catch (org.eclipse.ui.PartInitException e) {
            throw new AssertionError(e);
        }
    }

    private MenuItem menuItem(Menu menu, String label) {
        ui.menuLabels(menu);
        for (MenuItem item : menu.getItems()) {
            if (label.equals(SwtDriver.textOf(item))) {
                return item;
            }
        }
        throw new AssertionError("No '" + label + "' in " + ui.menuLabels(menu));
    }

    private static void next(Shell shell) {
        SwtDriver driver = SwtDriver.current();
        driver.click(driver.byLabel(shell, Button.class, "Next >"));
    }

    private static void finish(Shell shell) {
        SwtDriver driver = SwtDriver.current();
        driver.click(driver.byLabel(shell, Button.class, "Finish"));
    }

    private static WizardPage page(Shell shell) {
        return (WizardPage) ((WizardDialog) shell.getData()).getCurrentPage();
    }

    private IWorkbenchPage page() {
        return window.getActivePage();
    }

    // ----- results -----------------------------------------------------------------------------

    private void waitForStrataJobs() {
        ui.waitUntil("the Strata jobs to end", SLOW, () -> Job.getJobManager().find(ForecastUi.JOB_FAMILY).length == 0);
        ui.flush();
    }

    private void waitForChecks() {
        ui.waitUntil("Check Rules to finish", SLOW, () -> Job.getJobManager().find(CheckRulesJob.FAMILY).length == 0);
        ui.flush();
    }

    private ReportView reportView(java.util.function.Predicate<Path> which) {
        return ui.waitFor("the Report view to show the report", () -> {
            IViewPart part = page().findView(ForecastUi.REPORT_VIEW_ID);
            return part instanceof ReportView view && view.report() != null && which.test(view.report()) ? view : null;
        });
    }

    /** The report is in the browser, or (no browser engine) the view names its file; either way the file holds {@code text}. */
    private void assertReportShows(ReportView view, String text) throws Exception {
        assertTrue(Files.readString(view.report()).contains(text), "the report " + view.report() + " contains " + text);
        Browser browser = view.browser();
        if (browser != null) {
            ui.waitUntil("the browser to show the report", Duration.ofSeconds(30),
                    () -> browser.getUrl().endsWith(view.report().getFileName().toString()) && browser.getText().contains(text));
        } else {
            Label message = ui.byId(window.getShell(), Label.class, "strata.report.noBrowser");
            assertTrue(message.getText().contains(view.report().toString()), message.getText());
        }
    }

    private static IMarker[] markers(IResource resource, String type) {
        try {
            return resource.findMarkers(type, false, IResource.DEPTH_INFINITE);
        } catch (CoreException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> describe(IMarker[] markers) {
        List<String> all = new ArrayList<>();
        for (IMarker marker : markers) {
            all.add(marker.getResource().getProjectRelativePath() + ":" + marker.getAttribute(IMarker.LINE_NUMBER, 0) + " "
                    + marker.getAttribute(IMarker.MESSAGE, ""));
        }
        return all;
    }

    /** The blog's rule as the sample project has it (examples/strata-sample), after its package line: what the DBA types. */
    private static String blogRule() throws Exception {
        String drl = Files.readString(Path.of(System.getProperty("strata.samples", "../../examples"),
                "strata-sample/Rules/Forecast/IndexTooManyColumns.drl"), StandardCharsets.UTF_8);
        return drl.substring(drl.indexOf('\n', drl.indexOf("\npackage ") + 1) + 1);
    }

    private static String read(IFile file) throws Exception {
        return Files.readString(file.getLocation().toPath(), StandardCharsets.UTF_8);
    }

    /** The 1-based line of the first line of the file that contains {@code text}. */
    private static int lineOf(IFile file, String text) throws Exception {
        List<String> lines = Files.readAllLines(file.getLocation().toPath(), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(file + " has no line with " + text);
    }

    private static int consoleLength() {
        return StrataConsole.get().text().length();
    }

    private static String consoleSince(int offset) {
        String text = StrataConsole.get().text();
        return text.length() >= offset ? text.substring(offset) : text;
    }

    /** Lets the event loop run for this long (repaints, view refreshes). */
    private void pause(Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        ui.waitUntil("a pause", duration.plusSeconds(5), () -> System.nanoTime() > end);
    }

    private void screenshot(String step) {
        Path dir = Path.of(System.getProperty("strata.walkthrough.screenshots",
                System.getProperty("strata.screenshots", "target/screenshots")));
        try {
            ui.screenshot(dir.resolve("walkthrough-" + step + ".png"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
