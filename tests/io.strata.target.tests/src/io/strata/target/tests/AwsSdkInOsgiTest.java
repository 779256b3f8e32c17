package io.strata.target.tests;

import io.strata.test.support.ProductThreads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.codecommit.CodeCommitClient;
import software.amazon.awssdk.services.codecommit.model.ListRepositoriesResponse;
import software.amazon.awssdk.services.codecommit.model.RepositoryNameIdPair;
import software.amazon.awssdk.services.rds.RdsUtilities;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * The AWS SDK v2 (wrapped in io.strata.lib.aws) inside OSGi, against a local HTTP server: CodeCommit
 * (JSON protocol), STS (query protocol) and RDS IAM auth tokens (local signing).
 */
class AwsSdkInOsgiTest {

    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDSTRATATEST", "strata-secret-key"));

    private record Call(String method, String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> String.join(",", e.getValue())).findFirst().orElse(null);
        }
    }

    private HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, String[]> answers = new ConcurrentHashMap<>();
    private SdkHttpClient http;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
        http = UrlConnectionHttpClient.builder().build();
    }

    @AfterEach
    void stopServer() {
        http.close();
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Call call = new Call(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                Map.copyOf(exchange.getRequestHeaders()), body);
        calls.add(call);
        String target = call.header("X-Amz-Target");
        String key = target != null ? target : body.contains("Action=GetCallerIdentity") ? "GetCallerIdentity" : "?";
        String[] answer = answers.get(key);
        byte[] bytes = (answer == null ? "{}" : answer[1]).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", answer == null ? "application/json" : answer[0]);
        exchange.getResponseHeaders().set("x-amzn-RequestId", "strata-test-request");
        exchange.sendResponseHeaders(answer == null ? 400 : 200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Test
    void codeCommitListRepositoriesAgainstALocalServer() {
        listRepositoriesAndCheckTheRequest();
    }

    @Test
    void codeCommitWorksOnAThreadWhoseContextClassLoaderIsThePlatformLoader() throws Exception {
        ProductThreads.call("aws-on-job-thread", () -> {
            listRepositoriesAndCheckTheRequest();
            return null;
        });
    }

    private void listRepositoriesAndCheckTheRequest() {
        answers.put("CodeCommit_20150413.ListRepositories", new String[] { "application/x-amz-json-1.1",
                "{\"repositories\":[{\"repositoryName\":\"strata-demo\",\"repositoryId\":\"1\"}]}" });
        assertEquals("io.strata.lib.aws", FrameworkUtil.getBundle(CodeCommitClient.class).getSymbolicName());

        try (CodeCommitClient client = CodeCommitClient.builder()
                .httpClient(http)
                .region(Region.US_EAST_1)
                .credentialsProvider(CREDENTIALS)
                .endpointOverride(endpoint())
                .build()) {
            ListRepositoriesResponse response = client.listRepositories(b -> { });
            assertEquals(1, response.repositories().size(), "repositories: " + response.repositories());
            RepositoryNameIdPair repository = response.repositories().get(0);
            assertEquals("strata-demo", repository.repositoryName());
            assertEquals("1", repository.repositoryId());
        }

        assertEquals(1, calls.size(), "requests: " + calls);
        Call call = calls.get(0);
        assertEquals("POST", call.method());
        assertEquals("CodeCommit_20150413.ListRepositories", call.header("X-Amz-Target"));
        String authorization = call.header("Authorization");
        assertNotNull(authorization, "no Authorization header");
        assertTrue(authorization.startsWith("AWS4-HMAC-SHA256 "), authorization);
        assertTrue(authorization.contains("Credential=AKIDSTRATATEST/"), authorization);
        assertTrue(authorization.contains("/us-east-1/codecommit/aws4_request"), authorization);
    }

    @Test
    void stsGetCallerIdentityAgainstALocalServer() {
        answers.put("GetCallerIdentity", new String[] { "text/xml", """
                <GetCallerIdentityResponse>
                  <GetCallerIdentityResult>
                    <Arn>arn:aws:iam::123456789012:user/strata</Arn>
                    <UserId>AIDASTRATATEST</UserId>
                    <Account>123456789012</Account>
                  </GetCallerIdentityResult>
                  <ResponseMetadata><RequestId>strata-test-request</RequestId></ResponseMetadata>
                </GetCallerIdentityResponse>
                """ });
        try (StsClient sts = StsClient.builder()
                .httpClient(http)
                .region(Region.US_EAST_1)
                .credentialsProvider(CREDENTIALS)
                .endpointOverride(endpoint())
                .build()) {
            GetCallerIdentityResponse identity = sts.getCallerIdentity();
            assertEquals("123456789012", identity.account());
            assertEquals("arn:aws:iam::123456789012:user/strata", identity.arn());
        }
        assertEquals(1, calls.size(), "requests: " + calls);
        assertTrue(calls.get(0).header("Authorization").contains("/us-east-1/sts/aws4_request"), calls.get(0).header("Authorization"));
    }

    @Test
    void rdsUtilitiesSignsAnIamAuthenticationToken() {
        RdsUtilities utilities = RdsUtilities.builder().region(Region.US_EAST_1).credentialsProvider(CREDENTIALS).build();
        String token = utilities.generateAuthenticationToken(b -> b.hostname("db.strata.invalid").port(5432).username("strata"));
        assertTrue(token.startsWith("db.strata.invalid:5432/?"), token);
        assertTrue(token.contains("Action=connect"), token);
        assertTrue(token.contains("DBUser=strata"), token);
        assertTrue(token.contains("X-Amz-Credential=AKIDSTRATATEST%2F"), token);
        assertTrue(token.contains("X-Amz-Signature="), token);
    }
}
