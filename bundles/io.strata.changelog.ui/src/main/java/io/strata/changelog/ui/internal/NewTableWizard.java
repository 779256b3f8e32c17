package io.strata.changelog.ui.internal;

/** File > New > Table: New Change Set opened on Create Table. */
public final class NewTableWizard extends NewChangeSetWizard {

    public NewTableWizard() {
        setWindowTitle(Messages.TABLE_WIZARD_TITLE);
    }

    @Override
    protected ChangeKind initialKind() {
        return ChangeKind.CREATE_TABLE;
    }
}
