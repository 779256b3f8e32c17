package io.strata.forecast.ui.internal.handlers;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;

import io.strata.forecast.ui.internal.jobs.CheckRulesJob;

/** Check Rules on the project's rule files. */
public final class CheckRulesHandler extends StrataHandler {

    @Override
    protected Job job(IProject project, IResource selected) {
        return new CheckRulesJob(project);
    }
}
