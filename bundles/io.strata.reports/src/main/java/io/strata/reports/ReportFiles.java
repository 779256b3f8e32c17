package io.strata.reports;

import java.nio.file.Path;

/**
 * The files of one report.
 *
 * @param dir the report's own folder, {@code Reports/<stage>/<timestamp>/} of the project
 * @param html the self-contained HTML report (open it in a browser, publish it from CI)
 * @param junit the JUnit XML (for Jenkins' and CodeBuild's test reports)
 * @param json the same content as JSON (see docs/reports.md for its fields)
 */
public record ReportFiles(Path dir, Path html, Path junit, Path json) {
}
