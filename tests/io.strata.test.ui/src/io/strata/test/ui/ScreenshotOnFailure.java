package io.strata.test.ui;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * {@code @ExtendWith(ScreenshotOnFailure.class)}: when a UI test fails, saves the screen to
 * {@code target/screenshots/<class>.<method>.png} (the folder can be changed with the system
 * property {@code strata.screenshots}).
 */
public final class ScreenshotOnFailure implements TestWatcher {

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Display display = Display.getCurrent();
        if (display == null) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        Path folder = Path.of(System.getProperty("strata.screenshots", "target/screenshots"));
        try {
            Path file = new SwtDriver(display).screenshot(folder.resolve(name + ".png"));
            System.err.println("Screenshot of the failure: " + file.toAbsolutePath());
        } catch (Exception | Error e) {
            System.err.println("Could not take a screenshot of the failure: " + e);
        }
    }
}
