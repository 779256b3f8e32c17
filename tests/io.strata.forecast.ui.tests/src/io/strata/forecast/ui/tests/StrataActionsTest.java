package io.strata.forecast.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.strata.forecast.ui.ForecastUi;
import io.strata.forecast.ui.internal.console.StrataConsole;
import io.strata.forecast.ui.internal.report.ReportView;
import io.strata.test.ui.ScreenshotOnFailure;
import io.strata.test.ui.StrataNavigator;
import io.strata.test.ui.SwtDriver;
import io.strata.ui.internal.project.SampleProjectImport;

/**
 * Forecast, Check Rules, Deploy and the other Strata actions on the sample project, run through
 * the real menus of the workbench; results checked where a user sees them (console, Problems
 * view markers, Report view).
 */
@ExtendWith(ScreenshotOnFailure.class)
class StrataActionsTest {

    private static final String SAMPLE = "strata-sample";
    private static final String CHANGE_LOG = "Change Log/changelog.xml";
    private static final String INDEX_MESSAGE = "The new index [IDX_ADDRESS_ALL] contains more than 3 columns.";
    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(3);

    private SwtDriver ui;
    private IWorkbenchWindow window;
    private IProject project;

    @BeforeEach
    void setUp() throws Exception {
        ui = SwtDriver.current();
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "the workbench has a window");
        Job.getJobManager().join(SampleProjectImport.FAMILY, new NullProgressMonitor());
        project = ResourcesPlugin.getWorkspace().getRoot().getProject(SAMPLE);
        assertTrue(project.isOpen(), "the sample project was imported");
        waitForStrataJobs();
    }

    @Test
    void checkRulesOnTheSampleSaysNoErrorsAndShowsTheReport() {
        int before = consoleLength();
        runFromStrataMenu(project, "Check Rules");
        waitForStrataJobs();

        ui.waitUntil("the console to say the rules are fine", Duration.ofSeconds(10),
                () -> consoleSince(before).contains("Rule Validation returned no errors."));
        String output = consoleSince(before);
        assertTrue(output.contains("Check Rules report: Reports/check-rules/"), output);
        assertEquals(0, markers(project, ForecastUi.RULE_PROBLEM_MARKER).length, "no rule problems");
        ReportView view = reportView();
        assertEquals("check-rules.html", view.report().getFileName().toString());
        assertTrue(project.getFolder("Reports/check-rules").exists(), "the navigator sees the report folder (refreshed)");

        // Open Report on an older report shows that one.
        Path first = view.report();
        runFromStrataMenu(project, "Check Rules");
        waitForStrataJobs();
        ui.waitUntil("the second report to be shown", Duration.ofSeconds(10), () -> !first.equals(reportView().report()));
        IFile firstFile = project.getFile(IPath.fromOSString(project.getLocation().toPath().relativize(first).toString()));
        assertTrue(firstFile.exists(), "the report is in the workspace: " + firstFile);
        runFromStrataMenu(firstFile, "Open Report");
        waitForStrataJobs();
        ui.waitUntil("Open Report to show the selected report", Duration.ofSeconds(10), () -> first.equals(reportView().report()));
    }

    @Test
    void forecastOnDevMarksTheIndexChangeSetAndShowsTheReportWhileTheUiStaysResponsive() throws Exception {
        int before = consoleLength();
        // Holding the project's scheduling rule keeps the forecast job from writing its markers, so it is
        // still running (after its database and rules work) while the UI thread is probed, however fast it is.
        List<Long> latencies;
        Job.getJobManager().beginRule(project, null);
        try {
            runFromStrataMenu(project, "Forecast");
            Job[] jobs = Job.getJobManager().find(ForecastUi.JOB_FAMILY);
            assertEquals(1, jobs.length, "the click returned while the forecast runs as a job, not on the UI thread");
            latencies = probeResponsiveness(jobs[0], Duration.ofMillis(1500));
        } finally {
            Job.getJobManager().endRule(project);
        }
        waitForStrataJobs();
        assertTrue(latencies.size() >= 5, "probes while the forecast ran: " + latencies);
        long worst = latencies.stream().mapToLong(Long::longValue).max().getAsLong();
        assertTrue(worst < 1000, "the UI thread answered within 1 s while the forecast ran; worst: " + worst + " ms of " + latencies);

        IFile changeLog = project.getFile(CHANGE_LOG);
        int expectedLine = lineOf(changeLog, "id=\"sprint2-002-address-index\"");
        IMarker marker = Arrays.stream(markers(changeLog, ForecastUi.FINDING_MARKER))
                .filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains(INDEX_MESSAGE)).findFirst()
                .orElseThrow(() -> new AssertionError("no marker with the rule's message on " + CHANGE_LOG + "; markers: "
                        + describe(markers(project, ForecastUi.FINDING_MARKER))));
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1), "a FAIL is an error");
        assertEquals(expectedLine, marker.getAttribute(IMarker.LINE_NUMBER, -1), "at the change set's line");
        assertEquals("RULE", marker.getAttribute(ForecastUi.ATTR_CODE, null));
        assertEquals("Index Too Many Columns Error", marker.getAttribute(ForecastUi.ATTR_RULE, null));
        assertEquals("Forecast", marker.getAttribute(ForecastUi.ATTR_PHASE, null));
        assertEquals("sprint2-002-address-index", marker.getAttribute(ForecastUi.ATTR_CHANGE_SET_ID, null));
        assertEquals("DEV", marker.getAttribute(ForecastUi.ATTR_STAGE, null));
        assertTrue(marker.isSubtypeOf(IMarker.PROBLEM), "shows in the Problems view");

        ui.waitUntil("the console to report the failed forecast", Duration.ofSeconds(10),
                () -> consoleSince(before).contains("FORECAST FAILED"));
        String output = consoleSince(before);
        assertTrue(output.contains("Forecast of stage DEV"), output);
        assertTrue(output.contains(INDEX_MESSAGE), output);
        assertTrue(output.contains("Forecast report: Reports/DEV/"), output);

        // The Problems view lists it.
        IWorkbenchPage page = window.getActivePage();
        page.showView(IPageLayout.ID_PROBLEM_VIEW);
        ui.waitFor("the finding in the Problems view", () -> ui.treeItemContaining(window.getShell(), INDEX_MESSAGE));
        pause(Duration.ofMillis(1500));
        ui.waitFor("the finding in the Problems view after it settled", () -> ui.treeItemContaining(window.getShell(), INDEX_MESSAGE));
        ui.screenshot(screenshots().resolve("problems-view.png"));

        // The report is in the Report view.
        ReportView view = reportView();
        assertEquals("forecast.html", view.report().getFileName().toString());
        assertEquals("DEV", view.report().getParent().getParent().getFileName().toString());
        assertReportShown(view, "IDX_ADDRESS_ALL");
        page.toggleZoom(page.getReference(view));
        pause(Duration.ofMillis(1000));
        if (view.browser() != null) {
            view.browser().execute("var h = document.getElementById('failures'); if (h) { window.scrollTo(0, h.offsetTop - 12); }");
        }
        pause(Duration.ofMillis(700));
        ui.screenshot(screenshots().resolve("report-view.png"));
        page.toggleZoom(page.getReference(view));

        // Opening the marker (what a double-click does) shows the change set's line.
        IEditorPart editor = IDE.openEditor(page, marker);
        ui.flush();
        ITextEditor text = editor.getAdapter(ITextEditor.class);
        assertNotNull(text, "the change log opens in a text editor");
        ITextSelection selection = (ITextSelection) text.getSelectionProvider().getSelection();
        assertEquals(expectedLine - 1, selection.getStartLine(), "the editor shows the change set's line");
        page.closeEditor(editor, false);

        // A second run replaces the markers instead of adding to them.
        int count = markers(project, ForecastUi.FINDING_MARKER).length;
        runFromStrataMenu(project, "Forecast");
        waitForStrataJobs();
        assertEquals(count, markers(project, ForecastUi.FINDING_MARKER).length, "markers are replaced on each run");
    }

    @Test
    void cancellingAForecastEndsItAsCancelledAndLeavesTheMarkersAlone() throws Exception {
        IMarker[] markersBefore = markers(project, ForecastUi.FINDING_MARKER);
        int before = consoleLength();
        Job job;
        // Held, the project's rule keeps the job from finishing before it is cancelled.
        Job.getJobManager().beginRule(project, null);
        try {
            runFromStrataMenu(project, "Forecast");
            Job[] jobs = Job.getJobManager().find(ForecastUi.JOB_FAMILY);
            assertEquals(1, jobs.length);
            job = jobs[0];
            Job running = job;
            ui.waitUntil("the forecast job to run", Duration.ofSeconds(30), () -> running.getState() == Job.RUNNING);
            job.cancel();
        } finally {
            Job.getJobManager().endRule(project);
        }
        waitForStrataJobs();
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), "the job ended as cancelled: " + job.getResult());
        ui.waitUntil("the console to say it was cancelled", Duration.ofSeconds(10),
                () -> consoleSince(before).contains("was cancelled after"));
        assertEquals(Set.of(markersBefore), Set.of(markers(project, ForecastUi.FINDING_MARKER)),
                "a cancelled forecast does not touch the markers");
    }

    @Test
    void aRuleWithASyntaxErrorGetsAnErrorMarkerAtItsLineAndColumn() throws Exception {
        String drl = """
                package rules.broken

                import liquibase.change.core.CreateIndexChange

                rule "Broken"
                    salience 1 1
                when
                    CreateIndexChange( indexName == "x" )
                then
                end
                """;
        IFile broken = project.getFile("Rules/Forecast/Broken.drl");
        broken.create(new ByteArrayInputStream(drl.getBytes(StandardCharsets.UTF_8)), true, new NullProgressMonitor());
        try {
            int before = consoleLength();
            runFromStrataMenu(broken, "Check Rules");
            waitForStrataJobs();

            IMarker[] markers = markers(broken, ForecastUi.RULE_PROBLEM_MARKER);
            assertEquals(1, markers.length, describe(markers));
            IMarker marker = markers[0];
            int line = lineOf(broken, "salience 1 1");
            assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
            assertEquals(line, marker.getAttribute(IMarker.LINE_NUMBER, -1));
            int secondOne = drl.indexOf("salience 1 1") + "salience 1 ".length();
            assertEquals(secondOne, marker.getAttribute(IMarker.CHAR_START, -1), "the char range starts at the column");
            assertEquals(secondOne + 1, marker.getAttribute(IMarker.CHAR_END, -1));
            assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("mismatched input '1'"), describe(markers));
            ui.waitUntil("the console to list the problem", Duration.ofSeconds(10),
                    () -> consoleSince(before).contains("Rules/Forecast/Broken.drl:" + line));
            assertTrue(consoleSince(before).contains("Rule Validation returned 1 error(s)"), consoleSince(before));
        } finally {
            broken.delete(true, new NullProgressMonitor());
        }
        runFromStrataMenu(project, "Check Rules");
        waitForStrataJobs();
        assertEquals(0, markers(project, ForecastUi.RULE_PROBLEM_MARKER).length, "the next Check Rules clears the problems");
    }

    @Test
    void testConnectionAndStatusTalkToTheDevStage() {
        int before = consoleLength();
        runFromStrataMenu(project, "Test Connection");
        waitForStrataJobs();
        ui.waitUntil("the connection to be reported", Duration.ofSeconds(10),
                () -> consoleSince(before).contains("Stage DEV: Connected to H2"));

        runFromStrataMenu(project, "Status");
        waitForStrataJobs();
        ui.waitUntil("the status to be reported", Duration.ofSeconds(10),
                () -> consoleSince(before).contains("pending on stage DEV") || consoleSince(before).contains("Stage DEV is up to date"));
    }

    @Test
    void withSeveralStagesTheUserPicksOneAndThePickIsRemembered() throws Exception {
        IFile plan = project.getFile("Deployment Plans/second-plan.yaml");
        String yaml = """
                name: Second Plan
                stages:
                  - name: TEST
                    type: h2
                    url: jdbc:h2:file:${project.dir}/.strata/h2/test
                    user: sa
                """;
        plan.create(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), true, new NullProgressMonitor());
        try {
            int before = consoleLength();
            List<String> offered = new ArrayList<>();
            Throwable[] failure = ui.onShell("Status: which stage?", shell -> {
                Table table = ui.findAll(shell, Table.class, t -> true).get(0);
                for (TableItem item : table.getItems()) {
                    offered.add(item.getText());
                }
                table.setSelection(offered.indexOf(offered.stream().filter(o -> o.startsWith("TEST")).findFirst().orElseThrow()));
                ui.click(ui.byLabel(shell, Button.class, "OK"));
            });
            runFromStrataMenu(project, "Status");
            waitForStrataJobs();
            SwtDriver.rethrow(failure);
            assertEquals(2, offered.size(), "the stages of both plans: " + offered);
            assertTrue(offered.get(0).startsWith("DEV") && offered.get(0).contains("reference"), offered.toString());
            ui.waitUntil("the status of TEST", Duration.ofSeconds(10), () -> consoleSince(before).contains("pending on stage TEST"));

            String[] preselected = new String[1];
            failure = ui.onShell("Status: which stage?", shell -> {
                Table table = ui.findAll(shell, Table.class, t -> true).get(0);
                preselected[0] = table.getSelectionCount() == 1 ? table.getSelection()[0].getText() : null;
                ui.click(ui.byLabel(shell, Button.class, "Cancel"));
            });
            int second = consoleLength();
            runFromStrataMenu(project, "Status");
            waitForStrataJobs();
            SwtDriver.rethrow(failure);
            assertNotNull(preselected[0], "a stage is preselected");
            assertTrue(preselected[0].startsWith("TEST"), "the last pick is offered first: " + preselected[0]);
            ui.waitUntil("the console to say Status was cancelled", Duration.ofSeconds(10),
                    () -> consoleSince(second).contains("was cancelled"));
        } finally {
            plan.delete(true, new NullProgressMonitor());
        }
    }

    @Test
    void deployRefusesWhenTheForecastFails() {
        int before = consoleLength();
        String[] dialogText = new String[1];
        Throwable[] failure = ui.onShell("Deploy to stage DEV", shell -> {
            dialogText[0] = String.join("\n", ui.findAll(shell, Label.class, l -> true).stream().map(Label::getText).toList());
            shell.close();
        });
        runFromStrataMenu(project, "Deploy");
        waitForStrataJobs();
        ui.waitUntil("the error dialog of the refused deploy", Duration.ofSeconds(20), () -> dialogText[0] != null || failure[0] != null);
        SwtDriver.rethrow(failure);
        assertTrue(dialogText[0].contains("Nothing was deployed to stage DEV: the forecast failed"), dialogText[0]);
        String output = consoleSince(before);
        assertTrue(output.contains("Nothing was deployed to stage DEV"), output);
        assertFalse(output.contains("Deployed "), output);
        assertTrue(Arrays.stream(markers(project, ForecastUi.FINDING_MARKER))
                .anyMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains(INDEX_MESSAGE)), "the findings that stopped it are shown");
    }

    @Test
    void theActionsAreInTheStrataMenuTheNavigatorMenuAndOnKeys() throws Exception {
        List<String> expected = List.of("Forecast", "Deploy", "Deploy (quick)", "Status", "Test Connection", "Snapshot",
                "Check Rules", "Open Report");
        Menu strata = ui.menuItem(window.getShell(), "Strata").getMenu();
        assertEquals(expected, ui.menuLabels(strata));

        Tree tree = selectInNavigator(project);
        Menu context = tree.getMenu();
        List<String> projectMenu = ui.menuLabels(context);
        assertTrue(projectMenu.contains("Strata"), "context menu of the project: " + projectMenu);
        MenuItem strataItem = Arrays.stream(context.getItems()).filter(i -> "Strata".equals(SwtDriver.textOf(i))).findFirst().get();
        assertEquals(expected, ui.menuLabels(strataItem.getMenu()));

        selectInNavigator(project.getFolder("Rules/Forecast"));
        List<String> rulesMenu = ui.menuLabels(context);
        assertTrue(rulesMenu.contains("Check Rules"), "right-click the Forecast rules folder > Check Rules: " + rulesMenu);

        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        assertNotNull(bindings.getBestActiveBindingFormattedFor(ForecastUi.COMMAND_FORECAST), "Forecast has a key");
        assertNotNull(bindings.getBestActiveBindingFormattedFor(ForecastUi.COMMAND_CHECK_RULES), "Check Rules has a key");
    }

    // ----- helpers -----------------------------------------------------------------------------

    /** Selects the resource in the Project Navigator and clicks Strata > {@code label} in the menu bar. */
    private void runFromStrataMenu(IResource resource, String label) {
        selectInNavigator(resource);
        ui.click(ui.menuItem(window.getShell(), "Strata", label));
    }

    private Tree selectInNavigator(IResource resource) {
        return StrataNavigator.select(ui, window, resource);
    }

    /** For this long, posts runnables to the UI thread and returns how long each took to run (ms) while the job ran. */
    private List<Long> probeResponsiveness(Job job, Duration duration) {
        List<Long> latencies = new ArrayList<>();
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            AtomicLong ran = new AtomicLong(-1);
            long posted = System.nanoTime();
            boolean running = job.getState() == Job.RUNNING;
            ui.display().asyncExec(() -> ran.set(System.nanoTime()));
            ui.waitUntil("a runnable posted to the UI thread to run", Duration.ofSeconds(30), () -> ran.get() >= 0);
            if (running) {
                latencies.add((ran.get() - posted) / 1_000_000);
            }
            pause(Duration.ofMillis(100));
        }
        return latencies;
    }

    /** Lets the event loop run for this long (repaints, view refreshes). */
    private void pause(Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        ui.waitUntil("a pause", duration.plusSeconds(5), () -> System.nanoTime() > end);
    }

    private void waitForStrataJobs() {
        ui.waitUntil("the Strata jobs to end", JOB_TIMEOUT, () -> Job.getJobManager().find(ForecastUi.JOB_FAMILY).length == 0);
        ui.flush();
    }

    private ReportView reportView() {
        return ui.waitFor("the Report view to show a report", () -> {
            IViewPart part = window.getActivePage().findView(ForecastUi.REPORT_VIEW_ID);
            return part instanceof ReportView view && view.report() != null ? view : null;
        });
    }

    /** The report is shown in the browser, or (no browser engine) the view says so and offers the external browser. */
    private void assertReportShown(ReportView view, String expectedText) {
        Browser browser = view.browser();
        Composite root = window.getShell();
        if (browser != null) {
            ui.waitUntil("the browser to show the report", Duration.ofSeconds(30),
                    () -> browser.getUrl().endsWith(view.report().getFileName().toString())
                            && browser.getText().contains(expectedText));
        } else {
            Label message = ui.byId(root, Label.class, "strata.report.noBrowser");
            assertTrue(message.getText().contains("no browser engine is available"), message.getText());
            assertTrue(message.getText().contains(view.report().toString()), message.getText());
            Button open = ui.byId(root, Button.class, "strata.report.openExternally");
            assertTrue(open.isVisible() && open.isEnabled(), "the Open in External Browser button is offered");
        }
    }

    private static IMarker[] markers(IResource resource, String type) {
        try {
            return resource.findMarkers(type, false, IResource.DEPTH_INFINITE);
        } catch (org.eclipse.core.runtime.CoreException e) {
            throw new AssertionError(e);
        }
    }

    private static String describe(IMarker[] markers) {
        List<String> all = new ArrayList<>();
        for (IMarker marker : markers) {
            all.add(marker.getResource().getProjectRelativePath() + ":" + marker.getAttribute(IMarker.LINE_NUMBER, 0) + " "
                    + marker.getAttribute(IMarker.MESSAGE, ""));
        }
        return all.toString();
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

    private static Path screenshots() {
        return Path.of(System.getProperty("strata.screenshots", "target/screenshots"));
    }
}
