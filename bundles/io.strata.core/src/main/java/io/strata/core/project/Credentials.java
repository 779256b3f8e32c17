package io.strata.core.project;

/**
 * Where passwords come from. The engine asks for one when it connects and forgets it after; the
 * CLI answers from an environment variable, a file, a prompt or AWS; the IDE from Eclipse secure
 * storage. Passwords never go into project files.
 */
@FunctionalInterface
public interface Credentials {

    /**
     * The password for this stage, or null when the connection needs none.
     *
     * @throws CredentialsException when the password cannot be had; its message says how to give it
     */
    char[] password(Stage stage) throws CredentialsException;

    /** Credentials for stages that need no password (embedded H2). */
    Credentials NONE = stage -> null;
}
