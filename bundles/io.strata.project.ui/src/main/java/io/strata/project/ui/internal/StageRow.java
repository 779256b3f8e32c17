package io.strata.project.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;

import io.strata.core.project.ConnectionSpec;
import io.strata.core.project.DeploymentPlan;
import io.strata.core.project.Stage;

/**
 * A row of the Connection Manager: a stage of a plan of an open Strata project, or (with
 * {@code problem}) a project whose plans cannot be read.
 */
record StageRow(IProject project, DeploymentPlan plan, Stage stage, String problem) {

    Path dir() {
        return project.getLocation().toPath();
    }

    /** The plan file as the workspace knows it, or null. */
    IFile planFile() {
        if (plan == null) {
            return null;
        }
        return project.getFile(dir().relativize(plan.file()).toString().replace('\\', '/'));
    }

    /** Where the stage is: its JDBC URL when it has one (H2), else host:port/database. */
    String address() {
        if (stage == null) {
            return "";
        }
        ConnectionSpec connection = stage.connection();
        if (connection.url() != null || connection.host() == null) {
            try {
                return connection.jdbcUrl();
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }
        String database = connection.database() != null ? connection.database()
                : connection.service() != null ? connection.service() : connection.sid();
        return connection.host() + (connection.port() > 0 ? ":" + connection.port() : "")
                + (database != null ? "/" + database : "");
    }

    /** The stage with {@code ${project.dir}} in its URL and database again, as a plan file holds it. */
    Stage asWritten(String name) {
        ConnectionSpec c = stage.connection();
        String dir = dir().toAbsolutePath().normalize().toString();
        ConnectionSpec connection = new ConnectionSpec(c.type(), c.host(), c.port(), unresolve(c.database(), dir), c.sid(),
                c.service(), c.user(), unresolve(c.url(), dir), c.defaultSchema(), c.properties());
        return new Stage(name, false, connection, stage.contexts(), stage.labels(), stage.secretId(),
                stage.iamAuthentication(), 0);
    }

    private static String unresolve(String value, String dir) {
        return value == null ? null : value.replace(dir, "${project.dir}");
    }
}
