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
        return buildspecCommands("build");
    }

    /** The commands of one phase of buildspec.yml ({@code install}, {@code build}). */
    static List<String> buildspecCommands(String phase) throws IOException {
        List<String> commands = new ArrayList<>();
        boolean inPhase = false;
        boolean inCommands = false;
        for (String line : Files.readAllLines(CI.resolve("buildspec.yml"), StandardCharsets.UTF_8)) {
            if (line.matches("  \\w+:\\s*")) {
                inPhase = line.strip().equals(phase + ":");
                inCommands = false;
            } else if (inPhase && line.strip().equals("commands:")) {
                inCommands = true;
            } else if (inCommands && line.startsWith("      - ")) {
                commands.add(line.substring(8).strip());
            } else if (!line.startsWith("      ") && !line.isBlank() && !line.strip().startsWith("#")) {
                inCommands = inPhase && line.startsWith("    ") && inCommands;
            }
        }
        return commands;
    }

    /**
     * The install phase as CodeBuild runs it, on the Linux archive this build made: {@code aws s3 cp}
     * is a stand-in that copies the local archive, and /opt/strata a folder of the test's.
     */
    @Test
    void theInstallPhaseUnpacksTheLinuxArchiveIntoAWorkingStrata() throws Exception {
        Path products = Path.of(System.getProperty("strata.product.dir")).getParent().getParent().getParent().getParent();
        Path archive;
        try (Stream<Path> files = Files.list(products)) {
            archive = files.filter(f -> f.getFileName().toString().matches("strata-.*-linux\\.gtk\\.x86_64\\.tar\\.gz")).findFirst()
                    .orElseThrow(() -> new AssertionError("no Linux archive in " + products));
        }
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path aws = bin.resolve("aws");
        Files.writeString(aws, "#!/bin/sh\n[ \"$1 $2\" = \"s3 cp\" ] || { echo \"stand-in aws: only s3 cp\" >&2; exit 2; }\ncp \"$STRATA_ARCHIVE_FILE\" \"$4\"\n");
        aws.toFile().setExecutable(true);
        Path opt = temp.resolve("opt");
        StringBuilder script = new StringBuilder("set -e\nexport PATH=\"" + bin + ":$PATH\" STRATA_ARCHIVE=s3://strata-builds/strata.tar.gz STRATA_ARCHIVE_FILE=\""
                + archive + "\"\n");
        List<String> install = buildspecCommands("install");
        assertEquals(2, install.size(), install.toString());
        for (String command : install) {
            script.append(command.replace("/opt/strata", opt + "/strata").replace("/tmp/strata.tar.gz", temp + "/strata.tar.gz")).append('\n');
        }
        script.append("strata --version\n");
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", script.toString()).redirectErrorStream(true);
        builder.environment().put("STRATA_JAVA", Product.java());
        builder.environment().put("STRATA_AOT", "off"); // no background training left running in a temporary folder
        builder.environment().remove("DISPLAY");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, process.exitValue(), output);
        assertTrue(Files.isExecutable(opt.resolve("strata/strata")), "the launcher script at the top of the archive");
        assertTrue(output.matches("(?s).*Strata \\d+\\.\\d+\\.\\d+.*"), output);
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
        builder.environment().put("STRATA_AOT", "off"); // no background training left running in a temporary folder
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
