package io.strata.aws.codecommit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.strata.aws.codecommit.CodeCommitAccess.CodeCommitProblem;
import io.strata.aws.codecommit.CodeCommitAccess.Repository;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The CodeCommit API through the SDK against a local endpoint that speaks its JSON protocol. */
class CodeCommitAccessTest {

    HttpServer server;
    /** Target (e.g. ListRepositories) to status and body. */
    Map<String, Object[]> answers;
    final List<String> requests = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(target + " " + (auth != null && auth.contains("/codecommit/aws4_request") ? "signed" : "unsigned") + " " + body);
            Object[] answer = answers.get(target.substring(target.indexOf('.') + 1));
            int status = (Integer) answer[0];
            byte[] bytes = ((String) answer[1]).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            if (status != 200) {
                exchange.getResponseHeaders().add("x-amzn-ErrorType", (String) answer[2]);
            }
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private CodeCommitAccess access() {
        return new CodeCommitAccess(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")),
                URI.create("http://127.0.0.1:" + server.getAddress().getPort()), Clock.systemUTC());
    }

    @Test
    void listsRepositoriesWithTheirCloneUrls() throws Exception {
        answers = Map.of(
                "ListRepositories", new Object[] {200, "{\"repositories\":[{\"repositoryName\":\"strata-sample\",\"repositoryId\":\"id-1\"},{\"repositoryName\":\"billing\",\"repositoryId\":\"id-2\"}]}"},
                "BatchGetRepositories", new Object[] {200, "{\"repositories\":[" + metadata("billing", "id-2") + "," + metadata("strata-sample", "id-1") + "],\"repositoriesNotFound\":[]}"});
        List<Repository> repositories = access().list("eu-west-1", null);
        assertEquals(List.of("billing", "strata-sample"), repositories.stream().map(Repository::name).toList());
        assertEquals("https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/billing", repositories.get(0).cloneUrlHttp());
        assertTrue(requests.get(0).startsWith("CodeCommit_20150413.ListRepositories signed"), requests.toString());
        assertTrue(requests.get(1).contains("\"billing\"") && requests.get(1).contains("\"strata-sample\""), requests.toString());
    }

    @Test
    void createsARepositoryAndExplainsANameThatIsTaken() throws Exception {
        answers = Map.of("CreateRepository", new Object[] {200, "{\"repositoryMetadata\":" + metadata("new-repo", "id-3") + "}"});
        assertEquals("id-3", access().create("eu-west-1", null, "new-repo", "Strata project").id());
        assertTrue(requests.get(0).contains("\"repositoryName\":\"new-repo\""), requests.toString());

        answers = Map.of("CreateRepository", new Object[] {400, "{\"__type\":\"RepositoryNameExistsException\",\"message\":\"Repository named new-repo already exists\"}",
                "RepositoryNameExistsException"});
        CodeCommitProblem taken = assertThrows(CodeCommitProblem.class, () -> access().create("eu-west-1", null, "new-repo", null));
        assertTrue(taken.getMessage().contains("already exists in eu-west-1"), taken.getMessage());
    }

    @Test
    void namesTheMissingPermission() {
        answers = Map.of("ListRepositories", new Object[] {400,
                "{\"__type\":\"AccessDeniedException\",\"message\":\"User: arn:aws:iam::1:user/dev is not authorized to perform: codecommit:ListRepositories\"}",
                "AccessDeniedException"});
        CodeCommitProblem denied = assertThrows(CodeCommitProblem.class, () -> access().list("eu-west-1", null));
        assertTrue(denied.getMessage().contains("lacks the permission codecommit:ListRepositories"), denied.getMessage());
    }

    @Test
    void missingCredentialsAndAWrongRegionAreExplained() {
        CodeCommitAccess none = new CodeCommitAccess(() -> {
            throw new IllegalStateException("Unable to load credentials from any of the providers in the chain");
        }, null, Clock.systemUTC());
        CodeCommitProblem missing = assertThrows(CodeCommitProblem.class, () -> none.gitCredentials(CodeCommitRemote.of("eu-west-1", "demo", null)));
        assertTrue(missing.getMessage().contains("no AWS credentials from the default AWS credential chain: run 'aws configure'"), missing.getMessage());
        var region = assertThrows(IllegalArgumentException.class, () -> access().list("westeurope", null));
        assertTrue(region.getMessage().contains("not an AWS region"), region.getMessage());
    }

    @Test
    void signsGitCredentialsWithTemporaryCredentialsToo() throws Exception {
        Instant now = Instant.parse("2026-01-02T03:04:05Z");
        CodeCommitAccess session = new CodeCommitAccess(StaticCredentialsProvider.create(AwsSessionCredentials.create("AKIDEXAMPLE", "x", "tok/en+=")), null,
                Clock.fixed(now, ZoneOffset.UTC));
        var credentials = session.gitCredentials(CodeCommitRemote.parse("https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/demo", null));
        assertEquals("AKIDEXAMPLE%tok/en+=", credentials.userName());
        // the value of CodeCommitSignerTest, produced by AWS's credential helper
        assertEquals("20260102T030405Z9d92634f2c4199f0e0b477ab1bf75d16aa505ee0943dbdbc7fa92194e4685c86", new String(credentials.password()));
    }

    private static String metadata(String name, String id) {
        return "{\"repositoryName\":\"" + name + "\",\"repositoryId\":\"" + id + "\",\"cloneUrlHttp\":\"https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/" + name
                + "\",\"repositoryDescription\":\"d\"}";
    }
}
