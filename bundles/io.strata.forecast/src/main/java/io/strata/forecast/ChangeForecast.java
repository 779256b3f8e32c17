package io.strata.forecast;

import java.util.List;

/**
 * What the forecast predicts for one change of a change set.
 *
 * @param index its 1-based number in the change set
 * @param type Liquibase's name of the change ({@code createTable}, {@code sql}...)
 * @param description Liquibase's description of it
 * @param outcome whether it was simulated
 * @param effect its predicted effect on the model ({@code creates table ADDRESS with 4 columns}), or the
 *     reason it was not simulated
 * @param findings what the simulation and the rules found about it
 */
public record ChangeForecast(int index, String type, String description, Outcome outcome, String effect, List<Finding> findings) {

    /** How a change went through the simulation. */
    public enum Outcome {
        /** Applied to the model. */
        SIMULATED,
        /** Could not be applied to the model (custom change, SQL that is not plain DDL...): the effect says why. */
        NOT_SIMULATED,
        /** Its change set does not run (a precondition skips it) or an earlier failure stops the deployment. */
        SKIPPED
    }

    public ChangeForecast {
        findings = List.copyOf(findings);
    }
}
