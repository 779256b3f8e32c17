package io.strata.forecast.ui.internal.handlers;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;

import io.strata.forecast.ui.internal.jobs.SnapshotJob;

/** Snapshot of a stage into Snapshots/. */
public final class SnapshotHandler extends StrataHandler {

    @Override
    protected Job job(IProject project, IResource selected) {
        return new SnapshotJob(project);
    }
}
