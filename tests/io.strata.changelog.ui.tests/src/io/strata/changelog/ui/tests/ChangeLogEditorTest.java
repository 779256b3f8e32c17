package io.strata.changelog.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.strata.changelog.ui.internal.editor.ChangeLogCheckJob;
import io.strata.changelog.ui.internal.editor.ChangeLogEditor;
import io.strata.changelog.ui.internal.editor.ChangeLogMarkers;
import io.strata.test.ui.ScreenshotOnFailure;
import io.strata.test.ui.SwtDriver;

/**
 * The change log editor: a change log XML file opens in it, is checked when opened and saved (markers
 * at the right line, gone when fixed), and the quick fixes of its markers and of forecast findings
 * edit the file through the editor's document, undone by Ctrl+Z.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ChangeLogEditorTest {

    private static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
            """;
    private static final Duration CHECK = Duration.ofSeconds(60);

    private SwtDriver ui;
    private IWorkbenchPage page;
    private IProject project;

    @BeforeEach
    void setUp() throws Exception {
        ui = SwtDriver.current();
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("editor-test-" + System.nanoTime());
        Path dir = ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath().resolve(project.getName());
        write(dir.resolve("strata.yaml"), "name: editor-test\n");
        write(dir.resolve("Deployment Plans/plan.yaml"), "stages:\n  - name: DEV\n    type: h2\n"
                + "    url: jdbc:h2:file:${project.dir}/.strata/h2/dev\n    user: sa\n");
        project.create(null);
        project.open(null);
        project.setDefaultCharset("UTF-8", null);
    }

    @AfterEach
    void tearDown() throws Exception {
        page.closeAllEditors(false);
        Job.getJobManager().join(ChangeLogCheckJob.FAMILY, new NullProgressMonitor());
        project.delete(true, true, null);
    }

    @Test
    void aMisspeltChangeIsMarkedAtItsLineAndItsQuickFixRenamesItUndoably() throws Exception {
        IFile file = changeLog("""
                    <changeSet id="1" author="dev">
                        <createTabel tableName="ORDERS">
                            <column name="ID" type="BIGINT"/>
                        </createTabel>
                    </changeSet>
                """);
        IEditorPart part = IDE.openEditor(page, file);
        ChangeLogEditor editor = assertInstanceOf(ChangeLogEditor.class, part, "a change log opens in the change log editor");
        IMarker marker = waitForMarker(file, ChangeLogMarkers.MARKER);
        assertEquals(6, marker.getAttribute(IMarker.LINE_NUMBER, 0), "at the line of <createTabel>");
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        String message = marker.getAttribute(IMarker.MESSAGE, "");
        assertTrue(message.contains("<createTabel>") && message.contains("Did you mean <createTable>?"), message);

        // Ctrl+1 on the marker's line: the quick fix pop-up (the screenshot of the user guide), with the
        // Problems view showing the error.
        showProblems();
        ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
        viewer.getTextWidget().setCaretOffset(editor.document().getLineOffset(5) + 10);
        viewer.getTextWidget().setFocus();
        ui.flush();
        ((ITextOperationTarget) viewer).doOperation(ISourceViewer.QUICK_ASSIST);
        ui.flush();
        screenshot("changelog-quick-fix.png");
        viewer.getTextWidget().traverse(org.eclipse.swt.SWT.TRAVERSE_ESCAPE);
        ui.flush();

        IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
        assertEquals(List.of("Change <createTabel> to <createTable>"), Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList());
        String before = editor.document().get();
        resolutions[0].run(marker);
        String fixed = editor.document().get();
        assertEquals(before.replace("<createTabel ", "<createTable ").replace("</createTabel>", "</createTable>"), fixed);
        assertEquals(fixed, Files.readString(file.getLocation().toPath()), "the fix is saved (the file had no unsaved changes)");
        ui.waitUntil("the marker to go after the fix", CHECK, () -> markers(file, ChangeLogMarkers.MARKER).length == 0);

        ((ITextOperationTarget) viewer).doOperation(ITextOperationTarget.UNDO);
        assertEquals(before, editor.document().get(), "one Ctrl+Z undoes the whole fix");
        editor.doSave(new NullProgressMonitor());
        assertEquals(6, waitForMarker(file, ChangeLogMarkers.MARKER).getAttribute(IMarker.LINE_NUMBER, 0), "marked again after saving");
    }

    @Test
    void aDuplicateIdIsMarkedAtTheSecondChangeSetUntilItIsRenamed() throws Exception {
        IFile file = changeLog("""
                    <changeSet id="1" author="dev"><createTable tableName="A"><column name="ID" type="INT"/></createTable></changeSet>
                    <changeSet id="1" author="dev"><createTable tableName="B"><column name="ID" type="INT"/></createTable></changeSet>
                """);
        ChangeLogEditor editor = (ChangeLogEditor) IDE.openEditor(page, file);
        IMarker marker = waitForMarker(file, ChangeLogMarkers.MARKER);
        assertEquals(6, marker.getAttribute(IMarker.LINE_NUMBER, 0));
        assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("already used at line 5"), marker.getAttribute(IMarker.MESSAGE, ""));
        int offset = editor.document().get().lastIndexOf("id=\"1\"");
        editor.document().replace(offset, "id=\"1\"".length(), "id=\"2\"");
        editor.doSave(new NullProgressMonitor());
        ui.waitUntil("the marker to go after saving the fix", CHECK, () -> markers(file, ChangeLogMarkers.MARKER).length == 0);
    }

    @Test
    void aForecastFindingOnAMisspeltTableOffersTheSuggestedTableAndOpeningTheChangeSet() throws Exception {
        IFile file = changeLog("""
                    <changeSet id="orders" author="dev">
                        <createTable tableName="ORDERS"><column name="ID" type="BIGINT"/></createTable>
                    </changeSet>
                    <changeSet id="note" author="dev">
                        <addColumn tableName="ORDRS"><column name="NOTE" type="VARCHAR(200)"/></addColumn>
                    </changeSet>
                """);
        ChangeLogEditor editor = (ChangeLogEditor) IDE.openEditor(page, file);
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class)
                .executeCommand("io.strata.forecast.ui.forecast", null);
        IMarker finding = ui.waitFor("the forecast's TABLE_MISSING finding", () -> Arrays.stream(markers(file, ChangeLogMarkers.FINDING_MARKER))
                .filter(m -> "TABLE_MISSING".equals(m.getAttribute("code", ""))).findFirst().orElse(null));
        assertEquals(8, finding.getAttribute(IMarker.LINE_NUMBER, 0), "at the change set's line");
        IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(finding);
        assertEquals(List.of("Change ORDRS to ORDERS", "Open change set note"),
                Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList());
        String before = editor.document().get();
        resolutions[0].run(finding);
        assertEquals(before.replace("tableName=\"ORDRS\"", "tableName=\"ORDERS\""), editor.document().get());
        assertFalse(finding.exists(), "the finding's marker goes with the fix; the next forecast judges the new text");
        ((ITextOperationTarget) editor.getAdapter(ITextOperationTarget.class)).doOperation(ITextOperationTarget.UNDO);
        assertEquals(before, editor.document().get(), "Ctrl+Z undoes the fix");
    }

    // ----- helpers -----------------------------------------------------------------------------

    /** The Problems view with its groups expanded, once it shows an error (for the screenshot). */
    private void showProblems() throws Exception {
        IViewPart problems = page.showView(IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
        Tree tree = ui.findAll((Composite) problems.getSite().getShell(), Tree.class,
                t -> t.getColumnCount() > 0 && t.getColumn(0).getText().equals("Description")).get(0);
        ui.waitUntil("the Problems view to show the error", Duration.ofSeconds(10),
                () -> tree.getItemCount() > 0 && Arrays.stream(tree.getItems()).anyMatch(i -> i.getText().startsWith("Errors")));
        for (TreeItem item : tree.getItems()) {
            ui.expand(item);
        }
        ui.flush();
    }

    private IFile changeLog(String changeSets) throws Exception {
        IFile file = project.getFile("Change Log/changelog.xml");
        write(file.getLocation().toPath(), HEAD + changeSets + "</databaseChangeLog>\n");
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        return file;
    }

    private IMarker waitForMarker(IFile file, String type) {
        return ui.waitFor("a marker of type " + type + " on " + file.getFullPath(), () -> {
            IMarker[] markers = markers(file, type);
            return markers.length == 1 && Job.getJobManager().find(ChangeLogCheckJob.FAMILY).length == 0 ? markers[0] : null;
        });
    }

    private static IMarker[] markers(IFile file, String type) {
        try {
            return file.exists() ? file.findMarkers(type, true, IResource.DEPTH_ZERO) : new IMarker[0];
        } catch (CoreException e) {
            throw new AssertionError(e);
        }
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private void screenshot(String name) {
        try {
            ui.screenshot(Path.of(System.getProperty("strata.screenshots", "target/screenshots"), name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
