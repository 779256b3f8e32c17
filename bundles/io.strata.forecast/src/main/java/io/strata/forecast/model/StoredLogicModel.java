package io.strata.forecast.model;

/**
 * Named stored logic: a procedure, function, trigger or package.
 *
 * @param name its name
 * @param kind {@code procedure}, {@code function}, {@code trigger} or {@code package}
 */
public record StoredLogicModel(String name, String kind) {

    public String getName() {
        return name;
    }

    public String getKind() {
        return kind;
    }
}
