package io.strata.changelog.ui.internal;

/** The words of the change log wizards, in one place. */
final class Messages {

    static final String WIZARD_TITLE = "New Change Set";
    static final String TABLE_WIZARD_TITLE = "New Table";
    static final String READING_CHANGE_LOG = "Reading the change log";
    static final String NO_STAGE = "The project has no deployment plan with a stage, so Strata does not know its tables yet; type the names.";
    static final String NO_MODEL = "The tables of the change log are not known (type the names): ";
    static final String NO_PROJECT = "Select a Strata project (its Change Log folder or a change log file) before New Change Set.";

    static final String SET_PAGE_TITLE = "Change Set";
    static final String SET_PAGE_DESCRIPTION = "Who makes the change, and where it goes. The id must be unique in the whole change log.";
    static final String ID = "&Id:";
    static final String AUTHOR = "&Author:";
    static final String LABELS = "&Labels:";
    static final String LABELS_HINT = "e.g. sprint-3 (comma separated)";
    static final String CONTEXTS = "&Contexts:";
    static final String CONTEXTS_HINT = "e.g. dev, test (empty: every stage)";
    static final String COMMENT = "Co&mment:";
    static final String TARGET = "Change &log file:";
    static final String CHECKING_IDS = "Reading the change log to check the id...";

    static final String CHANGE_PAGE_TITLE = "Change";
    static final String CHANGE_PAGE_DESCRIPTION = "Choose the kind of change and fill in its fields.";
    static final String KIND = "&Kind of change:";
    static final String TABLE = "&Table:";
    static final String COLUMN = "&Column:";
    static final String NEW_NAME = "&New name:";
    static final String NEW_TYPE = "New &type:";
    static final String COLUMN_TYPE = "Column t&ype (MySQL/MariaDB need it):";
    static final String INDEX_NAME = "Index &name:";
    static final String INDEX_COLUMNS = "Co&lumns:";
    static final String INDEX_COLUMNS_HINT = "in index order, comma separated; tick them below";
    static final String UNIQUE = "&Unique";
    static final String SELECT_ALL = "Select &All";
    static final String CONSTRAINT_NAME = "Constraint &name:";
    static final String FK_COLUMNS = "Co&lumns:";
    static final String REFERENCED_TABLE = "&Referenced table:";
    static final String REFERENCED_COLUMNS = "Referenced c&olumns:";
    static final String ON_DELETE = "On &delete:";
    static final String CASCADE = "Drop its &foreign keys too (cascade constraints)";
    static final String SQL = "&SQL:";
    static final String SCRIPTS = "&Scripts (each becomes its own change set):";
    static final String ADD_SCRIPTS = "A&dd...";
    static final String REMOVE = "&Remove";
    static final String TABLE_NOT_IN_MODEL = "not in the change log yet";

    static final String ADD_COLUMN = "Add &Column...";
    static final String EDIT_COLUMN = "&Edit...";
    static final String UP = "&Up";
    static final String DOWN = "Do&wn";
    static final String COLUMN_NAME = "Name";
    static final String COLUMN_DEFINITION = "Type and constraints";

    static final String COLUMN_DIALOG_ADD = "Add Column";
    static final String COLUMN_DIALOG_EDIT = "Edit Column";
    static final String COLUMN_DIALOG_MESSAGE = "A column of table %s.";
    static final String NAME = "&Name:";
    static final String TYPE = "&Type:";
    static final String LENGTH = "&Length:";
    static final String PRECISION = "&Precision:";
    static final String SCALE = "&Scale:";
    static final String NULLABLE = "N&ullable";
    static final String PRIMARY_KEY = "&Primary key";
    static final String UNIQUE_COLUMN = "Uni&que";
    static final String DEFAULT = "&Default:";
    static final String NOT_A_NUMBER = "%s must be a whole number.";

    static final String PREVIEW_PAGE_TITLE = "Preview";
    static final String PREVIEW_PAGE_DESCRIPTION = "What Finish appends to the change log, and the SQL Liquibase would run.";
    static final String PREVIEW_XML = "Appended to %s at line %d:";
    static final String PREVIEW_SQL = "SQL for %s (the first stage's database):";
    static final String PREVIEWING = "Making the preview";

    static final String OPERATION = "New Change Set %s";
    static final String FINISH_FAILED = "The change set was not added: %s";

    private Messages() {
    }
}
