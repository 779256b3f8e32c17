package io.strata.team.ui.internal.handlers;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.strata.git.GitProblem;
import io.strata.git.ProjectGit;
import io.strata.team.ui.internal.Messages;
import io.strata.team.ui.internal.credentials.Authors;
import io.strata.team.ui.internal.credentials.UiGitAuth;
import io.strata.team.ui.internal.jobs.TeamJob;
import io.strata.team.ui.internal.jobs.TeamJob.Result;

/**
 * Team > Pull: asks merge or rebase, then fetches and integrates in a job; the project is refreshed
 * and conflicts and change log findings are shown.
 */
public final class PullHandler extends TeamHandler {

    private static final int MERGE = 0;
    private static final int REBASE = 1;

    @Override
    protected void run(IProject project, Shell shell) {
        MessageDialog choice = new MessageDialog(shell, Messages.pull_title, null, NLS.bind(Messages.pull_question, project.getName()),
                MessageDialog.QUESTION, MERGE, Messages.pull_merge, Messages.pull_rebase, Messages.pull_cancel);
        int answer = choice.open();
        if (answer != MERGE && answer != REBASE) {
            return;
        }
        PersonIdent author = Authors.author(shell);
        if (author == null) {
            return;
        }
        UiGitAuth auth = new UiGitAuth();
        TeamJob.of(Messages.pull_job, project, (dir, progress) -> {
            try (ProjectGit git = ProjectGit.open(dir)) {
                git.identity(author); // the merge commit's author
                return Result.merged(git.pull(remoteName(git), answer == REBASE, auth, progress));
            } catch (GitProblem e) {
                throw auth.explain(e);
            }
        }).schedule();
    }
}
