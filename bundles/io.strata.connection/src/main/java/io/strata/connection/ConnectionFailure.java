package io.strata.connection;

/** Why a connection could not be opened, as a user can act on it. */
public enum ConnectionFailure {
    UNKNOWN_HOST("Unknown host"),
    REFUSED("Connection refused"),
    TIMEOUT("Timed out"),
    BAD_CREDENTIALS("Wrong user or password"),
    UNKNOWN_DATABASE("Unknown database"),
    MISSING_DRIVER("Missing driver"),
    NO_PASSWORD("No password"),
    OTHER("Connection failed");

    private final String title;

    ConnectionFailure(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
