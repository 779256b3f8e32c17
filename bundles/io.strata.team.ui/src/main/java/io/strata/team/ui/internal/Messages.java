package io.strata.team.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The messages of io.strata.team.ui (in messages.properties), in one place for review and translation. */
public final class Messages extends NLS {

    public static String handler_title;
    public static String handler_noProject;
    public static String job_started;
    public static String job_failed;
    public static String job_cancelled;
    public static String job_internalError;
    public static String job_refresh;
    public static String author_title;
    public static String author_message;
    public static String author_empty;
    public static String share_job;
    public static String share_done;
    public static String commit_title;
    public static String commit_heading;
    public static String commit_files;
    public static String commit_selectAll;
    public static String commit_file;
    public static String commit_state;
    public static String commit_message;
    public static String commit_button;
    public static String commit_nothing;
    public static String commit_noFile;
    public static String commit_noMessage;
    public static String commit_ready;
    public static String commit_readJob;
    public static String commit_job;
    public static String commit_done;
    public static String push_job;
    public static String pull_title;
    public static String pull_question;
    public static String pull_merge;
    public static String pull_rebase;
    public static String pull_cancel;
    public static String pull_job;
    public static String branches_title;
    public static String branches_heading;
    public static String branches_message;
    public static String branches_current;
    public static String branches_newName;
    public static String branches_create;
    public static String branches_switch;
    public static String branches_alreadyOn;
    public static String branches_invalidName;
    public static String branches_exists;
    public static String branches_readJob;
    public static String branches_createJob;
    public static String branches_created;
    public static String branches_switchJob;
    public static String branches_switched;
    public static String merge_title;
    public static String merge_heading;
    public static String merge_message;
    public static String merge_noOther;
    public static String merge_button;
    public static String merge_job;
    public static String remotes_title;
    public static String remotes_heading;
    public static String remotes_gitUrl;
    public static String remotes_url;
    public static String remotes_codeCommit;
    public static String remotes_region;
    public static String remotes_repository;
    public static String remotes_profile;
    public static String remotes_defaultChain;
    public static String remotes_list;
    public static String remotes_create;
    public static String remotes_set;
    public static String remotes_noUrl;
    public static String remotes_noRepository;
    public static String remotes_gitMessage;
    public static String remotes_codeCommitMessage;
    public static String remotes_listing;
    public static String remotes_listJob;
    public static String remotes_listed;
    public static String remotes_noneListed;
    public static String remotes_creating;
    public static String remotes_createJob;
    public static String remotes_created;
    public static String remotes_description;
    public static String remotes_readJob;
    public static String remotes_job;
    public static String remotes_done;
    public static String credentials_title;
    public static String credentials_heading;
    public static String credentials_message;
    public static String credentials_user;
    public static String credentials_password;
    public static String credentials_store;
    public static String credentials_cancelled;
    public static String credentials_removed;
    public static String results_title;
    public static String results_conflicts;
    public static String results_findings;
    public static String results_kind;
    public static String results_changeSet;
    public static String results_ours;
    public static String results_theirs;
    public static String results_fix;
    public static String results_markers;
    public static String marker_message;
    public static String marker_source;
    public static String marker_location;
    public static String history_title;
    public static String history_none;
    public static String history_reading;
    public static String history_closed;
    public static String history_heading;
    public static String history_id;
    public static String history_message;
    public static String history_author;
    public static String history_date;
    public static String history_refresh;
    public static String history_refreshTip;
    public static String history_job;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
