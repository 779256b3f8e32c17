package io.strata.changelog.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.strata.liquibase.changeset.ColumnSpec;
import io.strata.liquibase.changeset.ColumnTypes;
import io.strata.liquibase.changeset.Problem;

/** Add Column... / Edit...: one column (name, type, size, nullable, primary key, unique, default). */
final class ColumnDialog extends TitleAreaDialog {

    private final String tableName;
    private final List<ColumnSpec> others;
    private final int index;
    private ColumnSpec column;

    private Text name;
    private Combo type;
    private Label sizeLabel;
    private Text size;
    private Text scale;
    private Button nullable;
    private Button primaryKey;
    private Button unique;
    private Text defaultValue;

    /**
     * @param columns the table's columns
     * @param index the column edited, or {@code columns.size()} for a new one
     */
    ColumnDialog(Shell parent, String tableName, List<ColumnSpec> columns, int index) {
        super(parent);
        this.tableName = tableName;
        this.others = columns;
        this.index = index;
        this.column = index < columns.size() ? columns.get(index) : ColumnSpec.of("", "VARCHAR").withSize(100, null);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(index < others.size() ? Messages.COLUMN_DIALOG_EDIT : Messages.COLUMN_DIALOG_ADD);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(index < others.size() ? Messages.COLUMN_DIALOG_EDIT : Messages.COLUMN_DIALOG_ADD);
        setMessage(String.format(Messages.COLUMN_DIALOG_MESSAGE, tableName == null || tableName.isBlank() ? "?" : tableName.strip()));
        Form form = new Form(area, this::validate);
        form.composite.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        name = form.text(Messages.NAME, "column.name");
        type = form.combo(Messages.TYPE, "column.type", ColumnTypes.COMMON);
        sizeLabel = form.label(Messages.LENGTH);
        size = Form.id(new Text(form.composite, SWT.BORDER), "column.size");
        size.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        size.addModifyListener(e -> validate());
        scale = form.text(Messages.SCALE, "column.scale");
        nullable = form.check(Messages.NULLABLE, "column.nullable");
        primaryKey = form.check(Messages.PRIMARY_KEY, "column.primaryKey");
        unique = form.check(Messages.UNIQUE_COLUMN, "column.unique");
        defaultValue = form.text(Messages.DEFAULT, "column.default");

        name.setText(column.name());
        type.setText(column.type());
        size.setText(column.size() == null ? "" : column.size().toString());
        scale.setText(column.scale() == null ? "" : column.scale().toString());
        nullable.setSelection(column.nullable());
        primaryKey.setSelection(column.primaryKey());
        unique.setSelection(column.unique());
        defaultValue.setText(column.defaultValue() == null ? "" : column.defaultValue());
        name.setFocus();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private void validate() {
        if (defaultValue == null || getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        ColumnTypes.Size kind = ColumnTypes.size(type.getText());
        sizeLabel.setText(kind == ColumnTypes.Size.PRECISION ? Messages.PRECISION : Messages.LENGTH);
        size.setEnabled(kind != ColumnTypes.Size.NONE);
        scale.setEnabled(kind == ColumnTypes.Size.PRECISION);
        nullable.setEnabled(!primaryKey.getSelection());
        String error = null;
        Integer sizeValue = null;
        Integer scaleValue = null;
        try {
            sizeValue = number(size, Messages.LENGTH);
            scaleValue = number(scale, Messages.SCALE);
        } catch (IllegalArgumentException e) {
            error = e.getMessage();
        }
        ColumnSpec edited = new ColumnSpec(name.getText(), type.getText(), sizeValue, scaleValue,
                nullable.getSelection() && !primaryKey.getSelection(), primaryKey.getSelection(), unique.getSelection(),
                defaultValue.getText().isEmpty() ? null : defaultValue.getText());
        if (error == null) {
            List<ColumnSpec> all = new ArrayList<>(others);
            if (index < all.size()) {
                all.set(index, edited);
            } else {
                all.add(edited);
            }
            List<Problem> problems = ColumnSpec.problemsOf(all, index);
            error = problems.isEmpty() ? null : problems.get(0).message();
        }
        column = edited;
        setErrorMessage(error);
        getButton(IDialogConstants.OK_ID).setEnabled(error == null);
    }

    private static Integer number(Text text, String label) {
        if (!text.isEnabled() || text.getText().isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.getText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(String.format(Messages.NOT_A_NUMBER, label.replace("&", "").replace(":", "")));
        }
    }

    /** The column as entered (after OK). */
    ColumnSpec column() {
        return column;
    }
}
