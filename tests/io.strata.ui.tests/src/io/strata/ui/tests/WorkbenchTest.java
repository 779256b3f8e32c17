package io.strata.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.strata.test.ui.ScreenshotOnFailure;
import io.strata.test.ui.SwtDriver;
import io.strata.ui.internal.app.StrataPerspective;
import io.strata.ui.internal.project.SampleProjectImport;

/** The Strata workbench as a user first sees it, driven through its real widgets. */
@ExtendWith(ScreenshotOnFailure.class)
class WorkbenchTest {

    private static final String SAMPLE = "strata-sample";

    private SwtDriver ui;
    private IWorkbenchWindow window;

    @BeforeEach
    void setUp() throws InterruptedException {
        ui = SwtDriver.current();
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "the workbench has a window");
        Job.getJobManager().join(SampleProjectImport.FAMILY, new NullProgressMonitor());
    }

    @Test
    void theWindowIsStrataWithItsPerspective() {
        Shell shell = window.getShell();
        assertEquals("Strata", shell.getText());
        IWorkbenchPage page = window.getActivePage();
        assertEquals(StrataPerspective.ID, page.getPerspective().getId());
    }

    @Test
    void theNavigatorShowsTheSampleProjectWithItsFolders() throws Exception {
        Tree tree = navigatorTree();

        TreeItem project = ui.treeItem(tree, SAMPLE);
        assertEquals(List.of("Deployment Plans", "Change Log", "Rules", "Reports", "Snapshots"),
                SwtDriver.labels(project.getItems()).subList(0, 5), "the folders in the order of the work");
        assertTrue(SwtDriver.labels(project.getItems()).contains("strata.yaml"));
        assertFalse(SwtDriver.labels(project.getItems()).contains(".project"), "dot files are hidden");

        TreeItem rules = ui.treeItem(tree, SAMPLE, "Rules");
        assertEquals(List.of("PreForecast", "Forecast", "PostForecast", "SqlRules"), SwtDriver.labels(rules.getItems()));
        ui.treeItem(tree, SAMPLE, "Rules", "Forecast", "IndexTooManyColumns.drl");
        ui.treeItem(tree, SAMPLE, "Change Log", "changelog.xml");
        assertNotNull(project.getImage(), "Strata projects have an icon");
        assertNotNull(rules.getImage(), "Strata folders have an icon");

        ui.screenshot(Path.of(System.getProperty("strata.screenshots", "target/screenshots"), "workbench.png"));
    }

    @Test
    void projectsThatAreNotStrataProjectsAreHidden() throws Exception {
        IProject plain = ResourcesPlugin.getWorkspace().getRoot().getProject("plain-java-project");
        plain.create(new NullProgressMonitor());
        plain.open(new NullProgressMonitor());
        try {
            Tree tree = navigatorTree();
            ui.treeItem(tree, SAMPLE);
            ui.flush();
            assertFalse(SwtDriver.labels(tree.getItems()).contains("plain-java-project"),
                    "only Strata projects show: " + SwtDriver.labels(tree.getItems()));
        } finally {
            plain.delete(true, new NullProgressMonitor());
        }
    }

    @Test
    void filesOfTheSampleOpenInATextEditor() throws Exception {
        IWorkbenchPage page = window.getActivePage();
        for (String path : List.of("Change Log/changelog.xml", "Rules/Forecast/IndexTooManyColumns.drl", "strata.yaml")) {
            IFile file = ResourcesPlugin.getWorkspace().getRoot().getProject(SAMPLE).getFile(path);
            IEditorPart editor = IDE.openEditor(page, file);
            ui.flush();
            assertNotNull(editor.getAdapter(ITextEditor.class), path + " opens in a text editor, not in "
                    + editor.getClass().getName());
            assertTrue(page.closeEditor(editor, false));
        }
    }

    @Test
    void helpOffersInstallNewSoftwareAndAbout() {
        Menu help = ui.menuItem(window.getShell(), "Help").getMenu();
        List<String> items = ui.menuLabels(help);
        assertTrue(items.contains("Install New Software..."), "Help menu: " + items);
        assertTrue(items.contains("Check for Updates"), "Help menu: " + items);
        assertTrue(items.stream().anyMatch(s -> s.startsWith("About")), "Help menu: " + items);
    }

    @Test
    void windowMenuOpensPreferencesWithTheStrataPage() {
        List<String> pages = new java.util.ArrayList<>();
        Throwable[] failure = ui.onShell("Preferences", preferences -> {
            Tree tree = ui.findAll(preferences, Tree.class, t -> true).get(0);
            pages.addAll(SwtDriver.labels(tree.getItems()));
            preferences.close();
        });
        ui.click(ui.menuItem(window.getShell(), "Window", "Preferences..."));
        SwtDriver.rethrow(failure);
        assertTrue(pages.contains("Strata"), "preference pages: " + pages);
    }

    private Tree navigatorTree() throws Exception {
        CommonNavigator navigator = (CommonNavigator) window.getActivePage().showView(StrataPerspective.NAVIGATOR_ID);
        return navigator.getCommonViewer().getTree();
    }
}
