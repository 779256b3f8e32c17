package io.strata.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Removing a stage from a plan file keeps the rest of its text as written. */
class PlanFileTest {

    private static final String PLAN = """
            # The pipeline.
            name: Pipeline
            stages:
              - name: DEV
                reference: true
                type: h2
                url: jdbc:h2:mem:dev
              # the test database, shared
              - name: TEST
                type: postgresql
                host: test.example.org
                database: shop
                # the QA team's user
                user: qa

              - name: PROD
                type: postgresql
                host: prod.example.org
                database: shop
            # end of the plan
            """;

    @TempDir
    Path tmp;

    @Test
    void aStageInTheMiddleIsRemovedWithItsOwnCommentsOnly() throws Exception {
        Path plan = plan(PLAN);
        int line = PlanFile.removeStage(plan, "test");
        assertEquals(9, line);
        assertEquals("""
                # The pipeline.
                name: Pipeline
                stages:
                  - name: DEV
                    reference: true
                    type: h2
                    url: jdbc:h2:mem:dev

                  - name: PROD
                    type: postgresql
                    host: prod.example.org
                    database: shop
                # end of the plan
                """, Files.readString(plan));
        assertEquals(List.of("DEV", "PROD"), stageNames());
    }

    @Test
    void theLastStageIsRemovedAndTheFileEndsAsBefore() throws Exception {
        Path plan = plan(PLAN.replace("# end of the plan\n", "# end of the plan"));
        PlanFile.removeStage(plan, "PROD");
        String after = Files.readString(plan);
        assertTrue(after.endsWith("    user: qa\n\n# end of the plan"), after);
        assertEquals(List.of("DEV", "TEST"), stageNames());
    }

    @Test
    void anUnknownStageIsRefusedAndTheFileStaysAsItWas() throws Exception {
        Path plan = plan(PLAN);
        ProjectException e = assertThrows(ProjectException.class, () -> PlanFile.removeStage(plan, "UAT"));
        assertEquals(plan, e.file());
        assertTrue(e.getMessage().contains("no stage named 'UAT'"), e.getMessage());
        assertEquals(PLAN, Files.readString(plan));
    }

    @Test
    void aFlowListIsRefused() throws Exception {
        Path plan = plan("name: P\nstages: [{name: A, type: h2, url: 'jdbc:h2:mem:a'}]\n");
        ProjectException e = assertThrows(ProjectException.class, () -> PlanFile.removeStage(plan, "A"));
        assertTrue(e.getMessage().contains("[ ... ]"), e.getMessage());
    }

    private Path plan(String text) throws Exception {
        Files.createDirectories(tmp.resolve("Deployment Plans"));
        Files.writeString(tmp.resolve("strata.yaml"), "name: p\n");
        Path plan = tmp.resolve("Deployment Plans/Pipeline.yaml");
        Files.writeString(plan, text);
        return plan;
    }

    private List<String> stageNames() throws ProjectException {
        return StrataProject.load(tmp).plans().get(0).stages().stream().map(Stage::name).toList();
    }
}
