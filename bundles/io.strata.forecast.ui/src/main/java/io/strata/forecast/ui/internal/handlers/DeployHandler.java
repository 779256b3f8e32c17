package io.strata.forecast.ui.internal.handlers;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;

import io.strata.forecast.ui.internal.jobs.DeployJob;

/** Full deploy: forecast first, deploy nothing when it fails. */
public final class DeployHandler extends StrataHandler {

    @Override
    protected Job job(IProject project, IResource selected) {
        return new DeployJob(project, false);
    }
}
