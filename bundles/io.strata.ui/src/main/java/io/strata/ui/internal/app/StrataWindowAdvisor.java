package io.strata.ui.internal.app;

import java.lang.management.ManagementFactory;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The Strata main window. */
final class StrataWindowAdvisor extends WorkbenchWindowAdvisor {

    static final String TITLE = "Strata";

    /**
     * With {@code -Dstrata.startup.report=print} Strata prints how long it took from JVM start to
     * the open window; with {@code =exit} it also closes again (releng/scripts/measure-startup).
     */
    static final String STARTUP_REPORT = "strata.startup.report";

    StrataWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new StrataActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setTitle(TITLE);
        configurer.setInitialSize(new Point(1280, 800));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setShowPerspectiveBar(true);
    }

    @Override
    public void postWindowOpen() {
        String report = System.getProperty(STARTUP_REPORT);
        if (report == null) {
            return;
        }
        getWindowConfigurer().getWindow().getShell().getDisplay().asyncExec(() -> {
            long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("strata.startup.windowShownMillis=" + millis);
            if ("exit".equals(report)) {
                PlatformUI.getWorkbench().close();
            }
        });
    }
}
