package io.strata.forecast.ui.internal.handlers;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;

import io.strata.forecast.ui.internal.jobs.StatusJob;

/** Status: the change sets a deploy would apply. */
public final class StatusHandler extends StrataHandler {

    @Override
    protected Job job(IProject project, IResource selected) {
        return new StatusJob(project);
    }
}
