package io.strata.connection;

/** A stage's database could not be reached; {@link #failure()} says why in a way a user can act on. */
public final class ConnectionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ConnectionFailure failure;

    public ConnectionException(ConnectionFailure failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
    }

    public ConnectionFailure failure() {
        return failure;
    }
}
