package io.strata.team.ui.internal.handlers;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.widgets.Shell;

import io.strata.git.GitProblem;
import io.strata.git.ProjectGit;
import io.strata.team.ui.internal.Messages;
import io.strata.team.ui.internal.credentials.UiGitAuth;
import io.strata.team.ui.internal.jobs.TeamJob;
import io.strata.team.ui.internal.jobs.TeamJob.Result;

/** Team > Push: the current branch to origin; a rejected push says to pull first and keeps the local commits. */
public final class PushHandler extends TeamHandler {

    @Override
    protected void run(IProject project, Shell shell) {
        UiGitAuth auth = new UiGitAuth();
        TeamJob.of(Messages.push_job, project, (dir, progress) -> {
            try (ProjectGit git = ProjectGit.open(dir)) {
                return Result.said(git.push(remoteName(git), auth, progress).message());
            } catch (GitProblem e) {
                throw auth.explain(e);
            }
        }).schedule();
    }
}
