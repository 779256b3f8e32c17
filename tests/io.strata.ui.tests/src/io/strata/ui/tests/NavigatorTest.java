package io.strata.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.navigator.CommonViewer;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.strata.test.ui.ScreenshotOnFailure;
import io.strata.test.ui.SwtDriver;
import io.strata.ui.internal.app.StrataPerspective;
import io.strata.ui.internal.project.SampleProjectImport;

/** The Project Navigator shows the sample's plans with their stages and its change log's change sets. */
@ExtendWith(ScreenshotOnFailure.class)
class NavigatorTest {

    private static final String SAMPLE = "strata-sample";
    private static final String DEV = "DEV \u2014 h2 (reference)";

    private SwtDriver ui;
    private IWorkbenchWindow window;

    @BeforeEach
    void setUp() throws InterruptedException {
        ui = SwtDriver.current();
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Job.getJobManager().join(SampleProjectImport.FAMILY, new NullProgressMonitor());
    }

    @Test
    void plansStagesAndChangeSetsShowAndFollowTheFile() throws Exception {
        CommonNavigator navigator = (CommonNavigator) window.getActivePage().showView(StrataPerspective.NAVIGATOR_ID);
        Tree tree = navigator.getCommonViewer().getTree();

        TreeItem plan = ui.treeItem(tree, SAMPLE, "Deployment Plans", "sample-plan.yaml", "Sample Plan");
        ui.waitUntil("the DEV stage", Duration.ofSeconds(30), () -> SwtDriver.labels(plan.getItems()).equals(List.of(DEV)));

        TreeItem changeLog = ui.treeItem(tree, SAMPLE, "Change Log", "changelog.xml");
        List<String> four = List.of("sprint1-001-create-customer \u2014 strata [sprint-1] (1 change)",
                "sprint1-002-customer-email-index \u2014 strata [sprint-1] (1 change)",
                "sprint2-001-create-address \u2014 strata [sprint-2] (1 change)",
                "sprint2-002-address-index \u2014 strata [sprint-2] (1 change)");
        ui.waitUntil("the four change sets", Duration.ofSeconds(30), () -> SwtDriver.labels(changeLog.getItems()).equals(four));

        doubleClickOpensAtLine(navigator.getCommonViewer(), changeLog.getItems()[2], "<changeSet id=\"sprint2-001-create-address\"");
        doubleClickOpensAtLine(navigator.getCommonViewer(), plan.getItems()[0], "- name: DEV");

        IFile file = ResourcesPlugin.getWorkspace().getRoot().getProject(SAMPLE).getFile("Change Log/changelog.xml");
        String original = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
        try {
            String added = original.replace("</databaseChangeLog>", """
                        <changeSet id="sprint3-001-customer-phone" author="strata" labels="sprint-3">
                            <addColumn tableName="CUSTOMER"><column name="PHONE" type="VARCHAR(40)"/></addColumn>
                        </changeSet>
                    </databaseChangeLog>""");
            file.setContents(new ByteArrayInputStream(added.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, new NullProgressMonitor());
            ui.waitUntil("five change sets", Duration.ofSeconds(10), () -> {
                TreeItem item = ui.treeItem(tree, SAMPLE, "Change Log", "changelog.xml");
                return item.getItems().length == 5
                        && item.getItems()[4].getText().equals("sprint3-001-customer-phone \u2014 strata [sprint-3] (1 change)");
            });
            assertEquals(DEV, ui.treeItem(tree, SAMPLE, "Deployment Plans", "sample-plan.yaml", "Sample Plan").getItems()[0].getText());
            IWorkbenchPage page = window.getActivePage();
            page.setPartState(page.getReference(navigator), IWorkbenchPage.STATE_MAXIMIZED);
            try {
                tree.showItem(ui.treeItem(tree, SAMPLE));
                ui.flush();
                ui.screenshot(Path.of(System.getProperty("strata.screenshots", "target/screenshots"), "navigator.png"));
            } finally {
                page.setPartState(page.getReference(navigator), IWorkbenchPage.STATE_RESTORED);
            }
        } finally {
            file.setContents(new ByteArrayInputStream(original.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, new NullProgressMonitor());
        }
    }

    @Test
    void aChangeLogLiquibaseCannotReadShowsItsMessage() throws Exception {
        CommonNavigator navigator = (CommonNavigator) window.getActivePage().showView(StrataPerspective.NAVIGATOR_ID);
        Tree tree = navigator.getCommonViewer().getTree();
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getProject(SAMPLE).getFile("Change Log/changelog.xml");
        String original = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
        try {
            file.setContents(new ByteArrayInputStream(original.replace("<createTable ", "<createTabel ").getBytes(StandardCharsets.UTF_8)),
                    IResource.FORCE, new NullProgressMonitor());
            ui.waitUntil("one error node", Duration.ofSeconds(20), () -> {
                TreeItem[] items = ui.treeItem(tree, SAMPLE, "Change Log", "changelog.xml").getItems();
                return items.length == 1 && items[0].getText().contains("not valid");
            });
            String message = ui.treeItem(tree, SAMPLE, "Change Log", "changelog.xml").getItems()[0].getText();
            assertTrue(message.contains("changelog.xml") && !message.contains("Exception"), message);
        } finally {
            file.setContents(new ByteArrayInputStream(original.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, new NullProgressMonitor());
        }
    }

    private void doubleClickOpensAtLine(CommonViewer viewer, TreeItem item, String expectedLine) throws Exception {
        Object node = item.getData();
        assertNotNull(node);
        viewer.setSelection(new StructuredSelection(node));
        viewer.getTree().notifyListeners(org.eclipse.swt.SWT.DefaultSelection, selectionEvent(item));
        ui.flush();
        IWorkbenchPage page = window.getActivePage();
        IEditorPart editor = ui.waitFor("an editor", page::getActiveEditor);
        ITextEditor text = editor.getAdapter(ITextEditor.class);
        ITextSelection selection = (ITextSelection) text.getSelectionProvider().getSelection();
        String line = text.getDocumentProvider().getDocument(text.getEditorInput()).get(selection.getOffset(), selection.getLength());
        assertTrue(line.strip().startsWith(expectedLine), "opened at: " + line);
        assertTrue(page.closeEditor(editor, false));
        ui.flush();
    }

    private static org.eclipse.swt.widgets.Event selectionEvent(TreeItem item) {
        org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
        event.item = item;
        return event;
    }
}
