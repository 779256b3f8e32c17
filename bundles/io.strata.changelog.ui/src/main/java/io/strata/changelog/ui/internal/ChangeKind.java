package io.strata.changelog.ui.internal;

/** The kinds of change the wizard offers, in the order of its list. */
enum ChangeKind {
    CREATE_TABLE("Create Table"),
    ADD_COLUMN("Add Column"),
    CREATE_INDEX("Create Index"),
    ADD_FOREIGN_KEY("Add Foreign Key"),
    DROP_TABLE("Drop Table"),
    DROP_COLUMN("Drop Column"),
    RENAME_TABLE("Rename Table"),
    RENAME_COLUMN("Rename Column"),
    MODIFY_TYPE("Modify Type"),
    RAW_SQL("Raw SQL"),
    SQL_SCRIPTS("Load SQL Scripts");

    final String label;

    ChangeKind(String label) {
        this.label = label;
    }
}
