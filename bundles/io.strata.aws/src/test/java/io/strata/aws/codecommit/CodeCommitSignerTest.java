package io.strata.aws.codecommit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.strata.aws.codecommit.CodeCommitSigner.GitCredentials;

/**
 * The Git password is the one AWS's own credential helper computes: compared with Debian's
 * {@code awscli} ({@code aws codecommit credential-helper get}) run under Debian's
 * {@code faketime} with a pinned clock, and with values it produced earlier (which also run
 * where awscli is missing).
 */
class CodeCommitSignerTest {

    private static final String KEY = "AKIDEXAMPLE";
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");
    private static final Path AWS = Path.of("/usr/bin/aws");
    private static final Path FAKETIME = Path.of("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1");

    @Test
    void matchesValuesTheAwsCliCredentialHelperProduced() {
        GitCredentials plain = CodeCommitSigner.sign(KEY, SECRET, null, URI.create("https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/demo"),
                "eu-west-1", AT);
        assertEquals(KEY, plain.userName());
        assertEquals("20260102T030405Z5cf654f78381e16bb2bc8fb9271e466f6458442f053345108e9fdbdf0723aa2d", new String(plain.password()));

        GitCredentials session = CodeCommitSigner.sign(KEY, "x", "tok/en+=", URI.create("https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/demo"),
                "eu-west-1", AT);
        assertEquals("AKIDEXAMPLE%tok/en+=", session.userName());
        assertEquals("20260102T030405Z9d92634f2c4199f0e0b477ab1bf75d16aa505ee0943dbdbc7fa92194e4685c86", new String(session.password()));
    }

    record Case(String url, String region, String sessionToken, String secret, String instant) {
    }

    @Test
    void matchesTheAwsCliCredentialHelperRunWithAPinnedClock() throws Exception {
        if (!Files.isExecutable(AWS) || !Files.exists(FAKETIME)) {
            fail("this test compares with Debian's awscli and faketime: run releng/scripts/install-test-deps as root (apt-get install awscli faketime)");
        }
        List<Case> cases = List.of(
                new Case("https://git-codecommit.us-east-1.amazonaws.com/v1/repos/strata-sample", "us-east-1", null, SECRET, "2026-11-30T17:59:58Z"),
                new Case("https://git-codecommit.ap-southeast-2.amazonaws.com/v1/repos/a.b_c-d", "ap-southeast-2", "FwoGZXIvYXdzEJr//////////wEaDN+token=", "s3cr3t/with+chars", "2027-02-28T23:59:59Z"),
                new Case("https://git-codecommit-fips.us-gov-west-1.amazonaws.com/v1/repos/gov", "us-gov-west-1", null, SECRET, "2026-06-15T12:00:00Z"),
                new Case("http://127.0.0.1:18443/v1/repos/loopback", "eu-central-1", null, SECRET, "2026-01-01T00:00:00Z"));
        for (Case c : cases) {
            URI url = URI.create(c.url());
            Map<String, String> expected = awsCliCredentials(url, c);
            GitCredentials ours = CodeCommitSigner.sign(KEY, c.secret(), c.sessionToken(), url, c.region(), Instant.parse(c.instant()));
            assertEquals(expected.get("username"), ours.userName(), "user name for " + c);
            assertEquals(expected.get("password"), new String(ours.password()), "password for " + c);
        }
    }

    @Test
    void verifyAcceptsFreshSignaturesOnlyAndOnlyForTheirPathAndSecret() {
        URI url = URI.create("https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/demo");
        char[] password = CodeCommitSigner.sign(KEY, SECRET, null, url, "eu-west-1", AT).password();
        String host = url.getHost();
        assertTrue(CodeCommitSigner.verify(SECRET, host, "/v1/repos/demo", "eu-west-1", password, AT.plusSeconds(60), 900));
        assertFalse(CodeCommitSigner.verify(SECRET, host, "/v1/repos/other", "eu-west-1", password, AT, 900), "another repository");
        assertFalse(CodeCommitSigner.verify("wrong", host, "/v1/repos/demo", "eu-west-1", password, AT, 900), "another secret");
        assertFalse(CodeCommitSigner.verify(SECRET, host, "/v1/repos/demo", "us-east-1", password, AT, 900), "another region");
        assertFalse(CodeCommitSigner.verify(SECRET, host, "/v1/repos/demo", "eu-west-1", password, AT.plusSeconds(901), 900), "too old");
        assertFalse(CodeCommitSigner.verify(SECRET, host, "/v1/repos/demo", "eu-west-1", "garbage".toCharArray(), AT, 900));
    }

    /** Runs {@code aws codecommit credential-helper get} with the clock pinned by libfaketime; Git sends the path without its leading slash. */
    private static Map<String, String> awsCliCredentials(URI url, Case c) throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("aws-home");
        List<String> command = new ArrayList<>(List.of(AWS.toString(), "codecommit", "credential-helper", "get"));
        if (!url.getHost().startsWith("git-codecommit")) {
            command.add("--ignore-host-check");
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("PATH", "/usr/bin:/bin");
        env.put("HOME", home.toString());
        env.put("TZ", "UTC");
        env.put("AWS_ACCESS_KEY_ID", KEY);
        env.put("AWS_SECRET_ACCESS_KEY", c.secret());
        env.put("AWS_REGION", c.region());
        if (c.sessionToken() != null) {
            env.put("AWS_SESSION_TOKEN", c.sessionToken());
        }
        env.put("LD_PRELOAD", FAKETIME.toString());
        env.put("FAKETIME", c.instant().replace('T', ' ').replace("Z", ""));
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String hostPort = url.getPort() > 0 ? url.getHost() + ":" + url.getPort() : url.getHost();
        process.getOutputStream().write(("protocol=" + url.getScheme() + "\nhost=" + hostPort + "\npath=" + url.getPath().substring(1) + "\n\n").getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "aws finished");
        assertEquals(0, process.exitValue(), "aws codecommit credential-helper get: " + output);
        Map<String, String> values = new HashMap<>();
        for (String line : output.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq), line.substring(eq + 1).strip());
            }
        }
        assertTrue(values.containsKey("password"), "aws printed a password: " + output);
        return values;
    }
}
