package io.strata.reports;

import java.util.ResourceBundle;

/** The words of the reports, read from {@code ReportText.properties}. */
final class ReportText {

    private static final ResourceBundle TEXT = ResourceBundle.getBundle("io.strata.reports.ReportText");

    private ReportText() {
    }

    static String get(String key) {
        return TEXT.getString(key);
    }
}
