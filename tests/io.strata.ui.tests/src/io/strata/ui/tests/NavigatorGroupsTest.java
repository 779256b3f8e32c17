package io.strata.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.part.WorkbenchPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.strata.core.ReportRuns;
import io.strata.test.ui.ScreenshotOnFailure;
import io.strata.test.ui.SwtDriver;
import io.strata.ui.internal.app.StrataPerspective;
import io.strata.ui.internal.navigator.StrataNavigator;
import io.strata.ui.internal.project.SampleProjectImport;
import io.strata.ui.preferences.StrataPreferences;

/**
 * The Project Navigator's change sets grouped by label (the view menu's toggle) with their changes,
 * and the Reports folder by stage and date, newest first, an HTML report opening in the Report view.
 */
@ExtendWith(ScreenshotOnFailure.class)
class NavigatorGroupsTest {

    private static final String SAMPLE = "strata-sample";
    private static final String REPORT_VIEW = "io.strata.forecast.ui.reportView";

    private SwtDriver ui;
    private IWorkbenchWindow window;
    private IProject project;
    private IAction groupByLabel;

    @BeforeEach
    void setUp() throws Exception {
        ui = SwtDriver.current();
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Job.getJobManager().join(SampleProjectImport.FAMILY, new NullProgressMonitor());
        project = ResourcesPlugin.getWorkspace().getRoot().getProject(SAMPLE);
    }

    @AfterEach
    void groupByFileAgain() {
        if (groupByLabel != null && groupByLabel.isChecked()) {
            groupByLabel.setChecked(false);
            groupByLabel.run();
        }
    }

    @Test
    void changeSetsByLabelWithTheirChangesAndReportsByDateOpeningInTheReportView() throws Exception {
        CommonNavigator navigator = (CommonNavigator) window.getActivePage().showView(StrataPerspective.NAVIGATOR_ID);
        Tree tree = navigator.getCommonViewer().getTree();
        IFile changeLog = project.getFile("Change Log/changelog.xml");
        String original = new String(changeLog.getContents().readAllBytes(), StandardCharsets.UTF_8);
        IFolder reports = project.getFolder("Reports");
        IFolder dev = reports.getFolder("UAT");
        try {
            changeLog.setContents(new ByteArrayInputStream(original.replace("</databaseChangeLog>", """
                        <changeSet id="hotfix-001-customer-phone" author="strata">
                            <addColumn tableName="CUSTOMER"><column name="PHONE" type="VARCHAR(40)"/></addColumn>
                        </changeSet>
                    </databaseChangeLog>""").getBytes(StandardCharsets.UTF_8)), IResource.FORCE, new NullProgressMonitor());
            ui.waitUntil("five change sets by file", Duration.ofSeconds(30),
                    () -> ui.treeItem(tree, SAMPLE, "Change Log", "changelog.xml").getItems().length == 5);

            groupByLabel = ((ActionContributionItem) navigator.getViewSite().getActionBars().getMenuManager()
                    .find(StrataNavigator.GROUP_BY_LABEL_ACTION)).getAction();
            assertTrue(!groupByLabel.isChecked(), "the change sets are grouped by file at first");
            groupByLabel.setChecked(true);
            groupByLabel.run();
            assertTrue(StrataPreferences.groupChangeSetsByLabel(), "the grouping is remembered in the preferences");
            ui.waitUntil("the label groups", Duration.ofSeconds(10), () -> SwtDriver.labels(
                    ui.treeItem(tree, SAMPLE, "Change Log", "changelog.xml").getItems())
                    .equals(List.of("sprint-1 (2 change sets)", "sprint-2 (2 change sets)", "(no label) (1 change set)")));
            assertEquals(List.of("sprint2-001-create-address \u2014 strata [sprint-2] (1 change)",
                    "sprint2-002-address-index \u2014 strata [sprint-2] (1 change)"),
                    SwtDriver.labels(ui.treeItem(tree, SAMPLE, "Change Log", "changelog.xml", "sprint-2 (2 change sets)").getItems()));
            TreeItem phone = ui.treeItem(tree, SAMPLE, "Change Log", "changelog.xml", "(no label) (1 change set)",
                    "hotfix-001-customer-phone \u2014 strata (1 change)");
            ui.expand(phone);
            assertEquals(List.of("addColumn tableName=CUSTOMER"), SwtDriver.labels(phone.getItems()));
            TreeItem createTable = ui.treeItem(tree, SAMPLE, "Change Log", "changelog.xml", "sprint-1 (2 change sets)",
                    "sprint1-001-create-customer \u2014 strata [sprint-1] (1 change)");
            ui.expand(createTable);
            assertEquals(List.of("createTable tableName=CUSTOMER"), SwtDriver.labels(createTable.getItems()));

            // Three runs of a UAT stage, written as the report writer names them (UTC); the newest shows first.
            report(dev.getFolder("20261129-101500"), "deploy");
            report(dev.getFolder("20261130-153012"), "forecast");
            report(dev.getFolder("20261130-153012-01"), "forecast");
            String newest = ReportRuns.readable("20261130-153012-01", ZoneId.systemDefault()) + " \u2014 forecast";
            String middle = ReportRuns.readable("20261130-153012", ZoneId.systemDefault()) + " \u2014 forecast";
            String oldest = ReportRuns.readable("20261129-101500", ZoneId.systemDefault()) + " \u2014 deploy";
            ui.waitUntil("the runs newest first", Duration.ofSeconds(10),
                    () -> SwtDriver.labels(ui.treeItem(tree, SAMPLE, "Reports", "UAT").getItems()).equals(List.of(newest, middle, oldest)));
            TreeItem html = ui.treeItem(tree, SAMPLE, "Reports", "UAT", middle, "forecast.html");

            IWorkbenchPage page = window.getActivePage();
            page.setPartState(page.getReference(navigator), IWorkbenchPage.STATE_MAXIMIZED);
            try {
                tree.showItem(ui.treeItem(tree, SAMPLE));
                ui.flush();
                ui.screenshot(Path.of(System.getProperty("strata.screenshots", "target/screenshots"), "navigator-labels-reports.png"));
            } finally {
                page.setPartState(page.getReference(navigator), IWorkbenchPage.STATE_RESTORED);
            }

            navigator.getCommonViewer().setSelection(new StructuredSelection(html.getData()));
            Event event = new Event();
            event.item = html;
            tree.notifyListeners(SWT.DefaultSelection, event);
            IViewPart view = ui.waitFor("the Report view", () -> page.findView(REPORT_VIEW));
            ui.waitUntil("the report in the Report view", Duration.ofSeconds(20),
                    () -> ((WorkbenchPart) view).getContentDescription().endsWith("UAT/20261130-153012/forecast.html"));
            assertNotNull(page.findView(REPORT_VIEW));
        } finally {
            changeLog.setContents(new ByteArrayInputStream(original.getBytes(StandardCharsets.UTF_8)), IResource.FORCE,
                    new NullProgressMonitor());
            if (dev.exists()) {
                dev.delete(true, new NullProgressMonitor());
            }
        }
    }

    private static void report(IFolder run, String kind) throws CoreException {
        create(run);
        run.getFile(kind + ".html").create(new ByteArrayInputStream(("<html><body><h1>" + kind + " " + run.getName()
                + "</h1></body></html>").getBytes(StandardCharsets.UTF_8)), true, new NullProgressMonitor());
        run.getFile(kind + ".json").create(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)), true,
                new NullProgressMonitor());
    }

    private static void create(IFolder folder) throws CoreException {
        if (folder.getParent() instanceof IFolder parent && !parent.exists()) {
            create(parent);
        }
        if (!folder.exists()) {
            folder.create(true, true, new NullProgressMonitor());
        }
    }
}
