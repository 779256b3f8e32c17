package io.strata.forecast;

import java.util.List;

import io.strata.core.project.Stage;

/** The stage a forecast is for, as rules see it ({@code StageInfo(name == "PROD")}). */
public final class StageInfo {

    private final Stage stage;

    public StageInfo(Stage stage) {
        this.stage = stage;
    }

    public String getName() {
        return stage.name();
    }

    /** {@code h2}, {@code postgresql}, {@code oracle}... */
    public String getDatabaseType() {
        return stage.connection().type().id();
    }

    public boolean isReference() {
        return stage.reference();
    }

    public List<String> getContexts() {
        return stage.contexts();
    }

    public String getLabels() {
        return stage.labels();
    }

    @Override
    public String toString() {
        return stage.name();
    }
}
