package io.strata.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.strata.core.project.ConnectionSpec;
import io.strata.core.project.CredentialsException;
import io.strata.core.project.DatabaseType;
import io.strata.core.project.Stage;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** Secrets Manager through a local endpoint that speaks its JSON protocol; RDS tokens are signed locally. */
class AwsPasswordsTest {

    HttpServer server;
    String secretResponse;
    int status = 200;
    final StringBuilder targets = new StringBuilder();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            targets.append(exchange.getRequestHeaders().getFirst("X-Amz-Target")).append(' ')
                    .append(exchange.getRequestHeaders().getFirst("Authorization") != null ? "signed" : "unsigned").append('\n');
            exchange.getRequestBody().readAllBytes();
            byte[] body = secretResponse.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            if (status != 200) {
                exchange.getResponseHeaders().add("x-amzn-ErrorType", "ResourceNotFoundException");
            }
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private AwsPasswords passwords() {
        return new AwsPasswords(new AwsPasswords.Settings("us-east-1", null,
                URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret"))),
                stage -> "fallback".toCharArray());
    }

    private static Stage stage(String secret, boolean iam) {
        return new Stage("PROD", false, new ConnectionSpec(DatabaseType.POSTGRESQL, "prod.abc.us-east-1.rds.amazonaws.com", 0,
                "shop", null, null, "strata", null, null, null), List.of(), null, secret, iam, 1);
    }

    @Test
    void aJsonSecretGivesItsPasswordField() throws Exception {
        secretResponse = "{\"ARN\":\"arn:aws:secretsmanager:us-east-1:1:secret:prod\",\"Name\":\"prod/strata\","
                + "\"SecretString\":\"{\\\"username\\\":\\\"strata\\\",\\\"password\\\":\\\"p4ss-w0rd\\\"}\"}";
        assertEquals("p4ss-w0rd", new String(passwords().password(stage("prod/strata", false))));
        assertTrue(targets.toString().contains("secretsmanager.GetSecretValue signed"), targets.toString());
    }

    @Test
    void aPlainSecretIsThePassword() throws Exception {
        secretResponse = "{\"Name\":\"prod/strata\",\"SecretString\":\"plain-secret\"}";
        assertEquals("plain-secret", new String(passwords().password(stage("prod/strata", false))));
    }

    @Test
    void anUnknownSecretSaysWhatToCheck() {
        status = 400;
        secretResponse = "{\"__type\":\"ResourceNotFoundException\",\"message\":\"Secrets Manager can't find the specified secret.\"}";
        CredentialsException e = assertThrows(CredentialsException.class, () -> passwords().password(stage("nope", false)));
        assertTrue(e.getMessage().contains("there is no AWS secret 'nope' in us-east-1"), e.getMessage());
    }

    @Test
    void rdsIamTokensAreSignedForHostPortAndUser() throws Exception {
        String token = new String(passwords().password(stage(null, true)));
        assertTrue(token.startsWith("prod.abc.us-east-1.rds.amazonaws.com:5432/?"), token);
        assertTrue(token.contains("Action=connect") && token.contains("DBUser=strata") && token.contains("X-Amz-Signature="), token);
        assertTrue(targets.isEmpty(), "an RDS token needs no call to AWS");
    }

    @Test
    void otherStagesUseTheFallback() throws Exception {
        assertEquals("fallback", new String(passwords().password(stage(null, false))));
    }
}
