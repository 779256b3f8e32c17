package io.strata.core.project;

/** A password could not be had; the message tells the user how to give it. */
public final class CredentialsException extends Exception {

    private static final long serialVersionUID = 1L;

    public CredentialsException(String message) {
        super(message);
    }

    public CredentialsException(String message, Throwable cause) {
        super(message, cause);
    }
}
