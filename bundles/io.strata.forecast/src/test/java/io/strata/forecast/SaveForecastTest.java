package io.strata.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.strata.core.ProgressMonitor;
import io.strata.core.project.StrataProject;
import io.strata.forecast.model.DatabaseModel;
import io.strata.rules.ResponseType;

/** The forecast after a save: the reference stage, its snapshot or an empty model, nothing written. */
class SaveForecastTest {

    private static final Path SAMPLE = Path.of(System.getProperty("strata.sample", "../../examples/strata-sample"));

    @TempDir
    Path dir;

    private StrataProject sample() throws Exception {
        try (var walk = Files.walk(SAMPLE)) {
            for (Path p : walk.toList()) {
                Path target = dir.resolve(SAMPLE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.toString().contains("/.strata/")) {
                    Files.copy(p, target);
                }
            }
        }
        return StrataProject.load(dir);
    }

    private List<Path> files() throws Exception {
        try (var walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.toString().contains("/.strata/")).sorted().toList();
        }
    }

    @Test
    void theSamplesFourColumnIndexFailsAtItsChangeSetsLineFromAnEmptyModelWritingNothing() throws Exception {
        StrataProject project = sample();
        List<Path> before = files();
        assertEquals("DEV", SaveForecast.stage(project).name(), "the reference stage");
        assertEquals(Forecaster.ModelSource.EMPTY, SaveForecast.options(project, SaveForecast.stage(project)).source());

        ForecastResult result = SaveForecast.run(project, List.of(), ProgressMonitor.NONE);

        assertEquals("empty database", result.modelSource());
        Finding rule = result.allFindings().stream().filter(f -> f.code().equals("RULE")).findFirst().orElseThrow();
        assertEquals(ResponseType.FAIL, rule.severity());
        assertEquals("sprint2-002-address-index", rule.changeSetId());
        assertEquals("Change Log/changelog.xml", rule.file());
        assertTrue(Files.readAllLines(dir.resolve(rule.file())).get(rule.line() - 1).contains("sprint2-002-address-index"));
        assertEquals(before, files(), "no report, no model written");
    }

    @Test
    void theReferenceStagesSnapshotIsTheStartingModelWhenThereIsOne() throws Exception {
        StrataProject project = sample();
        Path file = ModelFile.of(dir, "DEV");
        Files.createDirectories(file.getParent());
        ModelFile.write(file, new ModelFile.Content("DEV", Instant.now(), new DatabaseModel("h2", "PUBLIC"), List.of(
                new AppliedChangeSetKey("Change Log/changelog.xml", "sprint1-001-create-customer", "strata", null))));

        ForecastResult result = SaveForecast.run(project, List.of(), ProgressMonitor.NONE);

        assertTrue(result.modelSource().startsWith("snapshot Snapshots/DEV.model.json"), result.modelSource());
        assertFalse(result.changeSets().stream().anyMatch(c -> c.id().equals("sprint1-001-create-customer")),
                "a change set the snapshot says is applied is not forecast again");
    }

    @Test
    void aProjectWithoutStagesHasNothingToForecast() throws Exception {
        StrataProject project = sample();
        Files.delete(dir.resolve("Deployment Plans/sample-plan.yaml"));
        assertNull(SaveForecast.run(StrataProject.load(dir), List.of(), ProgressMonitor.NONE));
        assertNull(SaveForecast.stage(StrataProject.load(dir)));
        assertEquals("DEV", SaveForecast.stage(project).name());
    }
}
