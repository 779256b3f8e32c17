package io.strata.forecast.model;

/**
 * A view.
 *
 * @param name its name
 * @param definition its SELECT, or null when unknown
 */
public record ViewModel(String name, String definition) {

    public String getName() {
        return name;
    }

    public String getDefinition() {
        return definition;
    }
}
