package io.strata.team.ui.internal.dialogs;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.strata.aws.codecommit.CodeCommitAccess;
import io.strata.aws.codecommit.CodeCommitAccess.CodeCommitProblem;
import io.strata.aws.codecommit.CodeCommitRemote;
import io.strata.git.GitAuth.RemoteInfo;
import io.strata.git.GitProblem;
import io.strata.team.ui.internal.Messages;
import io.strata.team.ui.internal.jobs.TeamJob;

/**
 * Remotes...: the project's remote {@code origin} as a Git URL, or an AWS CodeCommit repository
 * (region, repository name, optional profile). "List repositories" fills the names from
 * CodeCommit and "Create repository" creates one, each in a job; their errors show in the dialog.
 */
public final class RemotesDialog extends TitleAreaDialog {

    /** The remote to set: a Git URL, or a CodeCommit repository (then {@code url} is its HTTPS URL). */
    public record Answer(String url, CodeCommitRemote codeCommit) {
    }

    private static final int LIST_ID = IDialogConstants.CLIENT_ID + 1;
    private static final int CREATE_ID = IDialogConstants.CLIENT_ID + 2;

    private final IProject project;
    private final RemoteInfo origin;
    private Button gitUrl;
    private Button codeCommit;
    private Text url;
    private Text region;
    private Combo repository;
    private Text profile;
    private Button list;
    private Button create;
    private Answer answer;
    private boolean busy;

    public RemotesDialog(Shell parent, IProject project, RemoteInfo origin) {
        super(parent);
        this.project = project;
        this.origin = origin;
    }

    /** Opens the dialog; the remote to set, or null when cancelled. */
    public Answer ask() {
        return open() == OK ? answer : null;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.remotes_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(NLS.bind(Messages.remotes_heading, project.getName()));
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).margins(10, 10).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

        gitUrl = new Button(body, SWT.RADIO);
        gitUrl.setText(Messages.remotes_gitUrl);
        gitUrl.setData(Ids.KEY, "strata.team.remotes.gitUrl");
        GridDataFactory.fillDefaults().span(3, 1).applyTo(gitUrl);
        new Label(body, SWT.NONE).setText(Messages.remotes_url);
        url = new Text(body, SWT.BORDER);
        url.setData(Ids.KEY, "strata.team.remotes.url");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(url);

        codeCommit = new Button(body, SWT.RADIO);
        codeCommit.setText(Messages.remotes_codeCommit);
        codeCommit.setData(Ids.KEY, "strata.team.remotes.codeCommit");
        GridDataFactory.fillDefaults().span(3, 1).indent(0, 10).applyTo(codeCommit);
        new Label(body, SWT.NONE).setText(Messages.remotes_region);
        region = new Text(body, SWT.BORDER);
        region.setData(Ids.KEY, "strata.team.remotes.region");
        region.setMessage("eu-west-1");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(region);
        new Label(body, SWT.NONE).setText(Messages.remotes_repository);
        repository = new Combo(body, SWT.DROP_DOWN);
        repository.setData(Ids.KEY, "strata.team.remotes.repository");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(repository);
        new Label(body, SWT.NONE).setText(Messages.remotes_profile);
        profile = new Text(body, SWT.BORDER);
        profile.setData(Ids.KEY, "strata.team.remotes.profile");
        profile.setMessage(Messages.remotes_defaultChain);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(profile);

        if (origin != null && origin.codeCommit() != null) {
            codeCommit.setSelection(true);
            region.setText(origin.codeCommit().region());
            repository.setText(origin.codeCommit().name());
            profile.setText(origin.codeCommit().profile() == null ? "" : origin.codeCommit().profile());
        } else {
            gitUrl.setSelection(true);
            url.setText(origin == null ? "" : origin.url());
            String environmentRegion = System.getenv("AWS_REGION");
            region.setText(environmentRegion == null ? "" : environmentRegion);
        }
        for (Control control : new Control[] { url, region, profile }) {
            control.addListener(SWT.Modify, e -> validate());
        }
        repository.addListener(SWT.Modify, e -> validate());
        gitUrl.addListener(SWT.Selection, e -> validate());
        codeCommit.addListener(SWT.Selection, e -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        list = createButton(parent, LIST_ID, Messages.remotes_list, false);
        create = createButton(parent, CREATE_ID, Messages.remotes_create, false);
        createButton(parent, IDialogConstants.OK_ID, Messages.remotes_set, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    private String profileOrNull() {
        return profile.getText().isBlank() ? null : profile.getText().strip();
    }

    private void validate() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok == null) {
            return;
        }
        boolean aws = codeCommit.getSelection();
        url.setEnabled(!aws);
        for (Control control : new Control[] { region, repository, profile }) {
            control.setEnabled(aws);
        }
        list.setEnabled(aws && !busy && !region.getText().isBlank());
        create.setEnabled(aws && !busy && !region.getText().isBlank() && !repository.getText().isBlank());
        String problem = null;
        // Fields not filled in yet: say what to type, as a plain message (Eclipse shows errors only for wrong input).
        String missing = null;
        answer = null;
        if (!aws) {
            if (url.getText().isBlank()) {
                missing = Messages.remotes_noUrl;
            } else {
                answer = new Answer(url.getText().strip(), null);
            }
        } else if (region.getText().isBlank() || repository.getText().isBlank()) {
            missing = Messages.remotes_noRepository;
        } else {
            try {
                CodeCommitRemote remote = CodeCommitRemote.of(region.getText().strip(), repository.getText().strip(), profileOrNull());
                answer = new Answer(remote.gitUrl().toString(), remote);
            } catch (IllegalArgumentException e) {
                problem = Texts.sentence(e.getMessage());
            }
        }
        ok.setEnabled(answer != null && !busy);
        if (problem != null) {
            setErrorMessage(problem);
        } else {
            setErrorMessage(null);
            setMessage(missing != null ? missing : aws ? Messages.remotes_codeCommitMessage : Messages.remotes_gitMessage);
        }
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == LIST_ID) {
            listRepositories();
        } else if (buttonId == CREATE_ID) {
            createRepository();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    private void listRepositories() {
        String inRegion = region.getText().strip();
        String withProfile = profileOrNull();
        working(NLS.bind(Messages.remotes_listing, inRegion));
        TeamJob.read(NLS.bind(Messages.remotes_listJob, inRegion), project, (dir, progress) -> {
            List<CodeCommitAccess.Repository> found = aws(() -> CodeCommitAccess.forProfile(withProfile).list(inRegion, withProfile));
            TeamJob.later(() -> {
                if (repository.isDisposed()) {
                    return;
                }
                String typed = repository.getText();
                repository.setItems(found.stream().map(CodeCommitAccess.Repository::name).toArray(String[]::new));
                repository.setText(typed.isBlank() && !found.isEmpty() ? found.get(0).name() : typed);
                done(null);
                setMessage(found.isEmpty() ? NLS.bind(Messages.remotes_noneListed, inRegion) : NLS.bind(Messages.remotes_listed, found.size(), inRegion));
            });
            return null;
        }, this::done).schedule();
    }

    private void createRepository() {
        String inRegion = region.getText().strip();
        String name = repository.getText().strip();
        String withProfile = profileOrNull();
        working(NLS.bind(Messages.remotes_creating, name, inRegion));
        TeamJob.read(NLS.bind(Messages.remotes_createJob, name), project, (dir, progress) -> {
            CodeCommitAccess.Repository created = aws(() -> CodeCommitAccess.forProfile(withProfile)
                    .create(inRegion, withProfile, name, NLS.bind(Messages.remotes_description, project.getName())));
            TeamJob.later(() -> {
                if (repository.isDisposed()) {
                    return;
                }
                repository.add(created.name());
                repository.setText(created.name());
                done(null);
                setMessage(NLS.bind(Messages.remotes_created, created.name(), inRegion));
            });
            return null;
        }, this::done).schedule();
    }

    private interface AwsCall<T> {
        T call() throws CodeCommitProblem;
    }

    private static <T> T aws(AwsCall<T> call) throws GitProblem {
        try {
            return call.call();
        } catch (CodeCommitProblem | IllegalArgumentException e) {
            throw new GitProblem(e.getMessage(), e);
        }
    }

    private void working(String what) {
        busy = true;
        validate();
        setErrorMessage(null);
        setMessage(what);
    }

    /** A job of the dialog ended; {@code problem} is its failure, or null. */
    private void done(String problem) {
        if (getShell() == null || getShell().isDisposed()) {
            return;
        }
        busy = false;
        validate();
        if (problem != null) {
            setErrorMessage(problem);
        }
    }

    @Override
    protected boolean isResizable() {
        return true;
    }
}
