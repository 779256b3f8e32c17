package io.strata.forecast.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The messages of io.strata.forecast.ui (in messages.properties), in one place for review and translation. */
public final class Messages extends NLS {

    public static String handler_title;
    public static String handler_noProject;
    public static String handler_notStrata;
    public static String job_started;
    public static String job_finished;
    public static String job_cancelled;
    public static String job_ioFailure;
    public static String job_internalError;
    public static String job_noStages;
    public static String job_report;
    public static String job_reportFailed;
    public static String job_storedPasswordRemoved;
    public static String stage_title;
    public static String stage_message;
    public static String stage_reference;
    public static String password_title;
    public static String password_heading;
    public static String password_message;
    public static String password_defaultUser;
    public static String password_label;
    public static String password_store;
    public static String password_cancelled;
    public static String forecast_job;
    public static String forecast_jobOn;
    public static String forecast_writing;
    public static String forecast_report;
    public static String forecast_ran;
    public static String forecast_hint;
    public static String forecast_counts;
    public static String forecast_failed;
    public static String forecast_passed;
    public static String deploy_job;
    public static String deploy_jobQuick;
    public static String deploy_jobTo;
    public static String deploy_jobQuickTo;
    public static String deploy_applying;
    public static String deploy_report;
    public static String deploy_done;
    public static String deploy_upToDate;
    public static String deploy_refused;
    public static String forecast_more;
    public static String deploy_counting;
    public static String deploy_notConfirmed;
    public static String deploy_confirmTitle;
    public static String deploy_confirmQuestion;
    public static String deploy_confirmNotReference;
    public static String deploy_confirmButton;
    public static String deploy_confirmUser;
    public static String status_job;
    public static String status_task;
    public static String status_upToDate;
    public static String status_pending;
    public static String connection_job;
    public static String connection_task;
    public static String connection_ok;
    public static String connection_failed;
    public static String snapshot_job;
    public static String snapshot_task;
    public static String snapshot_done;
    public static String rules_job;
    public static String rules_task;
    public static String rules_checked;
    public static String rules_errors;
    public static String rules_report;
    public static String open_job;
    public static String open_none;
    public static String open_showing;
    public static String report_empty;
    public static String report_emptyNoBrowser;
    public static String report_noBrowser;
    public static String report_openExternally;
    public static String report_noProgram;
    public static String marker_withHint;
    public static String marker_line;
    public static String marker_changeSet;
    public static String marker_forecastSource;
    public static String marker_rulesSource;

    static {
        NLS.initializeMessages("io.strata.forecast.ui.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
