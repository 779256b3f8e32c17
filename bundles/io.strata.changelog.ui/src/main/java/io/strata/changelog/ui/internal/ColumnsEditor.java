package io.strata.changelog.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import io.strata.liquibase.changeset.ColumnSpec;

/** The columns of Create Table / Add Column: a table of them with Add Column..., Edit..., Remove, Up, Down. */
final class ColumnsEditor {

    private final List<ColumnSpec> columns = new ArrayList<>();
    private final Supplier<String> tableName;
    private final Runnable changed;
    private final Table table;
    private final Button edit;
    private final Button remove;
    private final Button up;
    private final Button down;

    ColumnsEditor(Composite parent, Supplier<String> tableName, Runnable changed) {
        this.tableName = tableName;
        this.changed = changed;
        Composite composite = new Composite(parent, SWT.NONE);
        composite.setLayout(new GridLayout(2, false));
        composite.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        table = Form.id(new Table(composite, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), "columns.table");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = table.getItemHeight() * 7;
        table.setLayoutData(data);
        TableColumn nameColumn = new TableColumn(table, SWT.LEFT);
        nameColumn.setText(Messages.COLUMN_NAME);
        nameColumn.setWidth(160);
        TableColumn definition = new TableColumn(table, SWT.LEFT);
        definition.setText(Messages.COLUMN_DEFINITION);
        definition.setWidth(300);
        Composite buttons = new Composite(composite, SWT.NONE);
        buttons.setLayout(new GridLayout(1, true));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, false, false));
        button(buttons, Messages.ADD_COLUMN, "columns.add", () -> open(columns.size()));
        edit = button(buttons, Messages.EDIT_COLUMN, "columns.edit", () -> open(table.getSelectionIndex()));
        remove = button(buttons, Messages.REMOVE, "columns.remove", () -> {
            columns.remove(table.getSelectionIndex());
            refresh(Math.min(table.getSelectionIndex(), columns.size() - 1));
        });
        up = button(buttons, Messages.UP, "columns.up", () -> move(-1));
        down = button(buttons, Messages.DOWN, "columns.down", () -> move(1));
        table.addListener(SWT.Selection, e -> enable());
        table.addListener(SWT.DefaultSelection, e -> open(table.getSelectionIndex()));
        enable();
    }

    private static Button button(Composite parent, String label, String id, Runnable action) {
        Button button = Form.id(new Button(parent, SWT.PUSH), id);
        button.setText(label);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private void open(int index) {
        if (index < 0) {
            return;
        }
        ColumnDialog dialog = new ColumnDialog(table.getShell(), tableName.get(), List.copyOf(columns), index);
        if (dialog.open() == Window.OK) {
            if (index < columns.size()) {
                columns.set(index, dialog.column());
            } else {
                columns.add(dialog.column());
            }
            refresh(index);
        }
    }

    private void move(int by) {
        int i = table.getSelectionIndex();
        columns.add(i + by, columns.remove(i));
        refresh(i + by);
    }

    private void refresh(int select) {
        table.removeAll();
        for (ColumnSpec c : columns) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { c.name(), c.summary() });
        }
        if (select >= 0 && select < columns.size()) {
            table.setSelection(select);
        }
        enable();
        changed.run();
    }

    private void enable() {
        int i = table.getSelectionIndex();
        edit.setEnabled(i >= 0);
        remove.setEnabled(i >= 0);
        up.setEnabled(i > 0);
        down.setEnabled(i >= 0 && i < columns.size() - 1);
    }

    List<ColumnSpec> columns() {
        return List.copyOf(columns);
    }
}
