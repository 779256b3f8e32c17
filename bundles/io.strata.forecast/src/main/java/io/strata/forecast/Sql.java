package io.strata.forecast;

import liquibase.change.Change;
import liquibase.changelog.ChangeSet;

/**
 * A SQL statement as the rules of {@code Rules/SqlRules} see it: one statement of a sql or sqlFile
 * change ({@code generated == false}), or one statement Strata would run for any other change on
 * the stage's database ({@code generated == true}).
 */
public final class Sql {

    private final String text;
    private final boolean generated;
    private final ChangeSet changeSet;
    private final Change change;

    public Sql(String text, boolean generated, ChangeSet changeSet, Change change) {
        this.text = text;
        this.generated = generated;
        this.changeSet = changeSet;
        this.change = change;
    }

    public String getText() {
        return text;
    }

    /** The text in upper case with runs of white space as one space, for simple matching in rules. */
    public String getNormalized() {
        return text.replaceAll("\\s+", " ").strip().toUpperCase(java.util.Locale.ROOT);
    }

    public boolean isGenerated() {
        return generated;
    }

    public ChangeSet getChangeSet() {
        return changeSet;
    }

    public Change getChange() {
        return change;
    }

    @Override
    public String toString() {
        return text;
    }
}
