package io.strata.forecast.ui.internal.handlers;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;

import io.strata.forecast.ui.internal.jobs.CompareJob;

/** Compare a stage with another stage or a snapshot. */
public final class CompareHandler extends StrataHandler {

    @Override
    protected Job job(IProject project, IResource selected) {
        return new CompareJob(project);
    }
}
