package io.strata.forecast.model;

/**
 * A sequence.
 *
 * @param name its name
 * @param startValue start, or null
 * @param incrementBy increment, or null
 */
public record SequenceModel(String name, String startValue, String incrementBy) {

    public String getName() {
        return name;
    }

    public String getStartValue() {
        return startValue;
    }

    public String getIncrementBy() {
        return incrementBy;
    }
}
