package io.strata.forecast.ui.internal.jobs;

import org.eclipse.core.runtime.IProgressMonitor;

import io.strata.core.ProgressMonitor;

/** The engine's progress and cancel interface over a job's progress monitor (its progress bar and Cancel button); the Team menu's jobs use it too. */
public final class EngineProgress implements ProgressMonitor {

    private final IProgressMonitor monitor;

    public EngineProgress(IProgressMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void begin(String task, int totalWork) {
        monitor.beginTask(task, totalWork > 0 ? totalWork : IProgressMonitor.UNKNOWN);
    }

    @Override
    public void subTask(String name) {
        monitor.subTask(name);
    }

    @Override
    public void worked(int units) {
        monitor.worked(units);
    }

    @Override
    public boolean isCanceled() {
        return monitor.isCanceled();
    }
}
