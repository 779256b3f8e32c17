package io.strata.forecast;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.strata.forecast.model.DatabaseModel;
import io.strata.rules.ResponseType;

/**
 * The outcome of a forecast: every pending change set with its simulated effect and findings, the
 * project-wide findings (PostForecast rules), and the model before and after.
 *
 * @param project the project's name
 * @param stage the stage forecast
 * @param databaseType the stage's database type id
 * @param modelSource where the starting model came from ({@code live stage DEV}, {@code snapshot Snapshots/DEV.model.json}, {@code empty})
 * @param started when the forecast started
 * @param millis how long it took
 * @param changeSets the pending change sets in deployment order
 * @param findings findings that belong to no change set (PostForecast rules, the model as a whole)
 * @param rulesRun how many rule files took part, per phase folder name
 * @param before the model before the first change
 * @param after the model after the last change
 */
public record ForecastResult(String project, String stage, String databaseType, String modelSource, Instant started, long millis,
        List<ChangeSetForecast> changeSets, List<Finding> findings, java.util.Map<String, Integer> rulesRun,
        DatabaseModel before, DatabaseModel after) {

    public ForecastResult {
        changeSets = List.copyOf(changeSets);
        findings = List.copyOf(findings);
        rulesRun = java.util.Map.copyOf(rulesRun);
    }

    /** Every finding, change set by change set, then the project-wide ones. */
    public List<Finding> allFindings() {
        List<Finding> all = new ArrayList<>();
        for (ChangeSetForecast changeSet : changeSets) {
            all.addAll(changeSet.allFindings());
        }
        all.addAll(findings);
        return all;
    }

    /** How many findings have this severity. */
    public long count(ResponseType severity) {
        return allFindings().stream().filter(f -> f.severity() == severity).count();
    }

    /** Whether any finding fails the forecast (a deployment would fail or a rule says FAIL). */
    public boolean failed() {
        return allFindings().stream().anyMatch(Finding::fails);
    }

    /** How many changes could not be simulated. */
    public long notSimulated() {
        return changeSets.stream().flatMap(c -> c.changes().stream())
                .filter(c -> c.outcome() == ChangeForecast.Outcome.NOT_SIMULATED).count();
    }
}
