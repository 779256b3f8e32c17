package io.strata.forecast.ui.internal.handlers;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;

import io.strata.forecast.ui.internal.jobs.ForecastJob;

/** Forecast of a stage. */
public final class ForecastHandler extends StrataHandler {

    @Override
    protected Job job(IProject project, IResource selected) {
        return new ForecastJob(project);
    }
}
