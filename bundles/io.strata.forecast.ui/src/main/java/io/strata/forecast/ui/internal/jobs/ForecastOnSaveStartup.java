package io.strata.forecast.ui.internal.jobs;

import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** Starts listening to saves when the workbench starts (Forecast on save, {@link ChangeLogSaves}). */
public final class ForecastOnSaveStartup implements IStartup {

    @Override
    public void earlyStartup() {
        IWorkbench workbench = PlatformUI.getWorkbench();
        workbench.getDisplay().asyncExec(() -> ChangeLogSaves.install(workbench));
    }
}
