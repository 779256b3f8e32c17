package io.strata.team.ui.internal.handlers;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.strata.git.GitAuth.RemoteInfo;
import io.strata.git.ProjectGit;
import io.strata.team.ui.internal.Messages;
import io.strata.team.ui.internal.dialogs.RemotesDialog;
import io.strata.team.ui.internal.jobs.TeamJob;
import io.strata.team.ui.internal.jobs.TeamJob.Result;

/** Team > Remotes...: origin as a Git URL or a CodeCommit repository. */
public final class RemotesHandler extends TeamHandler {

    private static final String ORIGIN = "origin";

    @Override
    protected void run(IProject project, Shell shell) {
        TeamJob.read(Messages.remotes_readJob, project, (dir, progress) -> {
            List<RemoteInfo> remotes;
            try (ProjectGit git = ProjectGit.open(dir)) {
                remotes = git.remotes();
            }
            RemoteInfo origin = remotes.stream().filter(r -> r.name().equals(ORIGIN)).findFirst().orElse(null);
            TeamJob.later(() -> ask(project, shell, origin));
            return null;
        }, null).schedule();
    }

    private static void ask(IProject project, Shell shell, RemoteInfo origin) {
        RemotesDialog.Answer answer = new RemotesDialog(shell, project, origin).ask();
        if (answer == null) {
            return;
        }
        TeamJob.of(Messages.remotes_job, project, (dir, progress) -> {
            try (ProjectGit git = ProjectGit.open(dir)) {
                if (answer.codeCommit() != null) {
                    git.setRemote(ORIGIN, answer.codeCommit());
                } else {
                    git.setRemote(ORIGIN, answer.url());
                }
                return Result.said(NLS.bind(Messages.remotes_done, ORIGIN, answer.url()));
            }
        }).schedule();
    }
}
