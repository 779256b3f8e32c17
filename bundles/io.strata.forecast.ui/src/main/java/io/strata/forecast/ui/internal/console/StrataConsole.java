package io.strata.forecast.ui.internal.console;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleManager;
import org.eclipse.ui.console.MessageConsole;
import org.eclipse.ui.console.MessageConsoleStream;

import io.strata.forecast.ui.ForecastUi;

/**
 * The "Strata" console: what ran, how long it took, what it found, where the report is. Its
 * streams may be written from any thread.
 */
public final class StrataConsole {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static StrataConsole instance;

    private final MessageConsole console;
    private final MessageConsoleStream out;
    private final MessageConsoleStream err;

    private StrataConsole(MessageConsole console) {
        this.console = console;
        this.out = console.newMessageStream();
        this.err = console.newMessageStream();
        Display display = Display.getDefault();
        display.asyncExec(() -> err.setColor(display.getSystemColor(SWT.COLOR_DARK_RED)));
    }

    /** The workbench's Strata console, created and registered on first use. */
    public static synchronized StrataConsole get() {
        IConsoleManager manager = ConsolePlugin.getDefault().getConsoleManager();
        if (instance == null || !isRegistered(manager, instance.console)) {
            MessageConsole console = null;
            for (IConsole existing : manager.getConsoles()) {
                if (existing instanceof MessageConsole message && ForecastUi.CONSOLE_NAME.equals(existing.getName())) {
                    console = message;
                }
            }
            if (console == null) {
                console = new MessageConsole(ForecastUi.CONSOLE_NAME, null);
                manager.addConsoles(new IConsole[] { console });
            }
            instance = new StrataConsole(console);
        }
        return instance;
    }

    private static boolean isRegistered(IConsoleManager manager, MessageConsole console) {
        for (IConsole existing : manager.getConsoles()) {
            if (existing == console) {
                return true;
            }
        }
        return false;
    }

    /** A line that starts a piece of work, with the time of day. */
    public void started(String what) {
        out.println();
        out.println(LocalTime.now().format(TIME) + "  " + what);
    }

    public void println(String line) {
        out.println(line);
    }

    /** A failure, in red. */
    public void error(String line) {
        err.println(line);
    }

    /** Brings the console view to the front (may be called from any thread). */
    public void show() {
        ConsolePlugin.getDefault().getConsoleManager().showConsoleView(console);
    }

    /** Everything the console holds (for tests and for copying). */
    public String text() {
        return console.getDocument().get();
    }

    public MessageConsole console() {
        return console;
    }
}
