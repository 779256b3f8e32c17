package io.strata.team.ui.internal.handlers;

import org.eclipse.core.resources.IProject;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.strata.git.ProjectGit;
import io.strata.team.ui.internal.Messages;
import io.strata.team.ui.internal.credentials.Authors;
import io.strata.team.ui.internal.jobs.TeamJob;
import io.strata.team.ui.internal.jobs.TeamJob.Result;

/** Team > Share Project: a repository in the project (branch main), the ignore file, the first commit. */
public final class ShareHandler extends TeamHandler {

    @Override
    protected void run(IProject project, Shell shell) {
        PersonIdent author = Authors.author(shell);
        if (author == null) {
            return;
        }
        TeamJob.of(Messages.share_job, project, (dir, progress) -> {
            try (ProjectGit git = ProjectGit.share(dir, author)) {
                return Result.changedFiles(NLS.bind(Messages.share_done, new Object[] { project.getName(), git.branch(), author.getName() }));
            }
        }).schedule();
    }
}
