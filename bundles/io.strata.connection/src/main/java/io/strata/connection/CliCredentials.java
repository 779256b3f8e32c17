package io.strata.connection;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.strata.core.project.Credentials;
import io.strata.core.project.CredentialsException;
import io.strata.core.project.Stage;

/**
 * Passwords for the headless CLI, in this order: a password file given on the command line (which
 * must be outside the project), the stage's environment variable ({@code STRATA_PASSWORD_<STAGE>}),
 * then an interactive prompt when there is a terminal. Embedded stages (H2, SQLite, Derby, HSQLDB) need none.
 */
public final class CliCredentials implements Credentials {

    private final Map<String, String> environment;
    private final Path passwordFile;
    private final Path projectDir;
    private final Console console;

    /**
     * @param environment the process environment (injected for tests)
     * @param passwordFile a file holding the password, or null
     * @param projectDir the project, which a password file must not be in
     * @param console the terminal to prompt on, or null when there is none (CI)
     */
    public CliCredentials(Map<String, String> environment, Path passwordFile, Path projectDir, Console console) {
        this.environment = environment;
        this.passwordFile = passwordFile;
        this.projectDir = projectDir;
        this.console = console;
    }

    @Override
    public char[] password(Stage stage) throws CredentialsException {
        if (passwordFile != null) {
            return fromFile();
        }
        String variable = stage.passwordVariable();
        String value = environment.get(variable);
        if (value != null) {
            return value.toCharArray();
        }
        if (stage.connection().type().embedded()) {
            return new char[0];
        }
        if (console != null) {
            char[] typed = console.readPassword("Password for %s on stage %s: ",
                    stage.connection().user() == null ? "the database" : stage.connection().user(), stage.name());
            if (typed != null) {
                return typed;
            }
        }
        throw new CredentialsException("no password given. Set the environment variable " + variable
                + ", pass --password-file FILE (outside the project), or run in a terminal to be asked.");
    }

    private char[] fromFile() throws CredentialsException {
        Path file = passwordFile.toAbsolutePath().normalize();
        if (projectDir != null && file.startsWith(projectDir.toAbsolutePath().normalize())) {
            throw new CredentialsException("the password file " + passwordFile + " is inside the project, which is "
                    + "versioned; keep it outside the project folder.");
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int end = text.length();
            while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
                end--;
            }
            return text.substring(0, end).toCharArray();
        } catch (IOException e) {
            throw new CredentialsException("cannot read the password file " + passwordFile + ": " + e.getMessage(), e);
        }
    }
}
