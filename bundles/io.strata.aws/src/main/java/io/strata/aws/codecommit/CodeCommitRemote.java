package io.strata.aws.codecommit;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An AWS CodeCommit repository as a Git remote. Accepts the forms users paste: the HTTPS clone
 * URL ({@code https://git-codecommit.<region>.amazonaws.com/v1/repos/<name>}), the
 * git-remote-codecommit forms {@code codecommit://[profile@]<name>} and
 * {@code codecommit::<region>://[profile@]<name>}, or a region and a name.
 *
 * @param region    the AWS region of the repository, e.g. {@code eu-west-1}
 * @param name      the repository name
 * @param profile   the AWS profile to sign with, or {@code null} for the default credential chain
 * @param gitUrl    the HTTPS URL Git talks to
 */
public record CodeCommitRemote(String region, String name, String profile, URI gitUrl) {

    private static final Pattern HTTPS = Pattern.compile(
            "https://git-codecommit(?:-fips)?\\.([a-z0-9-]+)\\.amazonaws\\.com(?:\\.cn)?(?::\\d+)?/v1/repos/([^/?#]+)/?");
    private static final Pattern GRC = Pattern.compile("codecommit:(?::([a-z0-9-]+):)?//(?:([^@/]+)@)?([^/@]+)/?");
    /** CodeCommit's rule for repository names: letters, digits, '.', '_', '-', at most 100. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\\d");

    /** A repository in a region (signed with {@code profile}, or the default chain when it is null). */
    public static CodeCommitRemote of(String region, String name, String profile) {
        checkRegion(region);
        checkName(name);
        String host = "git-codecommit." + region + ".amazonaws.com" + (region.startsWith("cn-") ? ".cn" : "");
        return new CodeCommitRemote(region, name, profile, URI.create("https://" + host + "/v1/repos/" + name));
    }

    /**
     * Reads a remote URL. {@code defaultRegion} is used by {@code codecommit://} URLs without a
     * region (the region of the profile or of the environment).
     *
     * @throws IllegalArgumentException with a message saying which form was expected
     */
    public static CodeCommitRemote parse(String url, String defaultRegion) {
        String text = url == null ? "" : url.strip();
        Matcher https = HTTPS.matcher(text);
        if (https.matches()) {
            return new CodeCommitRemote(https.group(1), https.group(2), null, URI.create(text.replaceAll("/$", "")));
        }
        Matcher grc = GRC.matcher(text);
        if (grc.matches()) {
            String region = grc.group(1) != null ? grc.group(1) : defaultRegion;
            if (region == null || region.isBlank()) {
                throw new IllegalArgumentException("'" + text + "' names no region and no default region is set: use codecommit::<region>://"
                        + (grc.group(2) != null ? grc.group(2) + "@" : "") + grc.group(3) + " or set the AWS region (AWS_REGION or the profile's region)");
            }
            return of(region, grc.group(3), grc.group(2));
        }
        throw new IllegalArgumentException("'" + text + "' is not a CodeCommit repository URL; expected https://git-codecommit.<region>.amazonaws.com/v1/repos/<name>,"
                + " codecommit://[profile@]<name> or codecommit::<region>://[profile@]<name>");
    }

    /** Whether {@code url} looks like a CodeCommit remote (any accepted form). */
    public static boolean isCodeCommit(String url) {
        if (url == null) {
            return false;
        }
        String text = url.strip();
        return HTTPS.matcher(text).matches() || GRC.matcher(text).matches();
    }

    /** The same repository reached at another base URL (a VPC endpoint, or a local server in tests). */
    public CodeCommitRemote at(URI endpoint) {
        String base = endpoint.toString().replaceAll("/+$", "");
        return new CodeCommitRemote(region, name, profile, URI.create(base + "/v1/repos/" + name));
    }

    static void checkRegion(String region) {
        if (region == null || !REGION.matcher(region.toLowerCase(Locale.ROOT)).matches()) {
            throw new IllegalArgumentException("'" + region + "' is not an AWS region; regions look like us-east-1 or eu-west-1");
        }
    }

    static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches() || name.endsWith(".git")) {
            throw new IllegalArgumentException("'" + name + "' is not a valid CodeCommit repository name: use up to 100 letters, digits, '.', '_' or '-'"
                    + (name != null && name.endsWith(".git") ? " (without the .git suffix)" : ""));
        }
    }
}
