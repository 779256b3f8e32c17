package io.strata.aws.codecommit;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Git user name and password for AWS CodeCommit's smart HTTP, signed with AWS Signature
 * Version 4 from AWS credentials, as AWS's own credential helper computes them: the request
 * {@code GIT <path>} with only the host signed, service {@code codecommit}. The password is
 * {@code <yyyyMMdd'T'HHmmss>Z<signature>}; the user name is the access key id, followed by
 * {@code %<session token>} for temporary credentials. Nothing is stored: each connection signs anew.
 */
public final class CodeCommitSigner {

    /** What Git sends as HTTP basic authentication. */
    public record GitCredentials(String userName, char[] password) {
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);

    private CodeCommitSigner() {
    }

    /**
     * Signs the repository URL {@code url} for {@code region} at {@code now}.
     *
     * @param sessionToken the session token of temporary credentials, or {@code null}
     */
    public static GitCredentials sign(String accessKeyId, String secretAccessKey, String sessionToken, URI url, String region, Instant now) {
        String stamp = STAMP.format(now);
        String signature = signature(secretAccessKey, url.getHost(), url.getRawPath(), region, stamp);
        String user = sessionToken == null || sessionToken.isEmpty() ? accessKeyId : accessKeyId + "%" + sessionToken;
        return new GitCredentials(user, (stamp + "Z" + signature).toCharArray());
    }

    /**
     * Whether {@code password} is a valid signature of {@code host}/{@code path} by the holder of
     * {@code secretAccessKey}, made within {@code maxAgeSeconds} of {@code now} (servers check this).
     */
    public static boolean verify(String secretAccessKey, String host, String path, String region, char[] password, Instant now, long maxAgeSeconds) {
        String text = new String(password);
        int z = text.indexOf('Z');
        if (z != 15) {
            return false;
        }
        String stamp = text.substring(0, z);
        Instant signedAt;
        try {
            signedAt = Instant.from(STAMP.parse(stamp));
        } catch (RuntimeException e) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - signedAt.getEpochSecond()) > maxAgeSeconds) {
            return false;
        }
        byte[] expected = signature(secretAccessKey, host, path, region, stamp).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, text.substring(z + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private static String signature(String secretAccessKey, String host, String path, String region, String stamp) {
        String canonicalRequest = "GIT\n" + path + "\n\nhost:" + host + "\n\nhost\n";
        String scope = stamp.substring(0, 8) + "/" + region + "/codecommit/aws4_request";
        String stringToSign = "AWS4-HMAC-SHA256\n" + stamp + "\n" + scope + "\n" + HexFormat.of().formatHex(sha256(canonicalRequest));
        byte[] key = hmac(("AWS4" + secretAccessKey).getBytes(StandardCharsets.UTF_8), stamp.substring(0, 8));
        key = hmac(key, region);
        key = hmac(key, "codecommit");
        key = hmac(key, "aws4_request");
        return HexFormat.of().formatHex(hmac(key, stringToSign));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no HmacSHA256", e);
        }
    }
}
