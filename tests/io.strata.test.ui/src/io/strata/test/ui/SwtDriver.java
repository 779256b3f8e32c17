package io.strata.test.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;

/**
 * Drives real SWT widgets from a test that runs on the UI thread (tycho-surefire with
 * {@code useUIThread=true}): finds widgets by id or label, clicks, types, waits while the event
 * loop keeps running, and takes screenshots. It stands in for SWTBot, which cannot be had here.
 *
 * <p>Widgets get an id with {@code widget.setData(SwtDriver.ID_KEY, "some.id")}.
 */
public final class SwtDriver {

    /** The key under which Strata's widgets carry their test id. */
    public static final String ID_KEY = "strata.id";

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final Display display;

    public SwtDriver(Display display) {
        this.display = Objects.requireNonNull(display);
    }

    /** A driver for the current thread's display (the test must run on the UI thread). */
    public static SwtDriver current() {
        Display display = Display.getCurrent();
        if (display == null) {
            throw new IllegalStateException("SwtDriver needs the UI thread: run the test with useUIThread=true");
        }
        return new SwtDriver(display);
    }

    public Display display() {
        return display;
    }

    // ----- waiting -----------------------------------------------------------------------------

    /** Runs the event loop until {@code condition} holds; fails with {@code what} after the timeout. */
    public void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                sleepBriefly();
            }
        }
    }

    /** Like {@link #waitUntil} with {@link #DEFAULT_TIMEOUT}, returning the first non-null value. */
    public <T> T waitFor(String what, Supplier<T> value) {
        Object[] found = new Object[1];
        waitUntil(what, DEFAULT_TIMEOUT, () -> (found[0] = value.get()) != null);
        @SuppressWarnings("unchecked")
        T result = (T) found[0];
        return result;
    }

    /** Processes pending UI events. */
    public void flush() {
        while (display.readAndDispatch()) {
            // keep going
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for a visible shell with this title. */
    public Shell waitForShell(String title) {
        return waitFor("a shell titled '" + title + "'", () -> {
            for (Shell shell : display.getShells()) {
                if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                    return shell;
                }
            }
            return null;
        });
    }

    /**
     * Waits for a pop-up list (content assist, quick fix): the first table with items in a visible
     * shell other than {@code main} (the workbench window).
     */
    public Table waitForPopupTable(String what, Shell main) {
        return waitFor(what, () -> {
            for (Shell shell : display.getShells()) {
                if (shell.isDisposed() || !shell.isVisible() || shell == main) {
                    continue;
                }
                List<Table> tables = findAll(shell, Table.class, t -> t.getItemCount() > 0);
                if (!tables.isEmpty()) {
                    return tables.get(0);
                }
            }
            return null;
        });
    }

    /**
     * Runs {@code action} on the UI thread as soon as a visible shell with this title is open. Use it
     * before a click that opens a modal dialog: the click only returns once the dialog is closed,
     * so the action must inspect and close the dialog itself.
     *
     * @return a holder of the error the action threw, if any; check it after the click
     */
    public Throwable[] onShell(String title, java.util.function.Consumer<Shell> action) {
        Throwable[] failure = new Throwable[1];
        long deadline = System.nanoTime() + DEFAULT_TIMEOUT.toNanos();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                    try {
                        action.accept(shell);
                    } catch (Throwable t) {
                        failure[0] = t;
                        if (!shell.isDisposed()) {
                            shell.close();
                        }
                    }
                    return;
                }
            }
            if (System.nanoTime() < deadline) {
                display.timerExec(50, poll[0]);
            } else {
                failure[0] = new AssertionError("No shell titled '" + title + "' appeared");
            }
        };
        display.timerExec(50, poll[0]);
        return failure;
    }

    /** Throws what {@link #onShell} recorded. */
    public static void rethrow(Throwable[] failure) {
        if (failure[0] instanceof Error e) {
            throw e;
        }
        if (failure[0] != null) {
            throw new AssertionError(failure[0]);
        }
    }

    // ----- finding -----------------------------------------------------------------------------

    /** Every widget of the type under {@code root} (root included) that matches. */
    public <T extends Widget> List<T> findAll(Composite root, Class<T> type, Predicate<? super T> matches) {
        List<T> found = new ArrayList<>();
        collect(root, type, matches, found);
        return found;
    }

    private static <T extends Widget> void collect(Control control, Class<T> type, Predicate<? super T> matches,
            List<T> found) {
        if (type.isInstance(control) && matches.test(type.cast(control))) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, matches, found);
            }
        }
    }

    /** The one widget of the type with this id under {@code root}. */
    public <T extends Widget> T byId(Composite root, Class<T> type, String id) {
        return single(findAll(root, type, w -> id.equals(w.getData(ID_KEY))), type, "id '" + id + "'");
    }

    /** The one button, label or text of the type whose text (without '&' mnemonics) is {@code label}. */
    public <T extends Control> T byLabel(Composite root, Class<T> type, String label) {
        return single(findAll(root, type, w -> label.equals(textOf(w))), type, "label '" + label + "'");
    }

    private static <T> T single(List<T> found, Class<?> type, String what) {
        if (found.size() != 1) {
            throw new AssertionError("Expected one " + type.getSimpleName() + " with " + what + ", found " + found.size());
        }
        return found.get(0);
    }

    /** The text a user sees on a widget, without mnemonics and accelerators. */
    public static String textOf(Widget widget) {
        String text = switch (widget) {
            case Button b -> b.getText();
            case Label l -> l.getText();
            case Text t -> t.getText();
            case Item i -> i.getText();
            case Shell s -> s.getText();
            default -> null;
        };
        if (text == null) {
            return null;
        }
        int tab = text.indexOf('\t');
        if (tab >= 0) {
            text = text.substring(0, tab);
        }
        return text.replace("&&", "\u0000").replace("&", "").replace("\u0000", "&");
    }

    // ----- trees -------------------------------------------------------------------------------

    /** Labels of the items at the top of a tree, in display order. */
    public static List<String> labels(TreeItem[] items) {
        List<String> labels = new ArrayList<>();
        for (TreeItem item : items) {
            labels.add(item.getText());
        }
        return labels;
    }

    /** Waits for the tree item at this label path (expanding on the way) and returns it. */
    public TreeItem treeItem(Tree tree, String... path) {
        return waitFor("tree item " + String.join(" > ", path), () -> {
            TreeItem[] level = tree.getItems();
            TreeItem item = null;
            for (String label : path) {
                item = null;
                for (TreeItem candidate : level) {
                    if (label.equals(candidate.getText())) {
                        item = candidate;
                        break;
                    }
                }
                if (item == null) {
                    return null;
                }
                if (!item.getExpanded()) {
                    expand(item);
                }
                level = item.getItems();
            }
            return item;
        });
    }

    /**
     * The first item of a visible tree under {@code root} (a view's, such as the Problems view's)
     * whose text contains {@code text}, expanding collapsed items on the way; {@code null} if none.
     */
    public TreeItem treeItemContaining(Composite root, String text) {
        for (Tree tree : findAll(root, Tree.class, Tree::isVisible)) {
            for (TreeItem item : tree.getItems()) {
                TreeItem found = treeItemContaining(item, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private TreeItem treeItemContaining(TreeItem item, String text) {
        if (item.getText().contains(text)) {
            return item;
        }
        if (!item.getExpanded() && item.getItemCount() > 0) {
            expand(item);
        }
        for (TreeItem child : item.getItems()) {
            TreeItem found = treeItemContaining(child, text);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Expands an item the way a user's click does (the viewer fills it on SWT.Expand). */
    public void expand(TreeItem item) {
        Event event = new Event();
        event.item = item;
        item.getParent().notifyListeners(SWT.Expand, event);
        item.setExpanded(true);
        flush();
    }

    // ----- menus -------------------------------------------------------------------------------

    /** The menu item at this label path in the shell's menu bar, e.g. ("Help", "About Strata"). */
    public MenuItem menuItem(Shell shell, String... path) {
        return menuItem(shell.getMenuBar(), path);
    }

    /** The menu item at this label path in a menu (a context menu, a sub-menu), e.g. ("New", "Stage"). */
    public MenuItem menuItem(Menu menu, String... path) {
        MenuItem item = null;
        for (String label : path) {
            if (menu == null) {
                throw new AssertionError("No menu under " + (item == null ? "the menu bar" : textOf(item)));
            }
            show(menu);
            item = null;
            for (MenuItem candidate : menu.getItems()) {
                if (label.equals(textOf(candidate))) {
                    item = candidate;
                    break;
                }
            }
            if (item == null) {
                throw new AssertionError("No menu item '" + label + "' in " + menuLabels(menu));
            }
            menu = item.getMenu();
        }
        return item;
    }

    /** The labels of a menu's items (after the menu was filled as if shown). */
    public List<String> menuLabels(Menu menu) {
        show(menu);
        List<String> labels = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            if ((item.getStyle() & SWT.SEPARATOR) == 0) {
                labels.add(textOf(item));
            }
        }
        return labels;
    }

    private void show(Menu menu) {
        // Menus are filled lazily by their managers when shown; SWT.Show makes them fill.
        menu.notifyListeners(SWT.Show, new Event());
        flush();
    }

    // ----- acting ------------------------------------------------------------------------------

    public void click(Button button) {
        if (!button.isEnabled()) {
            throw new AssertionError("Button '" + textOf(button) + "' is disabled");
        }
        if ((button.getStyle() & (SWT.CHECK | SWT.RADIO | SWT.TOGGLE)) != 0) {
            button.setSelection(!button.getSelection());
        }
        button.notifyListeners(SWT.Selection, new Event());
        flush();
    }

    public void click(MenuItem item) {
        if (!item.isEnabled()) {
            throw new AssertionError("Menu item '" + textOf(item) + "' is disabled");
        }
        item.notifyListeners(SWT.Selection, new Event());
        flush();
    }

    public void type(Text text, String value) {
        text.setFocus();
        text.setText(value);
        text.notifyListeners(SWT.Modify, new Event());
        flush();
    }

    /** Types into an editable combo (a column type, a table name) as a user does. */
    public void type(Combo combo, String value) {
        combo.setText(value);
        combo.notifyListeners(SWT.Modify, new Event());
        flush();
    }

    /**
     * Keystrokes as the keyboard sends them to a text editor's widget, one character at a time ('\r' is
     * Enter): they take the widget's verify path, so the editor's auto edits (indentation) run.
     */
    public void typeKeys(StyledText text, String keys) {
        for (char c : keys.toCharArray()) {
            for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
                Event event = new Event();
                event.character = c;
                event.keyCode = c == '\r' ? SWT.CR : c;
                text.notifyListeners(type, event);
            }
        }
        flush();
    }

    // ----- screenshots -------------------------------------------------------------------------

    /**
     * Saves a PNG of the whole screen (all shells as the user sees them). Every shell is repainted
     * first: without a window manager (Xvfb), a closed dialog's area or a button enabled a moment
     * ago may otherwise still show as it was.
     */
    public Path screenshot(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        for (Shell shell : display.getShells()) {
            if (!shell.isDisposed() && shell.isVisible()) {
                Rectangle area = shell.getClientArea();
                shell.redraw(area.x, area.y, area.width, area.height, true);
                shell.update();
            }
        }
        long until = System.nanoTime() + Duration.ofMillis(300).toNanos();
        waitUntil("the screen to be repainted", Duration.ofSeconds(5), () -> System.nanoTime() > until);
        Rectangle bounds = display.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        try {
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            image.dispose();
        }
        return file;
    }
}
