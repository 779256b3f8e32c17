package io.strata.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.strata.dsl.DslIssue;
import io.strata.dsl.ide.OutlineItem;
import io.strata.dsl.ui.internal.editor.DslEditor;
import io.strata.dsl.ui.internal.editor.DslMarkers;
import io.strata.dsl.ui.internal.editor.DslOutlinePage;
import io.strata.test.ui.ScreenshotOnFailure;
import io.strata.test.ui.StrataNavigator;
import io.strata.test.ui.SwtDriver;

/**
 * The DSL editor in the real workbench: a {@code .strata} change log of a Strata project opens in
 * it from the Project Navigator; problems are marked while typing (before any save); Ctrl+Space,
 * the Outline, Ctrl+Shift+F, F3 and Ctrl+1 work on the engine's answers.
 */
@ExtendWith(ScreenshotOnFailure.class)
class DslEditorTest {

    static final String CHANGE_LOG = """
            // Customers and what they order.
            changeSet create-customer author=alice labels=sprint-1 {
                createTable CUSTOMER remarks="Everyone who buys" {
                    column ID type=BIGINT primaryKey=true;
                    column NAME type="VARCHAR(100)" nullable=false;
                }
            }

            changeSet customer-email author=alice {
                addColumn CUSTOMER {
                    column EMAIL type="VARCHAR(200)";
                }
            }
            """;

    private SwtDriver ui;
    private IWorkbenchWindow window;
    private IWorkbenchPage page;
    private IProject project;
    private IFile file;

    @BeforeEach
    void setUp() throws Exception {
        ui = SwtDriver.current();
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("dsl-editor-" + System.nanoTime());
        Path dir = ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath().resolve(project.getName());
        write(dir.resolve("strata.yaml"), "name: dsl-editor-test\n");
        write(dir.resolve("Deployment Plans/plan.yaml"), "stages:\n  - name: DEV\n    type: h2\n"
                + "    url: jdbc:h2:file:${project.dir}/.strata/h2/dev\n    user: sa\n");
        write(dir.resolve("Change Log/changelog.strata"), CHANGE_LOG);
        project.create(null);
        project.open(null);
        project.setDefaultCharset("UTF-8", null);
        file = project.getFile("Change Log/changelog.strata");
    }

    @AfterEach
    void tearDown() throws Exception {
        page.closeAllEditors(false);
        Job.getJobManager().join(DslEditor.FAMILY, new NullProgressMonitor());
        project.delete(true, true, null);
    }

    @Test
    void aStrataFileOpensInTheDslEditorFromTheNavigator() throws Exception {
        IEditorDescriptor descriptor = IDE.getDefaultEditor(file);
        assertEquals(DslEditor.ID, descriptor == null ? null : descriptor.getId(), "the DSL editor is the default for .strata");
        assertEquals("io.strata.dsl.ui.strata", file.getContentDescription().getContentType().getId());
        assertTrue(Arrays.stream(PlatformUI.getWorkbench().getEditorRegistry().getEditors(file.getName(),
                file.getContentDescription().getContentType())).anyMatch(d -> d.getId().equals(DslEditor.ID)), "offered in Open With");

        Tree tree = StrataNavigator.select(ui, window, file);
        TreeItem item = tree.getSelection()[0];
        Event event = new Event();
        event.item = item;
        tree.notifyListeners(SWT.DefaultSelection, event);
        DslEditor editor = ui.waitFor("the DSL editor opened by a double-click in the navigator",
                () -> page.getActiveEditor() instanceof DslEditor e ? e : null);
        assertEquals(file, editor.getEditorInput().getAdapter(IFile.class));
        assertEquals(CHANGE_LOG, editor.document().get());
    }

    // ----- helpers -----------------------------------------------------------------------------

    private DslEditor open() throws Exception {
        DslEditor editor = assertInstanceOf(DslEditor.class, IDE.openEditor(page, file), "a .strata file opens in the DSL editor");
        waitForParse(editor);
        return editor;
    }

    /** Waits until the latest parse is of the text shown (the reconciler ran after the last change). */
    static void waitForParse(DslEditor editor) {
        SwtDriver.current().waitUntil("the editor to parse its text", SwtDriver.DEFAULT_TIMEOUT, editor::settled);
    }

    /** Types text as keystrokes would: one character at a time into the document. */
    private void type(DslEditor editor, int offset, String text) throws Exception {
        for (int i = 0; i < text.length(); i++) {
            editor.document().replace(offset + i, 0, text.substring(i, i + 1));
            if (i % 10 == 0) {
                ui.flush();
            }
        }
        editor.viewer().setSelectedRange(offset + text.length(), 0);
        ui.flush();
    }

    private void execute(DslEditor editor, String command) throws Exception {
        page.activate(editor);
        editor.viewer().getTextWidget().setFocus();
        ui.flush();
        editor.getSite().getService(IHandlerService.class).executeCommand(command, null);
        ui.flush();
    }

    private Table contentAssist(DslEditor editor) throws Exception {
        execute(editor, ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
        return popupTable("the content assist pop-up");
    }

    private Table popupTable(String what) {
        return ui.waitForPopupTable(what, window.getShell());
    }

    private static List<String> texts(Table table) {
        return Arrays.stream(table.getItems()).map(TableItem::getText).toList();
    }

    private List<IMarker> markers() {
        try {
            return file.exists() ? List.of(file.findMarkers(DslMarkers.MARKER, false, IResource.DEPTH_ZERO)) : List.of();
        } catch (CoreException e) {
            throw new AssertionError(e);
        }
    }

    private static Stream<DslOutlinePage.Node> flatten(List<DslOutlinePage.Node> nodes) {
        return nodes.stream().flatMap(n -> Stream.concat(Stream.of(n), flatten(n.children())));
    }

    private static Stream<TreeItem> flattenItems(TreeItem[] items) {
        return Arrays.stream(items).flatMap(i -> Stream.concat(Stream.of(i), flattenItems(i.getItems())));
    }

    private static String lineAt(IDocument document, int offset) {
        try {
            var line = document.getLineInformationOfOffset(offset);
            return document.get(line.getOffset(), line.getLength());
        } catch (org.eclipse.jface.text.BadLocationException e) {
            throw new AssertionError(e);
        }
    }

    static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static Path screenshots() {
        return Path.of(System.getProperty("strata.screenshots", "target/screenshots"));
    }
}
