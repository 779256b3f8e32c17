package io.strata.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
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
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.jface.bindings.keys.KeySequence;
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

    /** A later file: its foreign key refers to CUSTOMER, which {@link #CHANGE_LOG} creates. */
    static final String ORDERS = """
            changeSet orders author=bob {
                createTable ORDERS {
                    column ID type=BIGINT primaryKey=true;
                    column CUSTOMER_ID type=BIGINT;
                }
                addForeignKeyConstraint FK_ORDERS_CUSTOMER baseTableName=ORDERS baseColumnNames=CUSTOMER_ID
                        referencedTableName=CUSTOMER referencedColumnNames=ID;
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

    @Test
    void anUnknownTableIsMarkedWhileTypingAndCtrl1FixesIt() throws Exception {
        DslEditor editor = open();
        IDocument document = editor.document();
        String typed = "\nchangeSet customer-phone author=bob {\n    addColumn CUSTOMR {\n        column PHONE type=\"VARCHAR(20)\";\n    }\n}\n";
        type(editor, document.getLength(), typed);
        int line = document.getLineOfOffset(document.get().indexOf("CUSTOMR")) + 1;

        IMarker marker = ui.waitFor("a marker on the unknown table, without saving", () -> markers().stream()
                .filter(m -> DslIssue.UNKNOWN_TABLE.equals(m.getAttribute(DslMarkers.ATTR_CODE, ""))).findFirst().orElse(null));
        assertTrue(editor.isDirty(), "not saved: the marker comes from the text as typed");
        assertEquals(line, marker.getAttribute(IMarker.LINE_NUMBER, -1));
        assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("CUSTOMR"), marker.getAttribute(IMarker.MESSAGE, ""));
        assertTrue(marker.isSubtypeOf(IMarker.PROBLEM), "listed in the Problems view");
        assertEquals(document.get().indexOf("CUSTOMR"), marker.getAttribute(IMarker.CHAR_START, -1), "at the table's name");

        // The Problems view's Quick Fix offers the engine's fix...
        IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
        assertTrue(Arrays.stream(resolutions).anyMatch(r -> r.getLabel().contains("CUSTOMER")),
                () -> Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList().toString());

        // ... and so does Ctrl+1 on the marker's line.
        String before = document.get();
        ISourceViewer viewer = editor.viewer();
        viewer.setSelectedRange(document.get().indexOf("CUSTOMR") + 2, 0);
        viewer.getTextWidget().setFocus();
        ui.flush();
        ((ITextOperationTarget) viewer).doOperation(ISourceViewer.QUICK_ASSIST);
        Table fixes = popupTable("the Ctrl+1 pop-up");
        TableItem fix = Arrays.stream(fixes.getItems()).filter(i -> i.getText().contains("CUSTOMER")).findFirst()
                .orElseThrow(() -> new AssertionError("no fix to CUSTOMER in " + texts(fixes)));
        fixes.setSelection(fix);
        fixes.notifyListeners(SWT.DefaultSelection, new Event());
        ui.flush();
        assertEquals(before.replace("addColumn CUSTOMR", "addColumn CUSTOMER"), document.get());
        ui.waitUntil("the marker to go after the fix", SwtDriver.DEFAULT_TIMEOUT,
                () -> markers().stream().noneMatch(m -> DslIssue.UNKNOWN_TABLE.equals(m.getAttribute(DslMarkers.ATTR_CODE, ""))));

        ((ITextOperationTarget) viewer).doOperation(ITextOperationTarget.UNDO);
        assertEquals(before, document.get(), "one Ctrl+Z undoes the fix");
        ui.waitUntil("the marker to come back with the misspelt name", SwtDriver.DEFAULT_TIMEOUT,
                () -> markers().stream().anyMatch(m -> DslIssue.UNKNOWN_TABLE.equals(m.getAttribute(DslMarkers.ATTR_CODE, ""))));

        // Closed without saving: the markers are those of the file on disk again (none).
        page.closeEditor(editor, false);
        ui.waitUntil("the markers of unsaved text to go", SwtDriver.DEFAULT_TIMEOUT, () -> markers().isEmpty());
    }

    @Test
    void ctrlSpaceOffersTheTableDefinedEarlier() throws Exception {
        DslEditor editor = open();
        IDocument document = editor.document();
        type(editor, document.getLength(), "\nchangeSet customer-index author=bob {\n    createIndex IDX_CUSTOMER_NAME tableName=CU");
        int caret = document.getLength();
        document.replace(caret, 0, " {\n        column NAME;\n    }\n}\n");
        editor.viewer().setSelectedRange(caret, 0);
        ui.flush();
        waitForParse(editor);

        Table proposals = contentAssist(editor);
        List<String> offered = texts(proposals);
        assertTrue(offered.stream().anyMatch(p -> p.startsWith("CUSTOMER")), offered.toString());
        editor.viewer().getTextWidget().redraw();
        ui.flush();
        ui.screenshot(screenshots().resolve("dsl-content-assist.png"));
        TableItem customer = Arrays.stream(proposals.getItems()).filter(i -> i.getText().startsWith("CUSTOMER")).findFirst().orElseThrow();
        proposals.setSelection(customer);
        proposals.notifyListeners(SWT.DefaultSelection, new Event());
        ui.flush();
        assertTrue(document.get().contains("createIndex IDX_CUSTOMER_NAME tableName=CUSTOMER {"), document.get());
    }

    @Test
    void theOutlineListsTheChangeSetsAndRevealsThemAndTheTextIsColoured() throws Exception {
        DslEditor editor = open();
        page.showView(IPageLayout.ID_OUTLINE);
        page.activate(editor);
        ui.flush();
        DslOutlinePage outline = ui.waitFor("the Outline page of the DSL editor", editor::outlinePage);
        List<DslOutlinePage.Node> changeSets = ui.waitFor("the change sets in the Outline", () -> {
            List<DslOutlinePage.Node> found = flatten(outline.roots()).filter(n -> n.item().kind() == OutlineItem.Kind.CHANGE_SET).toList();
            return found.size() == 2 ? found : null;
        });
        assertTrue(changeSets.get(0).item().label().contains("create-customer"), changeSets.get(0).item().label());
        assertTrue(changeSets.get(1).item().label().contains("customer-email"), changeSets.get(1).item().label());
        Tree tree = (Tree) outline.getControl();
        ui.waitUntil("the Outline's tree to show them", SwtDriver.DEFAULT_TIMEOUT,
                () -> flattenItems(tree.getItems()).anyMatch(i -> i.getText().contains("customer-email")));

        // Selecting the second change set reveals it in the editor.
        outline.setSelection(new org.eclipse.jface.viewers.StructuredSelection(changeSets.get(1)));
        ui.flush();
        ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
        String selectedLine = lineAt(editor.document(), selection.getOffset());
        assertTrue(selectedLine.contains("changeSet customer-email"), selectedLine);

        // Linked with the editor: the caret in a column selects that column in the Outline.
        editor.selectAndReveal(editor.document().get().indexOf("EMAIL"), 0);
        ui.waitUntil("the Outline to select the column at the caret", SwtDriver.DEFAULT_TIMEOUT,
                () -> outline.getSelection() instanceof org.eclipse.jface.viewers.IStructuredSelection selected
                        && selected.getFirstElement() instanceof DslOutlinePage.Node node && node.item().label().contains("EMAIL"));

        // Colours: the element names by the lexer, the table by the parse (semantic).
        StyledText text = editor.viewer().getTextWidget();
        String source = editor.document().get();
        StyleRange element = text.getStyleRangeAtOffset(source.indexOf("changeSet"));
        assertTrue(element != null && (element.fontStyle & SWT.BOLD) != 0, "changeSet is an element name");
        StyleRange comment = text.getStyleRangeAtOffset(source.indexOf("Customers"));
        assertTrue(comment != null && (comment.fontStyle & SWT.ITALIC) != 0, "comments are italic");
        int table = source.indexOf("CUSTOMER remarks");
        ui.waitUntil("the table name coloured by the parse", SwtDriver.DEFAULT_TIMEOUT, () -> {
            StyleRange range = text.getStyleRangeAtOffset(table);
            StyleRange value = text.getStyleRangeAtOffset(source.indexOf("alice"));
            return range != null && range.foreground != null && (value == null || !range.foreground.equals(value.foreground));
        });
        // Folding: the change sets and the blocks in them.
        var folds = ((org.eclipse.jface.text.source.projection.ProjectionViewer) editor.viewer()).getProjectionAnnotationModel();
        List<Integer> foldedLines = new java.util.ArrayList<>();
        folds.getAnnotationIterator().forEachRemaining(a -> foldedLines.add(lineOf(editor.document(), folds.getPosition(a).getOffset())));
        assertTrue(foldedLines.containsAll(List.of(2, 3, 9, 10)), "folding at the change sets and their changes: " + foldedLines);

        // The user guide's picture: the file in the navigator, its Outline with the first change set open.
        StrataNavigator.select(ui, window, file);
        page.activate(editor);
        ui.expand(tree.getItem(0));
        editor.viewer().setSelectedRange(0, 0);
        ui.flush();
        ui.screenshot(screenshots().resolve("dsl-editor.png"));

        // Typing inside a change set (as many change sets as before): the changed item is replaced
        // in the tree, with its changes and columns under it; the other change set stays as it was.
        TreeItem other = tree.getItem(1);
        IDocument document = editor.document();
        document.replace(document.get().indexOf("column NAME") + "column ".length(), "NAME".length(), "FULL_NAME");
        ui.waitUntil("the Outline to show the renamed column", SwtDriver.DEFAULT_TIMEOUT, () -> {
            if (!editor.settled()) {
                return false;
            }
            TreeItem first = tree.getItem(0);
            ui.expand(first);
            return first.getItemCount() == 1 && expandAll(first).anyMatch(i -> i.getText().startsWith("FULL_NAME"))
                    && expandAll(first).noneMatch(i -> i.getText().startsWith("NAME"));
        });
        assertSame(other, tree.getItem(1), "the other change set's item is untouched");
        assertTrue(tree.getItem(1).getText().contains("customer-email"), tree.getItem(1).getText());
    }

    /** The item and all items under it, each expanded so that the virtual tree makes its children. */
    private Stream<TreeItem> expandAll(TreeItem item) {
        ui.expand(item);
        return Stream.concat(Stream.of(item), Arrays.stream(item.getItems()).flatMap(this::expandAll));
    }

    @Test
    void formatFromTheEditMenuOrCtrlShiftFAndOneUndoRestores() throws Exception {
        String messy = "changeSet a author=x {\ncreateTable T {\n  column ID type=INT;\n      column N type=INT;\n}\n}\n";
        DslEditor editor = open();
        IDocument document = editor.document();
        document.set(messy);
        waitForParse(editor);
        editor.viewer().setSelectedRange(messy.indexOf("N type"), 0);
        page.activate(editor);
        editor.viewer().getTextWidget().setFocus();
        ui.flush();
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        assertEquals(KeySequence.getInstance("M1+M2+F"), bindings.getBestActiveBindingFor(DslEditor.FORMAT_COMMAND), "the key of Format");
        assertEquals(KeySequence.getInstance("F3"), bindings.getBestActiveBindingFor(DslEditor.DEFINITION_COMMAND), "the key of Open Definition");
        ui.click(ui.menuItem(window.getShell(), "Edit", "Format"));
        ui.waitUntil("the text to be formatted", SwtDriver.DEFAULT_TIMEOUT, () -> !document.get().equals(messy));
        String formatted = document.get();
        assertTrue(formatted.contains("\n    createTable T {\n        column ID type=INT;\n        column N type=INT;\n    }\n}"), formatted);
        assertEquals(formatted.indexOf("N type"), editor.viewer().getSelectedRange().x, "the caret stays before the same word");

        ((ITextOperationTarget) editor.viewer()).doOperation(ITextOperationTarget.UNDO);
        assertEquals(messy, document.get(), "one Ctrl+Z restores the text before formatting");
    }

    @Test
    void enterIndentsAfterABraceAndAClosingBraceLinesUpWithItsOpeningOne() throws Exception {
        DslEditor editor = open();
        IDocument document = editor.document();
        StyledText text = editor.viewer().getTextWidget();
        String createTable = "createTable CUSTOMER remarks=\"Everyone who buys\" {";
        editor.viewer().setSelectedRange(document.get().indexOf(createTable) + createTable.length(), 0);
        ui.typeKeys(text, "\rcolumn PHONE type=INT;\r}");
        assertTrue(document.get().contains(createTable + "\n        column PHONE type=INT;\n    }\n"),
                "one level more after the brace, and the typed brace lines up with the createTable:\n" + document.get());

        // Between a pair of braces: the caret on an indented line of its own, the closing brace below.
        document.replace(document.getLength(), 0, "changeSet more author=bob {}");
        editor.viewer().setSelectedRange(document.getLength() - 1, 0);
        ui.typeKeys(text, "\r");
        assertTrue(document.get().endsWith("changeSet more author=bob {\n    \n}"), document.get());
        assertEquals(document.getLength() - 2, editor.viewer().getSelectedRange().x, "the caret on the indented line");

        // A brace in a string or comment opens nothing.
        document.replace(document.getLength(), 0, "\n// a comment {");
        editor.viewer().setSelectedRange(document.getLength(), 0);
        ui.typeKeys(text, "\r");
        assertTrue(document.get().endsWith("// a comment {\n"), "no indentation after a comment's brace: " + document.get());

        // Tab inserts spaces, as the formatter indents.
        ui.typeKeys(text, "\t");
        assertTrue(document.get().endsWith("// a comment {\n    "), "spaces for Tab: " + document.get().replace("\t", "<TAB>"));
    }

    @Test
    void f3OnATableReferenceGoesToItsCreateTable() throws Exception {
        DslEditor editor = open();
        IDocument document = editor.document();
        waitForParse(editor);
        editor.viewer().setSelectedRange(document.get().indexOf("addColumn CUSTOMER") + "addColumn CUS".length(), 0);
        int reference = document.get().indexOf("addColumn CUSTOMER") + "addColumn CUS".length();
        String hover = editor.hoverInfo(reference);
        assertTrue(hover != null && hover.contains("CUSTOMER") && hover.contains("NAME"), "the hover shows the table's definition: " + hover);
        execute(editor, DslEditor.DEFINITION_COMMAND);
        ui.waitUntil("the caret to move to the createTable", SwtDriver.DEFAULT_TIMEOUT,
                () -> lineAt(document, ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset()).contains("createTable CUSTOMER"));
        assertEquals(editor, page.getActiveEditor(), "the definition is in the same file");
    }

    @Test
    void f3OnATableOfAnEarlierFileOpensThatFileAtItsCreateTable() throws Exception {
        IFile orders = ordersAfterCustomer(ORDERS);
        DslEditor editor = assertInstanceOf(DslEditor.class, IDE.openEditor(page, orders));
        waitForParse(editor);
        assertEquals(List.of(), markers(orders).stream().map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList(),
                "CUSTOMER is known from the earlier file");
        IDocument document = editor.document();
        editor.viewer().setSelectedRange(document.get().indexOf("referencedTableName=CUSTOMER") + "referencedTableName=CU".length(), 0);
        execute(editor, DslEditor.DEFINITION_COMMAND);
        DslEditor target = ui.waitFor("the editor of the earlier file", () -> page.getActiveEditor() instanceof DslEditor e
                && file.equals(e.getEditorInput().getAdapter(IFile.class)) ? e : null);
        ui.waitUntil("the createTable selected", SwtDriver.DEFAULT_TIMEOUT,
                () -> lineAt(target.document(), ((ITextSelection) target.getSelectionProvider().getSelection()).getOffset()).contains("createTable CUSTOMER"));

        // The earlier file renames its table and is saved: the open later file is checked again.
        IDocument earlier = target.document();
        earlier.set(earlier.get().replace("CUSTOMER", "CLIENT"));
        target.doSave(new NullProgressMonitor());
        ui.waitUntil("the later file to lose its table", SwtDriver.DEFAULT_TIMEOUT, () -> markers(orders).stream()
                .anyMatch(m -> DslIssue.UNKNOWN_TABLE.equals(m.getAttribute(DslMarkers.ATTR_CODE, "")) && m.getAttribute(IMarker.MESSAGE, "").contains("CUSTOMER")));
    }

    @Test
    void theFirstParseDoesNotWaitForTheChangeSetsThatRunBefore() throws Exception {
        // A misspelt attribute (the file's own problem) and a misspelt table (known only with the earlier file).
        IFile orders = ordersAfterCustomer(ORDERS.replace("referencedColumnNames=ID;", "referencedColumnNames=ID onDelet=CASCADE;") + """

                changeSet orders-index author=bob {
                    createIndex IDX_ORDERS_CUSTOMER tableName=CUSTOMR {
                        column CUSTOMER_ID;
                    }
                }
                """);
        java.util.concurrent.CountDownLatch context = new java.util.concurrent.CountDownLatch(1);
        DslEditor.holdContexts(context); // reading the project's change log is slow on a cold IDE: here it waits
        try {
            DslEditor editor = assertInstanceOf(DslEditor.class, IDE.openEditor(page, orders));
            // Before the context: the file's own problem is marked, the tables are coloured, the
            // unknown tables are not judged yet (CUSTOMER is created by the earlier file).
            ui.waitUntil("the unknown attribute marked before the context is read", SwtDriver.DEFAULT_TIMEOUT,
                    () -> markers(orders).stream().anyMatch(m -> DslIssue.UNKNOWN_ATTRIBUTE.equals(m.getAttribute(DslMarkers.ATTR_CODE, ""))));
            assertEquals(List.of(), codes(orders).stream().filter(c -> c.equals(DslIssue.UNKNOWN_TABLE)).toList(),
                    "no table is called unknown before the earlier files are read");
            assertTrue(!editor.settled() && editor.latest() != null && !editor.latest().complete(), "a parse without the context");
            assertEquals(null, editor.current(), "content assist and F3 wait for the complete parse");
            StyledText text = editor.viewer().getTextWidget();
            String source = editor.document().get();
            ui.waitUntil("the table coloured by the first parse", SwtDriver.DEFAULT_TIMEOUT, () -> {
                StyleRange table = text.getStyleRangeAtOffset(source.indexOf("ORDERS {"));
                StyleRange value = text.getStyleRangeAtOffset(source.indexOf("bob"));
                return table != null && table.foreground != null && (value == null || !table.foreground.equals(value.foreground));
            });

            context.countDown();
            waitForParse(editor);
            ui.waitUntil("the misspelt table marked once the context is read", SwtDriver.DEFAULT_TIMEOUT,
                    () -> codes(orders).contains(DslIssue.UNKNOWN_TABLE));
            List<String> unknown = markers(orders).stream().filter(m -> DslIssue.UNKNOWN_TABLE.equals(m.getAttribute(DslMarkers.ATTR_CODE, "")))
                    .map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList();
            assertEquals(1, unknown.size(), unknown.toString());
            assertTrue(unknown.get(0).contains("CUSTOMR"), "the earlier file's CUSTOMER is known: " + unknown);
            assertTrue(codes(orders).contains(DslIssue.UNKNOWN_ATTRIBUTE), codes(orders).toString());
            assertTrue(editor.current() != null, "the complete parse is current");
        } finally {
            context.countDown();
            DslEditor.holdContexts(null);
        }
    }

    // ----- helpers -----------------------------------------------------------------------------

    /**
     * Makes the project's master change log an XML file that includes changelog.strata (which
     * creates CUSTOMER), then orders.strata with this text.
     */
    private IFile ordersAfterCustomer(String orders) throws Exception {
        Path dir = project.getLocation().toPath();
        write(dir.resolve("strata.yaml"), "name: dsl-editor-test\nchangelog: Change Log/master.xml\n");
        write(dir.resolve("Change Log/master.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
                    <include file="changelog.strata" relativeToChangelogFile="true"/>
                    <include file="orders.strata" relativeToChangelogFile="true"/>
                </databaseChangeLog>
                """);
        write(dir.resolve("Change Log/orders.strata"), orders);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        return project.getFile("Change Log/orders.strata");
    }

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
        return markers(file);
    }

    private static List<String> codes(IFile file) {
        return markers(file).stream().map(m -> m.getAttribute(DslMarkers.ATTR_CODE, "")).toList();
    }

    private static List<IMarker> markers(IFile file) {
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

    private static int lineOf(IDocument document, int offset) {
        try {
            return document.getLineOfOffset(offset) + 1;
        } catch (org.eclipse.jface.text.BadLocationException e) {
            throw new AssertionError(e);
        }
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
