package io.strata.team.ui.internal.handlers;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.strata.git.ProjectGit;
import io.strata.team.ui.internal.Messages;
import io.strata.team.ui.internal.credentials.Authors;
import io.strata.team.ui.internal.dialogs.BranchesDialog;
import io.strata.team.ui.internal.jobs.TeamJob;
import io.strata.team.ui.internal.jobs.TeamJob.Result;

/**
 * Team > Branches... (create and switch, or switch) and Team > Merge... (a branch into the current
 * one): the branches are read in a job, the choice is made in {@link BranchesDialog}, the work is
 * done in a job that refreshes the project.
 */
public class BranchesHandler extends TeamHandler {

    private final boolean merge;

    public BranchesHandler() {
        this(false);
    }

    BranchesHandler(boolean merge) {
        this.merge = merge;
    }

    @Override
    protected void run(IProject project, Shell shell) {
        TeamJob.read(Messages.branches_readJob, project, (dir, progress) -> {
            List<String> branches;
            String current;
            try (ProjectGit git = ProjectGit.open(dir)) {
                branches = git.branches();
                current = git.branch();
            }
            TeamJob.later(() -> ask(project, shell, branches, current));
            return null;
        }, null).schedule();
    }

    private void ask(IProject project, Shell shell, List<String> branches, String current) {
        BranchesDialog.Answer answer = merge ? BranchesDialog.merge(shell, project.getName(), branches, current)
                : BranchesDialog.branches(shell, project.getName(), branches, current);
        if (answer == null) {
            return;
        }
        String branch = answer.branch();
        switch (answer.action()) {
            case CREATE -> TeamJob.of(NLS.bind(Messages.branches_createJob, branch), project, (dir, progress) -> {
                try (ProjectGit git = ProjectGit.open(dir)) {
                    git.createBranch(branch);
                    return Result.changedFiles(NLS.bind(Messages.branches_created, branch, current));
                }
            }).schedule();
            case SWITCH -> TeamJob.of(NLS.bind(Messages.branches_switchJob, branch), project, (dir, progress) -> {
                try (ProjectGit git = ProjectGit.open(dir)) {
                    git.switchBranch(branch);
                    return Result.changedFiles(NLS.bind(Messages.branches_switched, branch));
                }
            }).schedule();
            case MERGE -> {
                PersonIdent author = Authors.author(shell);
                if (author != null) {
                    TeamJob.of(NLS.bind(Messages.merge_job, branch, current), project, (dir, progress) -> {
                        try (ProjectGit git = ProjectGit.open(dir)) {
                            git.identity(author); // the merge commit's author
                            return Result.merged(git.merge(branch));
                        }
                    }).schedule();
                }
            }
        }
    }
}
