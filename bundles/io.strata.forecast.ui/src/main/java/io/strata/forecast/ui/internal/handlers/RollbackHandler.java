package io.strata.forecast.ui.internal.handlers;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;

import io.strata.forecast.ui.internal.jobs.RollbackJob;

/** Rollback: how far, a preview of its SQL, then the rollback after a confirmation. */
public final class RollbackHandler extends StrataHandler {

    @Override
    protected Job job(IProject project, IResource selected) {
        return new RollbackJob(project);
    }
}
