package io.strata.git;

import java.util.Arrays;

import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;

import io.strata.aws.codecommit.CodeCommitAccess;
import io.strata.aws.codecommit.CodeCommitAccess.CodeCommitProblem;
import io.strata.aws.codecommit.CodeCommitRemote;
import io.strata.aws.codecommit.CodeCommitSigner.GitCredentials;

/**
 * How Strata signs in to a remote. For AWS CodeCommit remotes the user name and password are
 * signed anew from AWS credentials for every request (nothing is stored); other remotes get what
 * the user typed, or nothing.
 */
public interface GitAuth {

    /** No credentials: anonymous remotes, or a failure that says credentials are needed. */
    GitAuth NONE = new GitAuth() {
    };

    /** The user name and password for {@code uri} of the remote {@code remote}, or {@code null} for none. */
    default GitCredentials credentials(RemoteInfo remote, URIish uri) throws GitProblem {
        return null;
    }

    /** A user name and password typed by the user (an HTTPS token, say). */
    static GitAuth userPassword(String user, char[] password) {
        return new GitAuth() {
            @Override
            public GitCredentials credentials(RemoteInfo remote, URIish uri) {
                return new GitCredentials(user, password.clone());
            }
        };
    }

    /**
     * CodeCommit remotes signed through {@code access}; other remotes get {@code others}.
     */
    static GitAuth codeCommit(CodeCommitAccess access, GitAuth others) {
        return new GitAuth() {
            @Override
            public GitCredentials credentials(RemoteInfo remote, URIish uri) throws GitProblem {
                CodeCommitRemote codeCommit = remote.codeCommit();
                if (codeCommit == null) {
                    return others.credentials(remote, uri);
                }
                try {
                    return access.gitCredentials(codeCommit);
                } catch (CodeCommitProblem e) {
                    throw new GitProblem(e.getMessage(), e);
                }
            }
        };
    }

    /** A remote as Strata knows it: name, URL, and the CodeCommit repository behind it if any. */
    record RemoteInfo(String name, String url, CodeCommitRemote codeCommit) {
    }

    /** Adapts to JGit: asks {@code auth} whenever the server wants credentials. */
    static CredentialsProvider jgit(GitAuth auth, RemoteInfo remote, GitProblem[] failure) {
        return new CredentialsProvider() {
            @Override
            public boolean isInteractive() {
                return false;
            }

            @Override
            public boolean supports(CredentialItem... items) {
                return Arrays.stream(items).allMatch(i -> i instanceof CredentialItem.Username || i instanceof CredentialItem.Password);
            }

            @Override
            public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
                GitCredentials credentials;
                try {
                    credentials = auth.credentials(remote, uri);
                } catch (GitProblem e) {
                    failure[0] = e;
                    return false;
                }
                if (credentials == null) {
                    return false;
                }
                for (CredentialItem item : items) {
                    if (item instanceof CredentialItem.Username user) {
                        user.setValue(credentials.userName());
                    } else if (item instanceof CredentialItem.Password password) {
                        password.setValue(credentials.password());
                    } else {
                        throw new UnsupportedCredentialItem(uri, item.getPromptText());
                    }
                }
                Arrays.fill(credentials.password(), '\0');
                return true;
            }
        };
    }
}
