package io.strata.core.project;

import java.util.List;
import java.util.Locale;

/**
 * One database of a deployment plan (REF/DEV, TEST, PROD...).
 *
 * @param name the stage's name, unique in its plan
 * @param reference whether this is the plan's reference database (baselined, compared against)
 * @param connection how to reach it
 * @param contexts default Liquibase contexts for deployments to this stage
 * @param labels default label expression for deployments to this stage, or null
 * @param secretId an AWS Secrets Manager secret holding the password, or null
 * @param iamAuthentication whether to sign in with an Amazon RDS IAM token instead of a password
 * @param line where the stage starts in its plan file (for messages), or 0
 */
public record Stage(String name, boolean reference, ConnectionSpec connection, List<String> contexts, String labels,
        String secretId, boolean iamAuthentication, int line) {

    public Stage {
        contexts = contexts == null ? List.of() : List.copyOf(contexts);
    }

    /**
     * The environment variable that holds this stage's password for the CLI:
     * {@code STRATA_PASSWORD_<STAGE>}, upper case, other characters than letters and digits as '_'.
     */
    public String passwordVariable() {
        return "STRATA_PASSWORD_" + name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}
