package io.strata.rules.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.strata.rules.ui.RulesUi;
import io.strata.rules.ui.internal.check.CheckRulesJob;
import io.strata.rules.ui.internal.check.RuleMarkers;
import io.strata.rules.ui.internal.drl.DrlElement;
import io.strata.rules.ui.internal.editor.DrlEditor;
import io.strata.rules.ui.internal.editor.DrlOutlinePage;
import io.strata.test.ui.ScreenshotOnFailure;
import io.strata.test.ui.SwtDriver;
import io.strata.ui.internal.app.StrataPerspective;
import io.strata.ui.internal.project.SampleProjectImport;

/**
 * The DBA's steps of the Datical DB blog in the real workbench: Create Rules File on
 * Rules/Forecast, the index rule typed into the DRL editor, Check Rules after each save.
 */
@ExtendWith(ScreenshotOnFailure.class)
class RulesEditorTest {

    private static final String SAMPLE = "strata-sample";
    private static final String NEW_FILE = "IndexColumnLimit.drl";
    private static final String WIZARD_TITLE = "New Rules File";

    /**
     * The blog's rule after the package line of the new file. Its rule name differs from the
     * sample's copy of the blog rule in the same folder: rule names are unique within a folder.
     */
    private static final String BLOG_RULE = """

            import java.util.List;
            import liquibase.change.core.CreateIndexChange;
            import io.strata.rules.Response;
            import io.strata.rules.ResponseType;

            function boolean validate(List columns) {
                return columns.size() <= 3;
            }

            // A new index may have at most three columns.
            rule "Index Column Limit"
                salience 1
                when
                    $change : CreateIndexChange($indexName : indexName, $columns : columns,
                                                $tableName : tableName, $schemaName : schemaName)
                    eval(!validate($columns))
                then
                    insert(new Response(ResponseType.FAIL,
                            "The new index [" + $indexName + "] contains more than 3 columns.",
                            drools.getRule().getName()));
            end
            """;

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
        assertTrue(project.exists(), "the sample project was imported");
    }

    @AfterEach
    void tearDown() throws Exception {
        window.getActivePage().closeAllEditors(false);
        IFile created = newFile();
        if (created.exists()) {
            created.delete(true, new NullProgressMonitor());
        }
        waitForChecks();
    }

    @Test
    void aDbaCreatesTheBlogsIndexRuleAndCheckRulesMarksItsErrorsUntilTheyAreFixed() throws Exception {
        Tree tree = navigatorTree();

        // Right-click Rules/Forecast: Create Rules File (and not on Rules itself).
        assertFalse(contextMenu(tree, SAMPLE, "Rules").contains("Create Rules File"),
                "Create Rules File is for the phase folders");
        List<String> menu = contextMenu(tree, SAMPLE, "Rules", "Forecast");
        assertTrue(menu.contains("Create Rules File"), "the menu of Rules/Forecast: " + menu);

        List<String> refusals = new ArrayList<>();
        Throwable[] failure = ui.onShell(WIZARD_TITLE, shell -> {
            Text name = ui.byId(shell, Text.class, "io.strata.rules.ui.newRulesFile.name");
            Button finish = ui.byLabel(shell, Button.class, "Finish");
            ui.type(name, "IndexTooManyColumns");
            assertFalse(finish.isEnabled(), "a name that exists cannot be finished");
            refusals.add(shownMessage(shell, "already exists"));
            ui.type(name, "Index Column Limit");
            assertFalse(finish.isEnabled(), "a name with spaces cannot be finished");
            refusals.add(shownMessage(shell, "cannot be a rules file name"));
            ui.type(name, "IndexColumnLimit");
            assertTrue(finish.isEnabled(), "a new name can be finished: " + shownMessage(shell, "Creates"));
            ui.click(finish);
        });
        ui.click(menuItem(tree.getMenu(), "Create Rules File"));
        SwtDriver.rethrow(failure);
        assertEquals("IndexTooManyColumns.drl already exists in Rules/Forecast; choose another name.", refusals.get(0));
        assertTrue(refusals.get(1).startsWith("'Index Column Limit' cannot be a rules file name"), refusals.get(1));

        // The editor opens on the new file, with the Forecast template.
        IFile file = newFile();
        assertTrue(file.exists(), "Finish created " + file.getFullPath());
        DrlEditor editor = ui.waitFor("the DRL editor on " + NEW_FILE, () -> window.getActivePage().getActiveEditor()
                instanceof DrlEditor e && file.equals(e.getEditorInput().getAdapter(IFile.class)) ? e : null);
        IDocument document = editor.document();
        assertTrue(document.get().startsWith("// Forecast rules"), document.get());
        assertTrue(document.get().contains("package io.strata.rules.forecast.indexcolumnlimit\n"), document.get());
        assertTrue(document.get().contains("import liquibase.change.core.CreateIndexChange;"), document.get());

        // Type the blog's rule after the package line, save: Check Rules finds nothing.
        int afterPackage = document.get().indexOf('\n', document.get().indexOf("package ")) + 1;
        document.replace(afterPackage, document.getLength() - afterPackage, BLOG_RULE);
        save();
        assertEquals(List.of(), describe(markers(file)), "the blog's rule compiles");

        // Content assist on "CreateI" in the conditions offers CreateIndexChange.
        int typeAt = document.get().indexOf("        eval(");
        document.replace(typeAt, 0, "        CreateI\n");
        int caret = typeAt + "        CreateI".length();
        editor.viewer().setSelectedRange(caret, 0);
        ui.flush();
        Table proposals = contentAssist(editor);
        List<String> offered = Arrays.stream(proposals.getItems()).map(TableItem::getText).toList();
        assertEquals(List.of("CreateIndexChange - liquibase.change.core"), offered, "what CreateI completes to");
        ui.screenshot(screenshots().resolve("drl-content-assist.png"));
        proposals.setSelection(0);
        proposals.notifyListeners(SWT.DefaultSelection, new Event());
        ui.flush();
        IRegion line = document.getLineInformationOfOffset(caret);
        assertEquals("        CreateIndexChange", document.get(line.getOffset(), line.getLength()),
                "the proposal completed the name (already imported: no import added)");
        document.replace(line.getOffset(), line.getLength() + 1, "");
        editor.viewer().setSelectedRange(0, 0);
        editor.viewer().getTextWidget().redraw();
        ui.flush();
        ui.screenshot(screenshots().resolve("drl-editor.png"));

        // A syntax error: an error marker on its line, at the offending token.
        int salience = document.get().indexOf("    salience 1\n");
        document.replace(salience, "    salience 1".length(), "    salience 1 1");
        save();
        List<IMarker> errors = markers(file);
        assertEquals(1, errors.size(), () -> "one problem: " + describe(errors));
        IMarker error = errors.get(0);
        int errorLine = document.getLineOfOffset(salience) + 1;
        assertEquals(errorLine, error.getAttribute(IMarker.LINE_NUMBER, -1), () -> describe(errors).toString());
        assertEquals(IMarker.SEVERITY_ERROR, error.getAttribute(IMarker.SEVERITY, -1));
        assertEquals(salience + "    salience 1 ".length(), error.getAttribute(IMarker.CHAR_START, -1),
                "the marker is on the second '1'");
        assertEquals("mismatched input '1' in rule \"Index Column Limit\"",
                error.getAttribute(IMarker.MESSAGE, ""));
        assertTrue(error.isSubtypeOf(IMarker.PROBLEM) && error.isSubtypeOf(IMarker.TEXT));
        assertTrue(annotations(editor).stream().anyMatch(a -> a.getMarker().equals(error)),
                "the editor shows the marker");
        Tree problems = problemsView();
        // The view groups by severity ("Errors (1 item)"); its tree is virtual: rows get their text when shown.
        ui.waitUntil("the Problems view to list an error", SwtDriver.DEFAULT_TIMEOUT,
                () -> problems.getItemCount() > 0 && problems.getItem(0).getText(0).startsWith("Errors"));
        ui.expand(problems.getItem(0));
        ui.waitUntil("the Problems view to show the error", SwtDriver.DEFAULT_TIMEOUT,
                () -> problems.getItem(0).getItemCount() > 0 && !problems.getItem(0).getItem(0).getText(0).isEmpty());
        TreeItem listed = problems.getItem(0).getItem(0);
        assertEquals(error.getAttribute(IMarker.MESSAGE, ""), listed.getText(0), "the Problems view lists the error");
        assertEquals(NEW_FILE, listed.getText(1));
        editor.viewer().setSelectedRange(salience, 0);
        ui.flush();
        ui.screenshot(screenshots().resolve("drl-error-marker.png"));

        // Fixed: the marker goes.
        document.replace(salience, "    salience 1 1".length(), "    salience 1");
        save();
        assertEquals(List.of(), describe(markers(file)), "the fixed file has no markers");
    }

    @Test
    void theSampleRuleOpensFromTheNavigatorColouredWithItsOutline() throws Exception {
        Tree tree = navigatorTree();
        TreeItem item = ui.treeItem(tree, SAMPLE, "Rules", "Forecast", "IndexTooManyColumns.drl");
        select(tree, item);
        tree.notifyListeners(SWT.DefaultSelection, event(item));
        DrlEditor editor = ui.waitFor("the DRL editor opened from the navigator",
                () -> window.getActivePage().getActiveEditor() instanceof DrlEditor e ? e : null);
        IDocument document = editor.document();
        String text = document.get();
        StyledText styled = editor.viewer().getTextWidget();

        StyleRange rule = styled.getStyleRangeAtOffset(text.indexOf("rule \""));
        StyleRange when = styled.getStyleRangeAtOffset(text.indexOf("when"));
        StyleRange string = styled.getStyleRangeAtOffset(text.indexOf("\"Index Too") + 3);
        StyleRange comment = styled.getStyleRangeAtOffset(text.indexOf("// The rule") + 5);
        StyleRange binding = styled.getStyleRangeAtOffset(text.indexOf("$change") + 1);
        StyleRange number = styled.getStyleRangeAtOffset(text.indexOf("salience 1") + "salience ".length());
        assertNotNull(rule, "keywords are coloured");
        assertEquals(SWT.BOLD, rule.fontStyle & SWT.BOLD, "keywords are bold");
        assertEquals(rule.foreground, when.foreground);
        for (StyleRange other : new StyleRange[] { string, comment, binding, number }) {
            assertNotNull(other, "strings, comments, bindings and numbers are coloured");
            assertNotEquals(rule.foreground, other.foreground);
        }
        assertNotEquals(string.foreground, comment.foreground);
        StyleRange plain = styled.getStyleRangeAtOffset(text.indexOf(": indexName") + 4);
        assertTrue(plain == null || plain.foreground == null || !plain.foreground.equals(rule.foreground),
                "a property name is not a keyword");

        // Bracket matching: the '(' of the pattern matches its ')' two lines below.
        int open = text.indexOf("CreateIndexChange(") + "CreateIndexChange".length();
        IRegion pair = editor.bracketMatcher().match(document, open + 1);
        assertNotNull(pair, "the bracket has a partner");
        assertEquals(open, pair.getOffset());
        assertEquals(text.indexOf(")\n        eval"), pair.getOffset() + pair.getLength() - 1);

        // The Outline lists package, imports, function and rule; selecting the rule reveals it.
        window.getActivePage().showView("org.eclipse.ui.views.ContentOutline");
        window.getActivePage().activate(editor);
        DrlOutlinePage outline = (DrlOutlinePage) editor.getAdapter(IContentOutlinePage.class);
        ui.waitUntil("the outline parsed the file", SwtDriver.DEFAULT_TIMEOUT, () -> outline.elements().size() == 7);
        Tree outlineTree = (Tree) outline.getControl();
        ui.waitUntil("the Outline shows the elements", SwtDriver.DEFAULT_TIMEOUT, () -> outlineTree.getItemCount() == 7);
        assertEquals(List.of("package io.strata.rules.sample  :3", "java.util.List  :5",
                "liquibase.change.core.CreateIndexChange  :6", "io.strata.rules.Response  :7",
                "io.strata.rules.ResponseType  :8", "validate(List columns)  :10",
                "rule \"Index Too Many Columns Error\"  :14"), SwtDriver.labels(outlineTree.getItems()));
        DrlElement ruleElement = outline.elements().get(6);
        outline.setSelection(new StructuredSelection(ruleElement));
        ui.flush();
        ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
        assertEquals("\"Index Too Many Columns Error\"", selection.getText());
        assertEquals(13, selection.getStartLine(), "line 14, 0-based 13");

        // Typing updates the outline.
        document.replace(document.getLength(), 0, "\nrule \"Second\"\nwhen\nthen\nend\n");
        ui.waitUntil("the outline shows the new rule", SwtDriver.DEFAULT_TIMEOUT, () -> outlineTree.getItemCount() == 8);
        assertTrue(outlineTree.getItem(7).getText().startsWith("rule \"Second\""), outlineTree.getItem(7).getText());

        ui.screenshot(screenshots().resolve("drl-editor-outline.png"));

        // Enter after a brace indents one level; a closing brace lines up with its opening line.
        document.replace(document.getLength(), 0, "function int one() {");
        editor.viewer().setSelectedRange(document.getLength(), 0);
        ui.typeKeys(styled, "\rreturn 1;\r}");
        assertTrue(document.get().endsWith("function int one() {\n    return 1;\n}"), document.get());
    }

    @Test
    void fileNewOffersTheRulesFileWizard() {
        Menu newMenu = ui.menuItem(window.getShell(), "File", "New").getMenu();
        List<String> items = ui.menuLabels(newMenu);
        assertTrue(items.contains("Rules File"), "File > New: " + items);
    }

    // ----- helpers -----------------------------------------------------------------------------

    private IFile newFile() {
        return project.getFile("Rules/Forecast/" + NEW_FILE);
    }

    private Tree navigatorTree() throws Exception {
        CommonNavigator navigator = (CommonNavigator) window.getActivePage().showView(StrataPerspective.NAVIGATOR_ID);
        return navigator.getCommonViewer().getTree();
    }

    /** The labels of the navigator's context menu on this item, as a right-click shows them. */
    private List<String> contextMenu(Tree tree, String... path) {
        TreeItem item = ui.treeItem(tree, path);
        select(tree, item);
        return ui.menuLabels(tree.getMenu());
    }

    private void select(Tree tree, TreeItem item) {
        tree.setFocus();
        tree.setSelection(item);
        tree.notifyListeners(SWT.Selection, event(item));
        ui.flush();
    }

    private static Event event(TreeItem item) {
        Event event = new Event();
        event.item = item;
        return event;
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

    /** The message the wizard page shows that contains this text. */
    private String shownMessage(Shell shell, String containing) {
        List<String> texts = new ArrayList<>();
        for (Control c : ui.findAll(shell, Control.class, c -> c instanceof Label || c instanceof Text)) {
            String t = SwtDriver.textOf(c);
            if (t != null && !t.isBlank()) {
                texts.add(t.trim());
            }
        }
        return texts.stream().filter(t -> t.contains(containing)).findFirst()
                .orElseThrow(() -> new AssertionError("No message with '" + containing + "' on the page: " + texts));
    }

    /** The Problems view's tree (opened if it is not). */
    private Tree problemsView() throws Exception {
        IViewPart view = window.getActivePage().showView(IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
        assertNotNull(view, "the Problems view");
        List<Tree> trees = ui.findAll(window.getShell(), Tree.class,
                t -> t.getColumnCount() > 1 && "Description".equals(t.getColumn(0).getText()));
        assertEquals(1, trees.size(), "one Problems view tree");
        return trees.get(0);
    }

    /** Saves the active editor through File > Save and waits for Check Rules. */
    private void save() throws Exception {
        ui.click(ui.menuItem(window.getShell(), "File", "Save"));
        IEditorPart active = window.getActivePage().getActiveEditor();
        assertFalse(active.isDirty(), "File > Save saved the editor");
        waitForChecks();
    }

    private void waitForChecks() {
        ui.waitUntil("Check Rules to finish", SwtDriver.DEFAULT_TIMEOUT,
                () -> Job.getJobManager().find(CheckRulesJob.FAMILY).length == 0);
    }

    /** Ctrl+Space: runs the content assist command and returns the proposals' table. */
    private Table contentAssist(DrlEditor editor) throws Exception {
        window.getActivePage().activate(editor);
        IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
        handlers.executeCommand(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS, null);
        return ui.waitFor("the content assist popup", () -> {
            for (Shell shell : ui.display().getShells()) {
                if (shell.isDisposed() || !shell.isVisible() || shell == window.getShell()) {
                    continue;
                }
                List<Table> tables = ui.findAll(shell, Table.class, t -> t.getItemCount() > 0);
                if (!tables.isEmpty()) {
                    return tables.get(0);
                }
            }
            return null;
        });
    }

    private static List<IMarker> markers(IFile file) throws Exception {
        return Arrays.asList(RuleMarkers.of(file));
    }

    private static List<String> describe(List<IMarker> markers) {
        List<String> described = new ArrayList<>();
        for (IMarker m : markers) {
            described.add(m.getResource().getName() + ":" + m.getAttribute(IMarker.LINE_NUMBER, -1) + ": "
                    + m.getAttribute(IMarker.MESSAGE, ""));
        }
        return described;
    }

    private static List<MarkerAnnotation> annotations(DrlEditor editor) {
        IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        List<MarkerAnnotation> found = new ArrayList<>();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            if (it.next() instanceof MarkerAnnotation m && RulesUi.MARKER_ID.equals(markerType(m))) {
                found.add(m);
            }
        }
        return found;
    }

    private static String markerType(MarkerAnnotation annotation) {
        try {
            return annotation.getMarker().getType();
        } catch (Exception e) {
            return null;
        }
    }

    private static Path screenshots() {
        return Path.of(System.getProperty("strata.screenshots", "target/screenshots"));
    }

}
