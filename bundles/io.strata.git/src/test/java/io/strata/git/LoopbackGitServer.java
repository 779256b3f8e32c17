package io.strata.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.strata.aws.codecommit.CodeCommitSigner;

/**
 * A real Git smart-HTTP server on loopback for the tests: Git's own {@code git http-backend}
 * (CGI) behind the JDK's HTTP server, standing in for AWS CodeCommit. Like CodeCommit it only
 * serves requests whose basic authentication is a SigV4 CodeCommit signature of the repository's
 * path by the access key it knows, made within 15 minutes; others get 401 (no credentials) or 403.
 */
final class LoopbackGitServer implements AutoCloseable {

    static final String ACCESS_KEY = "AKIDLOOPBACK";
    static final String SECRET = "loopback/secret+key";
    static final String REGION = "eu-west-1";

    private final HttpServer server;
    private final Path root;
    final List<String> log = new CopyOnWriteArrayList<>();

    LoopbackGitServer(Path root) throws IOException {
        this.root = root;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    /** A new bare repository served at {@code /v1/repos/<name>}. */
    URI createRepository(String name) throws IOException, InterruptedException {
        Path dir = root.resolve("v1/repos/" + name);
        Files.createDirectories(dir);
        run(List.of("git", "init", "--bare", "--initial-branch=main", dir.toString()), null);
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/repos/" + name);
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** What the bare repository holds at {@code ref}, read by command-line git (not JGit). */
    String show(String name, String revisionAndPath) throws IOException, InterruptedException {
        return run(List.of("git", "--git-dir", root.resolve("v1/repos/" + name).toString(), "show", revisionAndPath), null);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String repoPath = path.replaceFirst("/(info/refs|git-upload-pack|git-receive-pack|HEAD|objects/.*)$", "");
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if (auth == null || !auth.startsWith("Basic ")) {
                log.add("401 " + exchange.getRequestMethod() + " " + path);
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"loopback CodeCommit\"");
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            String decoded = new String(Base64.getDecoder().decode(auth.substring(6)), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            String user = decoded.substring(0, colon);
            char[] password = decoded.substring(colon + 1).toCharArray();
            String accessKey = user.contains("%") ? user.substring(0, user.indexOf('%')) : user;
            boolean valid = ACCESS_KEY.equals(accessKey)
                    && CodeCommitSigner.verify(SECRET, "127.0.0.1", repoPath, REGION, password, Instant.now(), 900);
            if (!valid) {
                log.add("403 " + exchange.getRequestMethod() + " " + path);
                exchange.sendResponseHeaders(403, -1);
                return;
            }
            log.add("200 " + exchange.getRequestMethod() + " " + path);
            cgi(exchange, path, accessKey);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void cgi(HttpExchange exchange, String path, String user) throws IOException, InterruptedException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        ProcessBuilder builder = new ProcessBuilder("git", "http-backend");
        Map<String, String> env = builder.environment();
        env.put("GIT_PROJECT_ROOT", root.toString());
        env.put("GIT_HTTP_EXPORT_ALL", "1");
        env.put("PATH_INFO", path);
        env.put("REQUEST_METHOD", exchange.getRequestMethod());
        env.put("QUERY_STRING", exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery());
        env.put("REMOTE_USER", user);
        env.put("REMOTE_ADDR", "127.0.0.1");
        env.put("CONTENT_LENGTH", Integer.toString(body.length));
        putHeader(exchange, env, "Content-Type", "CONTENT_TYPE");
        putHeader(exchange, env, "Content-Encoding", "HTTP_CONTENT_ENCODING");
        putHeader(exchange, env, "Git-Protocol", "HTTP_GIT_PROTOCOL");
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(body);
        }
        byte[] output = process.getInputStream().readAllBytes();
        process.waitFor(60, TimeUnit.SECONDS);
        int headerEnd = indexOf(output, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        int skip = 4;
        if (headerEnd < 0) {
            headerEnd = indexOf(output, "\n\n".getBytes(StandardCharsets.US_ASCII));
            skip = 2;
        }
        int status = 200;
        for (String line : new String(output, 0, headerEnd, StandardCharsets.ISO_8859_1).split("\r?\n")) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Status")) {
                status = Integer.parseInt(value.substring(0, 3));
            } else {
                exchange.getResponseHeaders().add(name, value);
            }
        }
        int start = headerEnd + skip;
        exchange.sendResponseHeaders(status, output.length - start == 0 ? -1 : output.length - start);
        if (output.length > start) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(output, start, output.length - start);
            }
        }
    }

    private static void putHeader(HttpExchange exchange, Map<String, String> env, String header, String variable) {
        String value = exchange.getRequestHeaders().getFirst(header);
        if (value != null) {
            env.put(variable, value);
        }
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static String run(List<String> command, Path dir) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (dir != null) {
            builder.directory(dir.toFile());
        }
        Process process = builder.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = process.getInputStream()) {
            in.transferTo(out);
        }
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
