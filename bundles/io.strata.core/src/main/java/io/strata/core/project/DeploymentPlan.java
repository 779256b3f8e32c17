package io.strata.core.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * An ordered list of stages, the pipeline a change travels: REF -> DEV -> TEST -> PROD.
 *
 * @param name the plan's name
 * @param file the file it was read from
 * @param stages the stages in pipeline order
 */
public record DeploymentPlan(String name, Path file, List<Stage> stages) {

    public DeploymentPlan {
        stages = List.copyOf(stages);
    }

    /** The stage with this name, ignoring case. */
    public Optional<Stage> stage(String stageName) {
        return stages.stream().filter(s -> s.name().equalsIgnoreCase(stageName)).findFirst();
    }

    /** The reference stage: the one marked so, else the first. */
    public Optional<Stage> referenceStage() {
        return stages.stream().filter(Stage::reference).findFirst().or(() -> stages.stream().findFirst());
    }
}
