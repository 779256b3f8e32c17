package io.strata.forecast.ui.internal.handlers;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;

import io.strata.forecast.ui.internal.jobs.OpenReportJob;

/** Open Report: the selected report, or the newest. */
public final class OpenReportHandler extends StrataHandler {

    @Override
    protected Job job(IProject project, IResource selected) {
        return new OpenReportJob(project, selected);
    }
}
