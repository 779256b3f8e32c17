package io.strata.ui.internal.app;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** Starts the Strata workbench. */
public final class StrataApplication implements IApplication {

    /** Used when Strata is started without {@code -data}. */
    static final String DEFAULT_WORKSPACE = "strata-workspace";

    @Override
    public Object start(IApplicationContext context) throws Exception {
        Display display = PlatformUI.createDisplay();
        try {
            Location workspace = Platform.getInstanceLocation();
            if (!workspace.isSet()) {
                workspace.set(Path.of(System.getProperty("user.home"), DEFAULT_WORKSPACE).toUri().toURL(), false);
            }
            if (!lock(workspace)) {
                MessageDialog.openError(null, "Strata",
                        "The workspace " + location(workspace) + " is in use by another Strata.\n\n"
                                + "Close the other Strata, or start this one with another workspace: strata -data <folder>");
                return EXIT_OK;
            }
            context.applicationRunning();
            int code = PlatformUI.createAndRunWorkbench(display, new StrataWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
        } finally {
            display.dispose();
            Location workspace = Platform.getInstanceLocation();
            if (workspace != null && workspace.isLocked()) {
                workspace.release();
            }
        }
    }

    private static boolean lock(Location workspace) {
        try {
            return workspace.lock();
        } catch (IOException e) {
            return false;
        }
    }

    private static String location(Location workspace) {
        URL url = workspace.getURL();
        return url == null ? "?" : url.getPath();
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
