package io.strata.liquibase;

import java.util.List;

import io.strata.core.project.Stage;

/**
 * Which change sets an operation takes: Liquibase contexts and a label expression. A null field
 * means "the stage's default".
 *
 * @param contexts contexts, or null for the stage's
 * @param labels a label expression such as {@code sprint-1 or sprint-2}, or null for the stage's
 */
public record Selection(List<String> contexts, String labels) {

    public static final Selection STAGE_DEFAULTS = new Selection(null, null);

    List<String> contextsFor(Stage stage) {
        return contexts != null ? contexts : stage.contexts();
    }

    String labelsFor(Stage stage) {
        return labels != null ? labels : stage.labels();
    }
}
