package io.strata.core;

import java.nio.file.Path;

/**
 * The sub-folders of {@code Rules/}: one per phase of a forecast in which the rules run.
 */
public enum RulesPhase {
    /** Raw changes, before any simulation. */
    PRE_FORECAST("PreForecast"),
    /** Each change, with the model of the database as it is at that point. */
    FORECAST("Forecast"),
    /** The model of the database after every change. */
    POST_FORECAST("PostForecast"),
    /** The SQL text of sql/sqlFile changes and the SQL Strata would run. */
    SQL_RULES("SqlRules");

    private final String folderName;

    RulesPhase(String folderName) {
        this.folderName = folderName;
    }

    public String folderName() {
        return folderName;
    }

    /** This phase's folder inside the given project directory. */
    public Path in(Path projectDir) {
        return ProjectFolder.RULES.in(projectDir).resolve(folderName);
    }

    /** The phase whose folder has this exact name, or {@code null}. */
    public static RulesPhase byFolderName(String name) {
        for (RulesPhase phase : values()) {
            if (phase.folderName.equals(name)) {
                return phase;
            }
        }
        return null;
    }
}
