package io.strata.aws;

import java.net.URI;
import java.util.Arrays;

import io.strata.core.project.Credentials;
import io.strata.core.project.CredentialsException;
import io.strata.core.project.Stage;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.rds.RdsUtilities;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

/**
 * Passwords from AWS: a stage with {@code secret: <id>} reads its password from AWS Secrets
 * Manager (a plain secret, or the {@code password} field of a JSON secret as RDS writes them); a
 * stage with {@code iamAuthentication: true} signs in with an Amazon RDS IAM authentication token.
 * Other stages ask {@code fallback}. Nothing is stored: each connect asks again.
 */
public final class AwsPasswords implements Credentials {

    /** Where to reach AWS. */
    public record Settings(String region, String profile, URI endpointOverride, AwsCredentialsProvider credentials) {

        AwsCredentialsProvider provider() {
            if (credentials != null) {
                return credentials;
            }
            return profile != null ? ProfileCredentialsProvider.create(profile) : DefaultCredentialsProvider.builder().build();
        }

        Region awsRegion() throws CredentialsException {
            if (region == null || region.isBlank()) {
                throw new CredentialsException("no AWS region: set AWS_REGION or pass --aws-region (e.g. us-east-1)");
            }
            return Region.of(region);
        }
    }

    private final Settings settings;
    private final Credentials fallback;

    public AwsPasswords(Settings settings, Credentials fallback) {
        this.settings = settings;
        this.fallback = fallback;
    }

    @Override
    public char[] password(Stage stage) throws CredentialsException {
        if (stage.iamAuthentication()) {
            return rdsToken(stage);
        }
        if (stage.secretId() != null) {
            return secret(stage);
        }
        return fallback.password(stage);
    }

    private char[] secret(Stage stage) throws CredentialsException {
        var builder = SecretsManagerClient.builder().region(settings.awsRegion()).credentialsProvider(settings.provider())
                .httpClient(UrlConnectionHttpClient.create());
        if (settings.endpointOverride() != null) {
            builder.endpointOverride(settings.endpointOverride());
        }
        try (SecretsManagerClient client = builder.build()) {
            String value = client.getSecretValue(r -> r.secretId(stage.secretId())).secretString();
            if (value == null) {
                throw new CredentialsException("the AWS secret '" + stage.secretId() + "' has no text value");
            }
            String trimmed = value.strip();
            if (trimmed.startsWith("{")) {
                JsonNode password = JsonNode.parser().parse(trimmed).asObject().get("password");
                if (password == null || password.isNull()) {
                    throw new CredentialsException("the AWS secret '" + stage.secretId() + "' is JSON without a \"password\" field");
                }
                return password.text().toCharArray();
            }
            return value.toCharArray();
        } catch (ResourceNotFoundException e) {
            throw new CredentialsException("there is no AWS secret '" + stage.secretId() + "' in " + settings.region()
                    + "; check the stage's 'secret' and the region", e);
        } catch (SecretsManagerException e) {
            throw new CredentialsException("AWS Secrets Manager refused to give the secret '" + stage.secretId() + "': "
                    + e.awsErrorDetails().errorMessage() + " (" + e.awsErrorDetails().errorCode() + ")", e);
        } catch (SdkClientException e) {
            throw new CredentialsException("cannot reach AWS Secrets Manager or find AWS credentials: " + e.getMessage(), e);
        } catch (SdkException e) {
            throw new CredentialsException("AWS Secrets Manager failed: " + e.getMessage(), e);
        }
    }

    private char[] rdsToken(Stage stage) throws CredentialsException {
        var spec = stage.connection();
        if (spec.host() == null || spec.user() == null) {
            throw new CredentialsException("IAM authentication needs the stage's host and user (not only a url)");
        }
        int port = spec.port() > 0 ? spec.port() : spec.type().defaultPort();
        try {
            String token = RdsUtilities.builder().region(settings.awsRegion()).credentialsProvider(settings.provider()).build()
                    .generateAuthenticationToken(r -> r.hostname(spec.host()).port(port).username(spec.user()));
            return token.toCharArray();
        } catch (SdkClientException e) {
            throw new CredentialsException("cannot make an RDS IAM token: no AWS credentials (" + e.getMessage() + ")", e);
        }
    }

    /** For tests and callers that keep a password only briefly. */
    static void clear(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
