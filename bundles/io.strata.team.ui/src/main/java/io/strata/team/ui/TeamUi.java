package io.strata.team.ui;

/**
 * The Team menu of Strata projects (Git through {@code io.strata.git}, CodeCommit through
 * {@code io.strata.aws}): the ids other bundles and tests refer to. This bundle gathers input and
 * shows results; the work is the engine's.
 */
public final class TeamUi {

    public static final String PLUGIN_ID = "io.strata.team.ui";

    /** Family of every Team job (Job.getJobManager().find(JOB_FAMILY)). */
    public static final Object JOB_FAMILY = TeamUi.class;

    public static final String HISTORY_VIEW_ID = PLUGIN_ID + ".historyView";

    /**
     * Marker of a change log finding after a pull or merge, on the change log file at the change
     * set's line; a sub-type of the forecast's finding marker (so it shows as a Strata finding), with
     * the attributes {@code code} (the finding's kind), {@code changeSetId}, {@code ours} and {@code theirs}.
     */
    public static final String MERGE_FINDING_MARKER = PLUGIN_ID + ".mergeFinding";
    public static final String ATTR_OURS = "ours";
    public static final String ATTR_THEIRS = "theirs";

    public static final String COMMAND_SHARE = PLUGIN_ID + ".share";
    public static final String COMMAND_COMMIT = PLUGIN_ID + ".commit";
    public static final String COMMAND_PUSH = PLUGIN_ID + ".push";
    public static final String COMMAND_PULL = PLUGIN_ID + ".pull";
    public static final String COMMAND_BRANCHES = PLUGIN_ID + ".branches";
    public static final String COMMAND_MERGE = PLUGIN_ID + ".merge";
    public static final String COMMAND_REMOTES = PLUGIN_ID + ".remotes";
    public static final String COMMAND_HISTORY = PLUGIN_ID + ".history";

    private TeamUi() {
    }
}
