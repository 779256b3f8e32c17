package io.strata.liquibase.changeset;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * How a new change set's id is made after the team's prefix: the local time
 * ({@code team-a-20261130-153000}) or a random UUID ({@code team-a-3f2b...}). The IDE's preference
 * "Change set id scheme" picks one.
 */
public enum IdScheme {

    /** {@code yyyyMMdd-HHmmss} in the clock's zone: ids sort by when they were written. */
    TIMESTAMP,
    /** A random UUID: never the same on two machines, even in the same second. */
    UUID;

    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    /** The part of the id after the prefix. */
    String suffix(Clock clock, Supplier<java.util.UUID> uuids) {
        return switch (this) {
            case TIMESTAMP -> ID_TIME.withZone(clock.getZone()).format(clock.instant());
            case UUID -> uuids.get().toString();
        };
    }

    /**
     * The scheme of a setting's value ({@code timestamp}, {@code uuid}, any case).
     *
     * @throws IllegalArgumentException naming the value and the allowed ones
     */
    public static IdScheme parse(String value) {
        for (IdScheme scheme : values()) {
            if (scheme.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return scheme;
            }
        }
        throw new IllegalArgumentException("unknown change set id scheme '" + value + "': use timestamp or uuid");
    }

    /** The value of a setting that names this scheme. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
