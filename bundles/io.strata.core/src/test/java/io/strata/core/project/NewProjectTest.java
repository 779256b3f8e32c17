package io.strata.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.strata.core.RulesPhase;

class NewProjectTest {

    @TempDir
    Path tmp;

    static Stage stage(String name, ConnectionSpec connection) {
        return new Stage(name, false, connection, List.of(), null, null, false, 0);
    }

    static ConnectionSpec h2() {
        return new ConnectionSpec(DatabaseType.H2, null, 0, null, null, null, "sa", "jdbc:h2:file:${project.dir}/.strata/h2/dev",
                null, null);
    }

    static ConnectionSpec postgres(String host, String database, String user) {
        return new ConnectionSpec(DatabaseType.POSTGRESQL, host, 5433, database, null, null, user, null, null, null);
    }

    @Test
    void aNewProjectHasItsFilesFoldersAndFirstStage() throws Exception {
        Path dir = tmp.resolve("shop");
        StrataProject project = new NewProject("shop", "Pipeline", stage("DEV", h2())).create(dir);

        assertEquals("shop", project.name());
        Stage dev = project.stage("DEV");
        assertTrue(dev.reference(), "the first stage is the reference");
        assertEquals("jdbc:h2:file:" + dir.toAbsolutePath().normalize() + "/.strata/h2/dev", dev.connection().jdbcUrl());
        assertEquals("sa", dev.connection().user());
        assertTrue(Files.readString(dir.resolve("Deployment Plans/Pipeline.yaml"))
                .contains("    url: jdbc:h2:file:${project.dir}/.strata/h2/dev\n"));
        assertTrue(Files.isRegularFile(dir.resolve("Deployment Plans/Pipeline.yaml")));
        assertTrue(Files.readString(dir.resolve("Change Log/changelog.xml")).contains("<databaseChangeLog"));
        for (RulesPhase phase : RulesPhase.values()) {
            assertTrue(Files.isDirectory(phase.in(dir)), phase.folderName());
        }
        assertTrue(Files.isDirectory(dir.resolve("Reports")));
        assertTrue(Files.isDirectory(dir.resolve("Snapshots")));
        List<String> ignored = Files.readAllLines(dir.resolve(".gitignore"));
        assertTrue(ignored.contains(".strata/") && ignored.contains("Reports/"), ignored.toString());
        assertNoPassword(dir);
    }

    @Test
    void namesAndHostsWithYamlCharactersLoadBackAsTyped() throws Exception {
        Path dir = tmp.resolve("odd");
        String name = "Shop: #1 'big' \"app\" - yes";
        ConnectionSpec spec = postgres("db-1.example.org", "shop db #2: main", "app\\user: x");
        StrataProject project = new NewProject(name, "true", stage("- DEV: [a]", spec)).create(dir);

        assertEquals(name, project.name());
        assertEquals("true", project.plans().get(0).name());
        Stage stage = project.plans().get(0).stages().get(0);
        assertEquals("- DEV: [a]", stage.name());
        assertEquals("db-1.example.org", stage.connection().host());
        assertEquals(5433, stage.connection().port());
        assertEquals("shop db #2: main", stage.connection().database());
        assertEquals("app\\user: x", stage.connection().user());
    }

    @Test
    void aFolderWithOnlyLocalStateIsUsed() throws Exception {
        Path dir = tmp.resolve("tested");
        Files.createDirectories(dir.resolve(".strata/h2"));
        Files.writeString(dir.resolve(".strata/h2/dev.mv.db"), "made by Test Connection");
        new NewProject("tested", "Pipeline", stage("DEV", h2())).create(dir);
        assertTrue(Files.isRegularFile(dir.resolve(".strata/h2/dev.mv.db")));
    }

    @Test
    void aFolderThatIsNotEmptyIsRefused() throws Exception {
        Path dir = tmp.resolve("taken");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("notes.txt"), "mine");
        ProjectException e = assertThrows(ProjectException.class,
                () -> new NewProject("taken", "Pipeline", stage("DEV", h2())).create(dir));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        assertEquals("mine", Files.readString(dir.resolve("notes.txt")));
    }

    @Test
    void aStageWithoutWhatItsTypeNeedsIsRefusedBeforeWriting() {
        ConnectionSpec noSid = new ConnectionSpec(DatabaseType.ORACLE, "ora", 0, null, null, null, "u", null, null, null);
        String problem = new NewProject("p", "Pipeline", stage("REF", noSid)).problem(tmp.resolve("p"));
        assertNotNull(problem);
        assertTrue(problem.contains("sid"), problem);
        assertFalse(Files.exists(tmp.resolve("p")));
    }

    @Test
    void aStageIsAppendedKeepingTheTextAndComments() throws Exception {
        Path dir = tmp.resolve("shop");
        new NewProject("shop", "Pipeline", stage("DEV", h2())).create(dir);
        Path plan = dir.resolve("Deployment Plans/Pipeline.yaml");
        String before = Files.readString(plan) + "    # about DEV\n\n# the end of the plan\n";
        Files.writeString(plan, before);

        ConnectionSpec oracle = new ConnectionSpec(DatabaseType.ORACLE, "rds.example.org", 1521, null, "ORCL", null,
                "admin", null, null, null);
        int line = PlanFile.appendStage(plan, stage("TEST", oracle));
        PlanFile.appendStage(plan, stage("PROD: eu", postgres("prod.example.org", "shop", "strata")));

        String after = Files.readString(plan);
        assertTrue(after.contains("    # about DEV\n  - name: TEST\n"), after);
        assertTrue(after.startsWith(before.substring(0, before.indexOf("\n\n# the end"))), after);
        assertTrue(after.endsWith("\n# the end of the plan\n"), after);
        assertEquals("  - name: TEST", after.lines().toList().get(line - 1));
        List<Stage> stages = StrataProject.load(dir).plans().get(0).stages();
        assertEquals(List.of("DEV", "TEST", "PROD: eu"), stages.stream().map(Stage::name).toList());
        assertEquals("jdbc:oracle:thin:@rds.example.org:1521:ORCL", stages.get(1).connection().jdbcUrl());
        assertEquals("jdbc:postgresql://prod.example.org:5433/shop", stages.get(2).connection().jdbcUrl());
        assertFalse(stages.get(1).reference());
        assertNoPassword(dir);
    }

    @Test
    void aStageIsAppendedToAPlanWithDeeperIndentation() throws Exception {
        Path dir = tmp.resolve("p");
        Files.createDirectories(dir.resolve("Deployment Plans"));
        Files.writeString(dir.resolve("strata.yaml"), "name: p\n");
        Path plan = dir.resolve("Deployment Plans/plan.yaml");
        Files.writeString(plan, "stages:\n    -   name: A\n        type: h2\n        database: /tmp/a\nname: Plan");
        PlanFile.appendStage(plan, stage("B", h2()));
        assertEquals(List.of("A", "B"), StrataProject.load(dir).plans().get(0).stages().stream().map(Stage::name).toList());
        assertTrue(Files.readString(plan).endsWith("name: Plan"));
    }

    @Test
    void aDuplicateStageNameIsRefusedWithThePlanFileAndLine() throws Exception {
        Path dir = tmp.resolve("shop");
        new NewProject("shop", "Pipeline", stage("DEV", h2())).create(dir);
        Path plan = dir.resolve("Deployment Plans/Pipeline.yaml");
        String before = Files.readString(plan);
        int devLine = before.lines().toList().indexOf("  - name: DEV") + 1;

        ProjectException e = assertThrows(ProjectException.class, () -> PlanFile.appendStage(plan, stage("dev", h2())));
        assertEquals(plan, e.file());
        assertEquals(devLine, e.line());
        assertTrue(e.describe().startsWith(plan + ":" + devLine + ": the plan already has a stage named 'DEV'"), e.describe());
        assertEquals(before, Files.readString(plan));
    }

    private static void assertNoPassword(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file).toLowerCase(Locale.ROOT).matches("(?s).*password\\w*\\s*:.*"), file.toString());
            }
        }
    }
}
