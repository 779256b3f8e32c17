package io.strata.team.ui.internal.handlers;

import org.eclipse.core.resources.IProject;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.strata.git.ProjectGit;
import io.strata.git.ProjectGit.ProjectChanges;
import io.strata.git.ProjectGit.HistoryEntry;
import io.strata.team.ui.internal.Messages;
import io.strata.team.ui.internal.credentials.Authors;
import io.strata.team.ui.internal.dialogs.CommitDialog;
import io.strata.team.ui.internal.jobs.TeamJob;
import io.strata.team.ui.internal.jobs.TeamJob.Result;

/**
 * Team > Commit...: reads the project's changed files in a job (only those under the project's folder when the
 * repository is above it), asks which to commit and the message, commits them in a job.
 */
public final class CommitHandler extends TeamHandler {

    @Override
    protected void run(IProject project, Shell shell) {
        TeamJob.read(Messages.commit_readJob, project, (dir, progress) -> {
            String branch;
            ProjectChanges changes;
            try (ProjectGit git = ProjectGit.open(dir)) {
                branch = git.branch();
                changes = git.projectChanges();
            }
            TeamJob.later(() -> ask(project, shell, branch, changes));
            return null;
        }, null).schedule();
    }

    private static void ask(IProject project, Shell shell, String branch, ProjectChanges changes) {
        CommitDialog.Answer answer = new CommitDialog(shell, project.getName(), branch, changes).ask();
        if (answer == null) {
            return;
        }
        PersonIdent author = Authors.author(shell);
        if (author == null) {
            return;
        }
        TeamJob.of(Messages.commit_job, project, (dir, progress) -> {
            try (ProjectGit git = ProjectGit.open(dir)) {
                HistoryEntry commit = git.commit(answer.paths(), answer.message(), author);
                return Result.said(NLS.bind(Messages.commit_done,
                        new Object[] { commit.id().substring(0, 8), commit.shortMessage(), answer.paths().size(), branch }));
            }
        }).schedule();
    }
}
