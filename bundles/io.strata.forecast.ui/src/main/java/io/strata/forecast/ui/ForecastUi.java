package io.strata.forecast.ui;

import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/**
 * Strata's forecast, deploy and rules actions in the IDE: the ids other bundles and tests refer to.
 * The work itself is the engine's ({@code io.strata.forecast}, {@code io.strata.liquibase},
 * {@code io.strata.reports}); this bundle gathers input and shows results.
 */
public final class ForecastUi extends AbstractUIPlugin {

    public static final String PLUGIN_ID = "io.strata.forecast.ui";

    /** Marker type of a forecast finding, on the change log file at its change set's line. */
    public static final String FINDING_MARKER = PLUGIN_ID + ".finding";
    /**
     * Check Rules problems: the rules editor's marker type (io.strata.rules.ui), so that a check from
     * a menu and the check after saving a rule file keep one set of markers, not two.
     */
    public static final String RULE_PROBLEM_MARKER = "io.strata.rules.ui.problem";

    /** Marker attributes of a finding (strings). */
    public static final String ATTR_CODE = "code";
    public static final String ATTR_RULE = "rule";
    public static final String ATTR_PHASE = "phase";
    public static final String ATTR_CHANGE_SET_ID = "changeSetId";
    public static final String ATTR_STAGE = "stage";
    /**
     * The quick fix a finding carries: in its change set the name {@code replace} becomes
     * {@code replaceWith}. The change log editor's quick fixes (io.strata.changelog.ui) read them.
     */
    public static final String ATTR_REPLACE = "replace";
    public static final String ATTR_REPLACE_WITH = "replaceWith";

    /** Family of every Strata job (Job.getJobManager().find(JOB_FAMILY)). */
    public static final Object JOB_FAMILY = ForecastUi.class;

    public static final String REPORT_VIEW_ID = PLUGIN_ID + ".reportView";
    public static final String CONSOLE_NAME = "Strata";

    public static final String COMMAND_FORECAST = PLUGIN_ID + ".forecast";
    public static final String COMMAND_DEPLOY = PLUGIN_ID + ".deploy";
    public static final String COMMAND_DEPLOY_QUICK = PLUGIN_ID + ".deployQuick";
    public static final String COMMAND_STATUS = PLUGIN_ID + ".status";
    public static final String COMMAND_ROLLBACK = PLUGIN_ID + ".rollback";
    public static final String COMMAND_COMPARE = PLUGIN_ID + ".compare";
    public static final String COMMAND_BASELINE = PLUGIN_ID + ".baseline";
    public static final String COMMAND_TEST_CONNECTION = PLUGIN_ID + ".testConnection";
    public static final String COMMAND_SNAPSHOT = PLUGIN_ID + ".snapshot";
    public static final String COMMAND_CHECK_RULES = PLUGIN_ID + ".checkRules";
    public static final String COMMAND_OPEN_REPORT = PLUGIN_ID + ".openReport";

    private static ForecastUi instance;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        instance = this;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        instance = null;
        super.stop(context);
    }

    public static ForecastUi getDefault() {
        return instance;
    }
}
