package io.strata.forecast;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.strata.core.ProgressMonitor;
import io.strata.core.RulesPhase;
import io.strata.core.project.ProjectException;
import io.strata.core.project.StrataProject;
import io.strata.liquibase.OperationException;
import io.strata.rules.RuleCompilation;
import io.strata.rules.RuleCompiler;
import io.strata.rules.RuleProblem;
import io.strata.rules.RuleSource;
import io.strata.rules.ResponseType;

/**
 * Runs the tests of rule files, like unit tests. Next to a rule file {@code Rules/<Phase>/X.drl},
 * a folder {@code X.tests/} holds its cases: each a change log ({@code <case>.xml}, {@code .yaml},
 * {@code .yml}, {@code .json} or {@code .sql}) and the responses the rule must give on it,
 * {@code <case>.expected}, one per line: {@code FAIL Rule Name: message} ({@code PASS}, {@code INFO},
 * {@code WARN} or {@code FAIL}, the rule's name, a colon and a space, the exact message). Blank lines
 * and lines starting with {@code #} are ignored; a file without response lines expects none.
 * <p>
 * Each case is a forecast of an empty H2 database ({@link Forecaster.ModelSource#EMPTY}) on a
 * temporary project that holds only the rule file (in its phase folder) and the case's change log;
 * the rule's responses (findings with a rule) are compared with the expected ones, in any order.
 * The forecast's own findings (a missing table...) do not count.
 */
public final class RuleTests {

    /** The suffix of a rule file's test folder. */
    public static final String TESTS_SUFFIX = ".tests";
    /** The suffix of a case's expected responses. */
    public static final String EXPECTED_SUFFIX = ".expected";
    /** The change log formats a case may be written in. */
    public static final Set<String> CASE_EXTENSIONS = Set.of("xml", "yaml", "yml", "json", "sql");

    private static final Pattern RESPONSE = Pattern.compile("(PASS|INFO|WARN|FAIL) (\\S.*?): (\\S.*)");
    private static final Pattern LIQUIBASE_LINE = Pattern.compile("(?:lineNumber: |line )(\\d+)");

    /** Whether a case passed. */
    public enum Status {
        PASS, FAIL
    }

    /**
     * The outcome of one case.
     *
     * @param rule the rule file ({@code Rules/Forecast/X.drl})
     * @param file the case's change log ({@code Rules/Forecast/X.tests/too-many.xml})
     * @param name the case's name ({@code too-many.xml})
     * @param expected the expected responses, as written
     * @param actual the rule's responses, as {@code SEVERITY Rule: message}
     * @param missing expected but not given
     * @param unexpected given but not expected
     * @param millis how long the case took
     */
    public record Case(String rule, String file, String name, Status status, List<String> expected, List<String> actual,
            List<String> missing, List<String> unexpected, long millis) {

        public boolean passed() {
            return status == Status.PASS;
        }
    }

    /** A malformed fixture or rule file, at its file and line (0 when there is no line). */
    public record Problem(String file, int line, String message) {

        @Override
        public String toString() {
            return file + (line > 0 ? ":" + line : "") + ": " + message;
        }
    }

    /**
     * What a run found.
     *
     * @param cases every case run, rule file by rule file
     * @param problems malformed fixtures and rule files that do not compile (their cases did not run)
     * @param untested rule files without a tests folder
     * @param millis how long it took
     */
    public record Report(List<Case> cases, List<Problem> problems, List<String> untested, long millis) {

        public Report {
            cases = List.copyOf(cases);
            problems = List.copyOf(problems);
            untested = List.copyOf(untested);
        }

        public long passed() {
            return cases.stream().filter(Case::passed).count();
        }

        public long failed() {
            return cases.size() - passed();
        }

        /** Every case passed and nothing was malformed. */
        public boolean ok() {
            return problems.isEmpty() && failed() == 0;
        }

        /** The cases of each rule file, in order. */
        public Map<String, List<Case>> byRule() {
            Map<String, List<Case>> rules = new LinkedHashMap<>();
            for (Case c : cases) {
                rules.computeIfAbsent(c.rule(), r -> new ArrayList<>()).add(c);
            }
            return rules;
        }
    }

    private final Path rulesDir;
    private final String displayPrefix;

    /**
     * @param rulesDir the folder with the phase folders ({@code <project>/Rules}, or a rule pack)
     * @param displayPrefix how reports name that folder ({@code Rules/})
     */
    public RuleTests(Path rulesDir, String displayPrefix) {
        this.rulesDir = rulesDir;
        this.displayPrefix = displayPrefix.isEmpty() || displayPrefix.endsWith("/") ? displayPrefix : displayPrefix + "/";
    }

    /** The tests of a project's {@code Rules/} folder. */
    public static RuleTests ofProject(Path projectDir) {
        return new RuleTests(projectDir.resolve("Rules"), "Rules/");
    }

    /** Runs every case of every rule file that has a tests folder. */
    public Report run(ProgressMonitor monitor) throws IOException {
        long start = System.nanoTime();
        List<Case> cases = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<String> untested = new ArrayList<>();
        if (!Files.isDirectory(rulesDir)) {
            return new Report(cases, problems, untested, 0);
        }
        List<Path> ruleFiles;
        List<Path> testFolders;
        try (Stream<Path> walk = Files.walk(rulesDir)) {
            List<Path> all = walk.sorted().toList();
            ruleFiles = all.stream().filter(p -> p.getFileName().toString().endsWith(".drl") && Files.isRegularFile(p)).toList();
            testFolders = all.stream().filter(p -> p.getFileName().toString().endsWith(TESTS_SUFFIX) && Files.isDirectory(p)).toList();
        }
        for (Path folder : testFolders) {
            String base = folder.getFileName().toString();
            Path rule = folder.resolveSibling(base.substring(0, base.length() - TESTS_SUFFIX.length()) + ".drl");
            if (!Files.isRegularFile(rule)) {
                problems.add(new Problem(display(folder), 0, "a tests folder without its rule file " + rule.getFileName()
                        + "; rename the folder after the rule file (X.drl -> X.tests) or delete it"));
            }
        }
        RuleCompiler compiler = new RuleCompiler(RuleTests.class.getClassLoader());
        monitor.begin("Testing rules", ruleFiles.size());
        for (Path rule : ruleFiles) {
            monitor.checkCanceled();
            Path tests = rule.resolveSibling(rule.getFileName().toString().replaceFirst("\\.drl$", TESTS_SUFFIX));
            if (!Files.isDirectory(tests)) {
                untested.add(display(rule));
                monitor.worked(1);
                continue;
            }
            monitor.subTask(display(rule));
            testRule(rule, tests, compiler, cases, problems);
            monitor.worked(1);
        }
        return new Report(cases, problems, untested, (System.nanoTime() - start) / 1_000_000);
    }

    private void testRule(Path rule, Path tests, RuleCompiler compiler, List<Case> cases, List<Problem> problems) throws IOException {
        String ruleName = display(rule);
        Path relative = rulesDir.relativize(rule);
        RulesPhase phase = relative.getNameCount() > 1 ? RulesPhase.byFolderName(relative.getName(0).toString()) : null;
        if (phase == null) {
            problems.add(new Problem(ruleName, 0, "a rule file outside the phase folders; move it into one of "
                    + String.join(", ", Stream.of(RulesPhase.values()).map(RulesPhase::folderName).toList())));
            return;
        }
        String text = Files.readString(rule, StandardCharsets.UTF_8);
        RuleCompilation compilation = compiler.compile(List.of(new RuleSource(ruleName, text)));
        if (!compilation.succeeded()) {
            for (RuleProblem p : compilation.problems()) {
                problems.add(new Problem(ruleName, p.line(), p.message()));
            }
            return;
        }
        Map<String, Path> changeLogs = new TreeMap<>();
        Map<String, Path> expectations = new TreeMap<>();
        try (Stream<Path> files = Files.list(tests)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                int dot = name.lastIndexOf('.');
                if (dot <= 0) {
                    continue;
                }
                String stem = name.substring(0, dot);
                String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
                if (name.endsWith(EXPECTED_SUFFIX)) {
                    expectations.put(stem, file);
                } else if (CASE_EXTENSIONS.contains(extension)) {
                    Path other = changeLogs.put(stem, file);
                    if (other != null) {
                        problems.add(new Problem(display(file), 0, "two cases named '" + stem + "' (" + other.getFileName()
                                + " and " + name + ") share one " + stem + EXPECTED_SUFFIX + "; rename one"));
                    }
                }
            }
        }
        for (Map.Entry<String, Path> e : expectations.entrySet()) {
            if (!changeLogs.containsKey(e.getKey())) {
                problems.add(new Problem(display(e.getValue()), 0, "expected responses without a case: add " + e.getKey()
                        + ".xml (or .yaml, .json, .sql) next to it, or delete it"));
            }
        }
        if (changeLogs.isEmpty()) {
            problems.add(new Problem(display(tests), 0, "a tests folder without cases: add <case>.xml and <case>" + EXPECTED_SUFFIX));
        }
        for (Map.Entry<String, Path> e : changeLogs.entrySet()) {
            Path expectedFile = expectations.get(e.getKey());
            if (expectedFile == null) {
                problems.add(new Problem(display(e.getValue()), 0, "the case has no " + e.getKey() + EXPECTED_SUFFIX
                        + " with the responses it expects (an empty file expects none)"));
                continue;
            }
            List<String> expected = expected(expectedFile, problems);
            if (expected == null) {
                continue;
            }
            Case c = runCase(ruleName, rule, relative, e.getValue(), expected, problems);
            if (c != null) {
                cases.add(c);
            }
        }
    }

    /** The expected responses, or null (with a problem) when a line is malformed. */
    private List<String> expected(Path file, List<Problem> problems) throws IOException {
        List<String> expected = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        boolean valid = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!RESPONSE.matcher(line).matches()) {
                problems.add(new Problem(display(file), i + 1, "not a response: '" + line + "'; write 'FAIL Rule Name: message' "
                        + "(PASS, INFO, WARN or FAIL, the rule's name, ': ', the exact message), or '# ...' for a comment"));
                valid = false;
                continue;
            }
            expected.add(line);
        }
        return valid ? expected : null;
    }

    private Case runCase(String ruleName, Path rule, Path ruleRelative, Path changeLog, List<String> expected, List<Problem> problems)
            throws IOException {
        long start = System.nanoTime();
        Path project = Files.createTempDirectory("strata-rule-test");
        try {
            String changeLogName = changeLog.getFileName().toString();
            Files.writeString(project.resolve("strata.yaml"), "name: rule-test\nchangelog: '" + changeLogName.replace("'", "''") + "'\n");
            Path plans = Files.createDirectories(project.resolve("Deployment Plans"));
            Files.writeString(plans.resolve("rule-test.yaml"), "stages:\n  - name: TEST\n    type: h2\n    url: jdbc:h2:mem:strata-rule-test\n");
            Files.copy(changeLog, project.resolve(changeLogName));
            Path ruleCopy = project.resolve("Rules").resolve(ruleRelative.toString());
            Files.createDirectories(ruleCopy.getParent());
            Files.copy(rule, ruleCopy);
            StrataProject strata = StrataProject.load(project);
            ForecastResult result = new Forecaster(strata, null).forecast(strata.stage("TEST"), Forecaster.Options.empty(), ProgressMonitor.NONE);
            List<String> actual = new ArrayList<>();
            for (Finding f : result.allFindings()) {
                if (f.rule() != null) {
                    actual.add(response(f.severity(), f.rule(), f.message()));
                }
            }
            List<String> missing = minus(expected, actual);
            List<String> unexpected = minus(actual, expected);
            Status status = missing.isEmpty() && unexpected.isEmpty() ? Status.PASS : Status.FAIL;
            return new Case(ruleName, display(changeLog), changeLogName, status, expected, actual, missing, unexpected,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (OperationException e) {
            Matcher line = LIQUIBASE_LINE.matcher(String.valueOf(e.getMessage()));
            problems.add(new Problem(display(changeLog), line.find() ? Integer.parseInt(line.group(1)) : 0, e.getMessage()));
            return null;
        } catch (ProjectException | io.strata.connection.ConnectionException e) {
            throw new IllegalStateException("the temporary project of a rule test is invalid: " + e.getMessage(), e);
        } finally {
            delete(project);
        }
    }

    /** A response as the expected files write it. */
    public static String response(ResponseType severity, String rule, String message) {
        return severity + " " + rule + ": " + message;
    }

    /** The elements of {@code a} not matched one-for-one by an element of {@code b}. */
    private static List<String> minus(List<String> a, List<String> b) {
        List<String> rest = new ArrayList<>(b);
        List<String> out = new ArrayList<>();
        for (String s : a) {
            if (!rest.remove(s)) {
                out.add(s);
            }
        }
        return out;
    }

    private String display(Path file) {
        return displayPrefix + rulesDir.relativize(file).toString().replace('\\', '/');
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder; the system cleans it up
        }
    }

    /** The report as JUnit XML (one test suite per rule file, malformed files as errors), for CI servers. */
    public static String junitXml(Report report) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuites name=\"strata test-rules\" tests=\"").append(report.cases().size() + report.problems().size())
                .append("\" failures=\"").append(report.failed()).append("\" errors=\"").append(report.problems().size())
                .append("\" time=\"").append(seconds(report.millis())).append("\">\n");
        for (Map.Entry<String, List<Case>> rule : report.byRule().entrySet()) {
            List<Case> cases = rule.getValue();
            long failures = cases.stream().filter(c -> !c.passed()).count();
            long millis = cases.stream().mapToLong(Case::millis).sum();
            xml.append("  <testsuite name=\"").append(escape(rule.getKey())).append("\" tests=\"").append(cases.size())
                    .append("\" failures=\"").append(failures).append("\" errors=\"0\" time=\"").append(seconds(millis)).append("\">\n");
            for (Case c : cases) {
                xml.append("    <testcase classname=\"").append(escape(rule.getKey())).append("\" name=\"").append(escape(c.name()))
                        .append("\" time=\"").append(seconds(c.millis())).append('"');
                if (c.passed()) {
                    xml.append("/>\n");
                } else {
                    xml.append(">\n      <failure message=\"the rule's responses differ from ").append(escape(c.name().replaceFirst("\\.[^.]+$", "")))
                            .append(EXPECTED_SUFFIX).append("\">").append(escape(diff(c))).append("</failure>\n    </testcase>\n");
                }
            }
            xml.append("  </testsuite>\n");
        }
        if (!report.problems().isEmpty()) {
            xml.append("  <testsuite name=\"malformed rules and fixtures\" tests=\"").append(report.problems().size())
                    .append("\" failures=\"0\" errors=\"").append(report.problems().size()).append("\">\n");
            for (Problem p : report.problems()) {
                xml.append("    <testcase classname=\"").append(escape(p.file())).append("\" name=\"").append(escape(p.file()))
                        .append(p.line() > 0 ? ":" + p.line() : "").append("\">\n      <error message=\"").append(escape(p.message()))
                        .append("\">").append(escape(p.toString())).append("</error>\n    </testcase>\n");
            }
            xml.append("  </testsuite>\n");
        }
        return xml.append("</testsuites>\n").toString();
    }

    /** Expected but missing responses as {@code - ...}, unexpected ones as {@code + ...}, one per line. */
    public static String diff(Case c) {
        StringBuilder diff = new StringBuilder();
        c.missing().forEach(m -> diff.append("- ").append(m).append('\n'));
        c.unexpected().forEach(u -> diff.append("+ ").append(u).append('\n'));
        return diff.toString();
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
