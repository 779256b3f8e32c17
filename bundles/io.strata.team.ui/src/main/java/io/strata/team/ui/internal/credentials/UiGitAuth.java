package io.strata.team.ui.internal.credentials;

import java.io.IOException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

import io.strata.aws.codecommit.CodeCommitAccess;
import io.strata.aws.codecommit.CodeCommitSigner.GitCredentials;
import io.strata.git.GitAuth;
import io.strata.git.GitProblem;
import io.strata.team.ui.internal.Messages;
import io.strata.team.ui.internal.dialogs.CredentialsDialog;

/**
 * How the IDE signs in to a remote: CodeCommit remotes are signed from AWS credentials (the
 * remote's profile, else the default chain; nothing stored); other remotes get the user name and
 * password kept in Eclipse secure storage for their URL, else asked with a dialog (which may keep
 * them). Stored credentials a remote refused are removed, so the next try asks again.
 */
public final class UiGitAuth implements GitAuth {

    private static final String ROOT = "/io.strata/git";
    private static final String USER = "user";
    private static final String PASSWORD = "password";

    private String usedStored;

    @Override
    public GitCredentials credentials(RemoteInfo remote, URIish uri) throws GitProblem {
        if (remote.codeCommit() != null) {
            // Signed with the remote's profile, or the default chain when it names none.
            return GitAuth.codeCommit(CodeCommitAccess.forProfile(remote.codeCommit().profile()), GitAuth.NONE).credentials(remote, uri);
        }
        return typedOrStored(remote);
    }

    private GitCredentials typedOrStored(RemoteInfo remote) throws GitProblem {
        ISecurePreferences node = node(remote.url());
        try {
            String user = node.get(USER, null);
            String password = node.get(PASSWORD, null);
            if (user != null && password != null) {
                usedStored = remote.url();
                return new GitCredentials(user, password.toCharArray());
            }
        } catch (StorageException e) {
            ILog.of(getClass()).warn("Strata could not read the Git credentials of " + remote.url() + " from secure storage; it asks instead: " + e.getMessage());
        }
        CredentialsDialog.Answer[] answer = new CredentialsDialog.Answer[1];
        Display.getDefault().syncExec(() -> answer[0] = new CredentialsDialog(
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), remote.url()).ask());
        if (answer[0] == null) {
            throw new GitProblem(Messages.credentials_cancelled);
        }
        if (answer[0].store()) {
            try {
                node.put(USER, answer[0].user(), false);
                node.put(PASSWORD, new String(answer[0].password()), true);
                node.flush();
            } catch (StorageException | IOException e) {
                ILog.of(getClass()).warn("Strata could not keep the Git credentials of " + remote.url() + " in secure storage: " + e.getMessage());
            }
        }
        return new GitCredentials(answer[0].user(), answer[0].password());
    }

    /**
     * After a failure: when stored credentials were used and the remote refused them, removes them
     * and says so; other failures are returned as they are.
     */
    public GitProblem explain(GitProblem problem) {
        if (usedStored == null || !String.valueOf(problem.getMessage()).contains("credentials")) {
            return problem;
        }
        ISecurePreferences node = node(usedStored);
        node.removeNode();
        try {
            SecurePreferencesFactory.getDefault().flush();
        } catch (IOException e) {
            ILog.of(getClass()).warn("Strata could not remove the Git credentials of " + usedStored + ": " + e.getMessage());
        }
        return new GitProblem(problem.getMessage() + " " + Messages.credentials_removed, problem);
    }

    private static ISecurePreferences node(String url) {
        return SecurePreferencesFactory.getDefault().node(ROOT + "/" + EncodingUtils.encodeSlashes(url));
    }
}
