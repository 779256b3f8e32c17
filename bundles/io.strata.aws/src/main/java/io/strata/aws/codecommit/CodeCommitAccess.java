package io.strata.aws.codecommit;

import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.List;

import io.strata.aws.codecommit.CodeCommitSigner.GitCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.codecommit.CodeCommitClient;
import software.amazon.awssdk.services.codecommit.model.CodeCommitException;
import software.amazon.awssdk.services.codecommit.model.RepositoryMetadata;
import software.amazon.awssdk.services.codecommit.model.RepositoryNameExistsException;
import software.amazon.awssdk.services.codecommit.model.RepositoryNameIdPair;

/**
 * AWS CodeCommit for Strata: signed Git credentials for a remote, and the repositories of a
 * region (list, create) through the AWS SDK. Credentials come from the default chain (environment,
 * profile files, SSO, container and instance roles) or a named profile; none are stored.
 */
public final class CodeCommitAccess {

    /** Something a user can act on went wrong; the message says what and what to do. */
    public static final class CodeCommitProblem extends Exception {
        private static final long serialVersionUID = 1L;

        public CodeCommitProblem(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A repository as CodeCommit lists it. */
    public record Repository(String name, String id, String cloneUrlHttp, String description) {
    }

    private final AwsCredentialsProvider credentials;
    private final URI apiEndpoint;
    private final Clock clock;

    /**
     * @param credentials the credentials to sign with ({@code null}: the default chain)
     * @param apiEndpoint the CodeCommit API endpoint ({@code null}: AWS's endpoint of the region)
     */
    public CodeCommitAccess(AwsCredentialsProvider credentials, URI apiEndpoint, Clock clock) {
        this.credentials = credentials;
        this.apiEndpoint = apiEndpoint;
        this.clock = clock;
    }

    /** The default chain, or {@code profile} when it is set; AWS's endpoints; the system clock. */
    public static CodeCommitAccess forProfile(String profile) {
        return new CodeCommitAccess(provider(profile), null, Clock.systemUTC());
    }

    private static AwsCredentialsProvider provider(String profile) {
        return profile != null && !profile.isBlank() ? ProfileCredentialsProvider.create(profile) : DefaultCredentialsProvider.builder().build();
    }

    /** The Git user name and password for {@code remote}, signed now. */
    public GitCredentials gitCredentials(CodeCommitRemote remote) throws CodeCommitProblem {
        AwsCredentials resolved = resolve(remote.profile());
        String token = resolved instanceof AwsSessionCredentials session ? session.sessionToken() : null;
        return CodeCommitSigner.sign(resolved.accessKeyId(), resolved.secretAccessKey(), token, remote.gitUrl(), remote.region(), clock.instant());
    }

    /** The repositories of {@code region}, by name. */
    public List<Repository> list(String region, String profile) throws CodeCommitProblem {
        try (CodeCommitClient client = client(region, profile)) {
            List<String> names = client.listRepositoriesPaginator(r -> { }).repositories().stream().map(RepositoryNameIdPair::repositoryName).sorted().toList();
            if (names.isEmpty()) {
                return List.of();
            }
            return client.batchGetRepositories(r -> r.repositoryNames(names)).repositories().stream().map(CodeCommitAccess::repository).toList();
        } catch (SdkException e) {
            throw explain(e, "list the CodeCommit repositories of " + region, "codecommit:ListRepositories");
        }
    }

    /** Creates a repository in {@code region}. */
    public Repository create(String region, String profile, String name, String description) throws CodeCommitProblem {
        CodeCommitRemote.checkName(name);
        try (CodeCommitClient client = client(region, profile)) {
            return repository(client.createRepository(r -> r.repositoryName(name).repositoryDescription(description)).repositoryMetadata());
        } catch (RepositoryNameExistsException e) {
            throw new CodeCommitProblem("a CodeCommit repository named '" + name + "' already exists in " + region + ": pick another name or use it as the remote", e);
        } catch (SdkException e) {
            throw explain(e, "create the CodeCommit repository '" + name + "' in " + region, "codecommit:CreateRepository");
        }
    }

    private static Repository repository(RepositoryMetadata m) {
        return new Repository(m.repositoryName(), m.repositoryId(), m.cloneUrlHttp(), m.repositoryDescription());
    }

    private CodeCommitClient client(String region, String profile) throws CodeCommitProblem {
        CodeCommitRemote.checkRegion(region);
        AwsCredentials resolved = resolve(profile);
        var builder = CodeCommitClient.builder().region(Region.of(region)).credentialsProvider(() -> resolved)
                .httpClient(UrlConnectionHttpClient.create());
        if (apiEndpoint != null) {
            builder.endpointOverride(apiEndpoint);
        }
        return builder.build();
    }

    private AwsCredentials resolve(String profile) throws CodeCommitProblem {
        AwsCredentialsProvider provider = credentials != null ? credentials : provider(profile);
        try {
            return provider.resolveCredentials();
        } catch (SdkException | IllegalStateException e) {
            String which = profile != null && !profile.isBlank() ? "the AWS profile '" + profile + "'" : "the default AWS credential chain";
            throw new CodeCommitProblem("no AWS credentials from " + which + ": run 'aws configure'" + (profile != null ? " --profile " + profile : "")
                    + " (or 'aws sso login' for SSO), or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY. (" + e.getMessage() + ")", e);
        }
    }

    private static CodeCommitProblem explain(SdkException e, String what, String permission) {
        if (e instanceof CodeCommitException service && service.awsErrorDetails() != null) {
            String code = service.awsErrorDetails().errorCode();
            String message = service.awsErrorDetails().errorMessage();
            if (service.statusCode() == 403 || "AccessDeniedException".equals(code)) {
                return new CodeCommitProblem("AWS refused to " + what + ": your identity lacks the permission " + permission
                        + "; ask for it in IAM (" + message + ")", e);
            }
            if ("UnrecognizedClientException".equals(code) || "InvalidSignatureException".equals(code)) {
                return new CodeCommitProblem("AWS did not accept the credentials to " + what + ": check the access key, secret and the clock (" + message + ")", e);
            }
            return new CodeCommitProblem("could not " + what + ": " + message + " (" + code + ")", e);
        }
        if (e instanceof SdkClientException && hasCause(e, UnknownHostException.class)) {
            return new CodeCommitProblem("could not " + what + ": the CodeCommit endpoint cannot be found; check the region and the network", e);
        }
        return new CodeCommitProblem("could not " + what + ": " + e.getMessage(), e);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
