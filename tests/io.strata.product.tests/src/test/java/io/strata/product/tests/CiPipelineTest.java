package io.strata.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline of examples/ci: the build phase of buildspec.yml, command by command in one shell
 * as CodeBuild runs it (stopping at the first failure), with the installed product's CLI on a copy
 * of the sample project (embedded H2). The forecast fails on the blog's four-column index (exit 7,
 * the rule failure in the JUnit report); with the index on three columns everything passes and the
 * deploy applies the change sets. The Jenkinsfile must run the same commands.
 */
class CiPipelineTest {

    static final Path CI = Path.of("../../examples/ci");

    @TempDir
    Path temp;

    record Result(int failedCommand, int exitCode, String output) {
    }

    static List<String> buildspecCommands() throws IOException {
        List<String> commands = new ArrayList<>();
        boolean inBuild = false;
        boolean inCommands = false;
        for (String line : Files.readAllLines(CI.resolve("buildspec.yml"), StandardCharsets.UTF_8)) {
            if (line.matches("  \\w+:\\s*")) {
                inBuild = line.strip().equals("build:");
                inCommands = false;
            } else if (inBuild && line.strip().equals("commands:")) {
                inCommands = true;
            } else if (inCommands && line.startsWith("      - ")) {
                commands.add(line.substring(8).strip());
            } else if (!line.startsWith("      ") && !line.isBlank()) {
                inCommands = inBuild && line.startsWith("    ") && inCommands;
            }
        }
        return commands;
    }

    @Test
    void theJenkinsfileRunsTheBuildspecsCommands() throws IOException {
        List<String> jenkins = new ArrayList<>();
        Matcher sh = Pattern.compile("^\\s*sh '(.*)'\\s*$", Pattern.MULTILINE).matcher(Files.readString(CI.resolve("Jenkinsfile")));
        while (sh.find()) {
            jenkins.add(sh.group(1));
        }
        List<String> buildspec = buildspecCommands();
        assertEquals(5, buildspec.size(), buildspec.toString());
        assertEquals(buildspec, jenkins);
    }

    @Test
    void theBuildFailsOnTheIndexRuleAndPassesAndDeploysOnceItIsFixed() throws Exception {
        Product product = Product.copyInto(temp.resolve("product"));
        Path project = temp.resolve("repo/examples/strata-sample");
        copy(product.home.resolve("samples/strata-sample"), project);

        Result failing = runBuild(product, project.getParent().getParent());
        assertEquals(4, failing.failedCommand(), "the forecast (4th command) fails:\n" + failing.output());
        assertEquals(7, failing.exitCode(), failing.output());
        String junit = read(project, "forecast.junit.xml");
        assertTrue(junit.contains("<failure") && junit.contains("The new index [IDX_ADDRESS_ALL] contains more than 3 columns."), junit);
        assertTrue(find(project, "forecast.html") != null, "the HTML report to publish");

        Path changeLog = project.resolve("Change Log/changelog.xml");
        String fixed = Files.readString(changeLog).replaceFirst("\\s*<column name=\"ZIP\"/>\\s*</createIndex>", "\n        </createIndex>");
        Files.writeString(changeLog, fixed);

        Result passing = runBuild(product, project.getParent().getParent());
        assertEquals(-1, passing.failedCommand(), "every command passes:\n" + passing.output());
        assertTrue(passing.output().contains("Rule Validation returned no errors."), passing.output());
        Product.Run history = product.strata(java.util.Map.of("DISPLAY", ""), "history", "--project", project.toString());
        assertTrue(history.output().contains("sprint2-002-address-index"), "the fixed index change set is applied:\n" + history.output());
        assertTrue(find(project, "deploy.html") != null, "the deploy report");
    }

    /** Runs the buildspec's build commands in one bash, as CodeBuild does, from the repository's root. */
    private Result runBuild(Product product, Path repoRoot) throws IOException, InterruptedException {
        StringBuilder script = new StringBuilder("export PATH=\"" + product.home + ":$PATH\"\nexport STRATA_PROJECT=examples/strata-sample STRATA_STAGE=DEV\n");
        List<String> commands = buildspecCommands();
        for (int i = 0; i < commands.size(); i++) {
            script.append(commands.get(i)).append("\ncode=$?; if [ $code -ne 0 ]; then echo \"COMMAND ").append(i).append(" FAILED $code\"; exit $code; fi\n");
        }
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", script.toString()).directory(repoRoot.toFile()).redirectErrorStream(true);
        builder.environment().put("STRATA_JAVA", Product.java());
        builder.environment().remove("DISPLAY");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES));
        Matcher failed = Pattern.compile("COMMAND (\\d+) FAILED (\\d+)").matcher(output);
        return failed.find() ? new Result(Integer.parseInt(failed.group(1)) + 1, Integer.parseInt(failed.group(2)), output) : new Result(-1, 0, output);
    }

    private static Path find(Path project, String name) throws IOException {
        try (Stream<Path> files = Files.walk(project.resolve("Reports"))) {
            return files.filter(f -> f.getFileName().toString().equals(name)).findFirst().orElse(null);
        }
    }

    private static String read(Path project, String name) throws IOException {
        Path file = find(project, name);
        assertTrue(file != null, name + " under " + project.resolve("Reports"));
        return Files.readString(file);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
