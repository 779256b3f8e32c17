package io.strata.forecast.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.strata.forecast.ui.ForecastUi;
import io.strata.forecast.ui.internal.jobs.ForecastOnSaveJob;
import io.strata.test.ui.ScreenshotOnFailure;
import io.strata.test.ui.SwtDriver;
import io.strata.ui.StrataUi;
import io.strata.ui.internal.project.SampleProjectImport;
import io.strata.ui.preferences.StrataPreferences;

/**
 * Forecast on save: saving the sample's change log (File > Save) shows the rule's FAIL at the
 * four-column index's change set without running Forecast; fixing it and saving again removes it.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ForecastOnSaveTest {

    private static final String INDEX_CHANGE_SET = "sprint2-002-address-index";
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private SwtDriver ui;
    private IWorkbenchPage page;
    private IProject project;
    private IFile changelog;
    private byte[] original;

    @BeforeEach
    void setUp() throws Exception {
        ui = SwtDriver.current();
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Job.getJobManager().join(SampleProjectImport.FAMILY, new NullProgressMonitor());
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("strata-sample");
        changelog = project.getFile("Change Log/changelog.xml");
        original = Files.readAllBytes(changelog.getLocation().toPath());
        project.deleteMarkers(ForecastUi.FINDING_MARKER, false, IResource.DEPTH_INFINITE);
    }

    @AfterEach
    void restore() throws Exception {
        page.closeAllEditors(false);
        Job.getJobManager().join(ForecastOnSaveJob.FAMILY, new NullProgressMonitor());
        Files.write(changelog.getLocation().toPath(), original);
        changelog.refreshLocal(IResource.DEPTH_ZERO, null);
        project.deleteMarkers(ForecastUi.FINDING_MARKER, false, IResource.DEPTH_INFINITE);
        InstanceScope.INSTANCE.getNode(StrataUi.PLUGIN_ID).remove(StrataPreferences.FORECAST_ON_SAVE);
    }

    @Test
    void savingTheSampleShowsTheIndexRulesFailAtItsChangeSetAndFixingItRemovesIt() throws Exception {
        List<Path> reportsBefore = reports();
        ITextEditor editor = (ITextEditor) IDE.openEditor(page, changelog).getAdapter(ITextEditor.class);
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        document.replace(document.getLength(), 0, "\n");
        long saved = System.nanoTime();
        save();

        IMarker fail = waitForMarker(true);
        System.out.println("Forecast on save: the marker " + (System.nanoTime() - saved) / 1_000_000 + " ms after File > Save");
        int line = document.getLineOfOffset(document.get().indexOf("id=\"" + INDEX_CHANGE_SET + "\"")) + 1;
        assertEquals(line, fail.getAttribute(IMarker.LINE_NUMBER, -1), "at the change set's line");
        assertEquals(IMarker.SEVERITY_ERROR, fail.getAttribute(IMarker.SEVERITY, -1));
        assertEquals(changelog, fail.getResource());
        assertTrue(fail.getAttribute(IMarker.MESSAGE, "").contains("The new index [IDX_ADDRESS_ALL] contains more than 3 columns."),
                fail.getAttribute(IMarker.MESSAGE, ""));
        assertEquals("Strata forecast on save (offline, stage DEV)", fail.getAttribute(IMarker.SOURCE_ID, ""));
        assertEquals(0, Job.getJobManager().find(ForecastUi.JOB_FAMILY).length, "Forecast itself did not run");
        assertEquals(reportsBefore, reports(), "no report is written");
        assertEquals(1, findings().stream().filter(m -> INDEX_CHANGE_SET.equals(m.getAttribute(ForecastUi.ATTR_CHANGE_SET_ID, ""))).count(),
                "one marker, not one per save: " + findings());

        // Fix: three columns. The marker goes at the next save.
        int zip = document.get().indexOf("<column name=\"ZIP\"/>");
        assertTrue(zip > 0);
        int zipLine = document.getLineOfOffset(zip);
        document.replace(document.getLineOffset(zipLine), document.getLineLength(zipLine), "");
        save();
        waitForMarker(false);
        assertEquals(List.of(), findings());

        // Off in the preferences: saving runs nothing.
        InstanceScope.INSTANCE.getNode(StrataUi.PLUGIN_ID).putBoolean(StrataPreferences.FORECAST_ON_SAVE, false);
        document.set(new String(original, java.nio.charset.StandardCharsets.UTF_8));
        save();
        ui.flush();
        assertEquals(0, Job.getJobManager().find(ForecastOnSaveJob.FAMILY).length, "no forecast on save when it is off");
        assertEquals(List.of(), findings());
    }

    @Test
    void savingADslChangeLogIncludedByTheMasterMarksItsChangeSetInTheDslFile() throws Exception {
        IFile dsl = project.getFile("Change Log/addresses.strata");
        Files.writeString(dsl.getLocation().toPath(), """
                // Addresses, in the DSL.
                changeSet dsl-address-index author=dev1 {
                    createIndex IDX_ADDRESS_DSL tableName=ADDRESS {
                        column STREET;
                        column CITY;
                        column STATE;
                        column ZIP;
                    }
                }
                """);
        String master = new String(original, java.nio.charset.StandardCharsets.UTF_8);
        int close = master.lastIndexOf("</databaseChangeLog>");
        Files.writeString(changelog.getLocation().toPath(), master.substring(0, close)
                + "    <include file=\"addresses.strata\" relativeToChangelogFile=\"true\"/>\n" + master.substring(close));
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        try {
            ITextEditor editor = (ITextEditor) IDE.openEditor(page, dsl, "org.eclipse.ui.DefaultTextEditor").getAdapter(ITextEditor.class);
            IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
            document.replace(document.getLength(), 0, "\n");
            save();

            IMarker fail = waitForMarker("dsl-address-index", true);
            assertEquals(dsl, fail.getResource(), "on the DSL file");
            assertEquals(2, fail.getAttribute(IMarker.LINE_NUMBER, -1), "at the change set's line");
            assertEquals(IMarker.SEVERITY_ERROR, fail.getAttribute(IMarker.SEVERITY, -1));

            int zip = document.getLineOfOffset(document.get().indexOf("column ZIP;"));
            document.replace(document.getLineOffset(zip), document.getLineLength(zip), "");
            save();
            waitForMarker("dsl-address-index", false);
            assertEquals(1, failures(INDEX_CHANGE_SET).count(), "the XML file's own failing index is still marked: " + findings());
        } finally {
            page.closeAllEditors(false);
            Job.getJobManager().join(ForecastOnSaveJob.FAMILY, new NullProgressMonitor());
            dsl.delete(true, null);
        }
    }

    /** File > Save, as Ctrl+S runs it. */
    private void save() throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.FILE_SAVE, null);
        ui.flush();
    }

    private IMarker waitForMarker(boolean present) {
        return waitForMarker(INDEX_CHANGE_SET, present);
    }

    /**
     * Waits for the FAIL (error) marker of a change set to appear or go. A change set can also have warnings (the DSL
     * test's index duplicates the XML one's columns: DUPLICATE_INDEX), which are not the rule's marker.
     */
    private IMarker waitForMarker(String changeSetId, boolean present) {
        ui.waitUntil(present ? "the rule's FAIL marker on " + changeSetId : "the FAIL marker on " + changeSetId + " to go", TIMEOUT, () -> {
            if (Job.getJobManager().find(ForecastOnSaveJob.FAMILY).length > 0) {
                return false;
            }
            return failures(changeSetId).findAny().isPresent() == present;
        });
        return present ? failures(changeSetId).findFirst().orElseThrow() : null;
    }

    private Stream<IMarker> failures(String changeSetId) {
        return findings().stream().filter(m -> changeSetId.equals(m.getAttribute(ForecastUi.ATTR_CHANGE_SET_ID, ""))
                && m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR);
    }

    private List<IMarker> findings() {
        try {
            return Arrays.stream(project.findMarkers(ForecastUi.FINDING_MARKER, false, IResource.DEPTH_INFINITE))
                    .filter(m -> m.getAttribute(IMarker.SEVERITY, -1) != IMarker.SEVERITY_INFO).toList();
        } catch (CoreException e) {
            throw new AssertionError(e);
        }
    }

    private List<Path> reports() throws Exception {
        Path reports = project.getLocation().toPath().resolve("Reports");
        if (!Files.isDirectory(reports)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(reports)) {
            return walk.sorted().toList();
        }
    }
}
