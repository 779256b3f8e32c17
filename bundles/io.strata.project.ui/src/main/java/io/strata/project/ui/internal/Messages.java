package io.strata.project.ui.internal;

/** The words of the project and stage wizards, in one place. */
final class Messages {

    static final String PROJECT_WIZARD_TITLE = "New Strata Project";
    static final String PROJECT_PAGE_TITLE = "Strata Project";
    static final String PROJECT_PAGE_DESCRIPTION = "The project's name and folder, and the name of its deployment plan.";
    static final String PROJECT_NAME = "Project &name:";
    static final String DEFAULT_LOCATION = "Use the &default location (the workspace)";
    static final String LOCATION = "&Location:";
    static final String BROWSE = "B&rowse...";
    static final String PLAN_NAME = "Deployment &plan:";
    static final String PLAN_HINT = "the pipeline of stages, e.g. DEV -> TEST -> PROD";
    static final String PROJECT_EXISTS = "The workspace already has a project named '%s'.";
    static final String NO_LOCATION = "Give the project's folder.";

    static final String STAGE_WIZARD_TITLE = "New Stage";
    static final String FIRST_STAGE_PAGE_TITLE = "First Stage";
    static final String FIRST_STAGE_PAGE_DESCRIPTION = "The reference database (DEV/CI): Strata baselines it and compares the other stages with it. Press Test Connection before Finish.";
    static final String STAGE_PAGE_TITLE = "Stage";
    static final String STAGE_PAGE_DESCRIPTION = "A database added at the end of the plan's pipeline. Press Test Connection before Finish.";
    static final String PLAN = "Deployment &plan:";
    static final String STAGE_NAME = "&Stage name:";
    static final String TYPE = "Database &type:";
    static final String URL = "JDBC &URL:";
    static final String URL_HINT = "${project.dir} is the project's folder; .strata/ is not versioned";
    static final String HOST = "&Host:";
    static final String PORT = "P&ort:";
    static final String DATABASE = "&Database:";
    static final String ORACLE_SID = "S&ID";
    static final String ORACLE_SERVICE = "Ser&vice name";
    static final String ORACLE_NAME = "SID or ser&vice:";
    static final String USER = "Us&er:";
    static final String PASSWORD = "Pass&word:";
    static final String PASSWORD_HINT = "kept in Eclipse secure storage, never in the project's files";
    static final String TEST = "Test &Connection";
    static final String TESTING = "Connecting to %s...";
    static final String TEST_JOB = "Test Connection to %s";
    static final String TEST_OK = "Connected to %s %s as %s (%d ms).";
    static final String TEST_FAILED = "%s: %s";
    static final String PORT_NOT_A_NUMBER = "The port must be a number between 1 and 65535, not '%s'.";
    static final String DUPLICATE_STAGE = "The plan already has a stage named '%s' (%s, line %d); choose another name.";

    static final String NO_PROJECT = "Select a Strata project (or its Deployment Plans folder) before New Stage.";
    static final String NOT_READABLE = "The project's files cannot be read: %s";
    static final String CREATING = "Creating the Strata project %s";
    static final String NOT_CREATED = "The project was not created: %s";
    static final String NOT_ADDED = "The stage was not added: %s";

    static final String READING_STAGES = "Reading the stages of the Strata projects";
    static final String COLUMN_PROJECT = "Project";
    static final String COLUMN_PLAN = "Plan";
    static final String COLUMN_STAGE = "Stage";
    static final String COLUMN_TYPE = "Type";
    static final String COLUMN_ADDRESS = "Host / URL";
    static final String COLUMN_USER = "User";
    static final String COLUMN_LAST_TEST = "Last Test Connection";
    static final String ACTION_TEST = "&Test Connection";
    static final String ACTION_EDIT = "&Edit";
    static final String ACTION_DUPLICATE = "D&uplicate...";
    static final String ACTION_DELETE = "&Delete...";
    static final String DUPLICATE_TITLE = "Duplicate Stage";
    static final String DUPLICATE_PROMPT = "Name of the copy of stage %s, added at the end of the plan '%s':";
    static final String DUPLICATE_NO_NAME = "Give the new stage a name.";
    static final String DELETE_TITLE = "Delete Stage";
    static final String DELETE_PROMPT = "Remove stage %s from %s of project %s? Its lines are deleted from the plan file; the rest of the file stays as it is. The database itself is not touched.";
    static final String NOT_DELETED = "The stage was not removed: %s";

    static final String CATEGORY_STAGE = "Stage";
    static final String CATEGORY_CONNECTION = "Connection";
    static final String CATEGORY_DEPLOYMENT = "Deployment";
    static final String CATEGORY_CHANGE_SET = "Change Set";
    static final String CATEGORY_CHANGE = "Change";

    private Messages() {
    }
}
