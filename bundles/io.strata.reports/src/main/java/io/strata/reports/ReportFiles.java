package io.strata.reports;

import java.nio.file.Path;

/**
 * The files of one report.
 *
 * @param dir the report's own folder, {@code Reports/<stage>/<timestamp>/} of the project
 * @param html the self-contained HTML report (open it in a browser, publish it from CI); null when not written
 * @param junit the JUnit XML (for Jenkins' and CodeBuild's test reports); null when not written
 * @param json the same content as JSON (see docs/reports.md for its fields); null when not written
 */
public record ReportFiles(Path dir, Path html, Path junit, Path json) {
}
