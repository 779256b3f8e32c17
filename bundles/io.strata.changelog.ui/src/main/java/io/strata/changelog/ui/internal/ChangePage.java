package io.strata.changelog.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import io.strata.liquibase.changeset.ChangeLogIds;
import io.strata.liquibase.changeset.ChangeSpec;
import io.strata.liquibase.changeset.ColumnTypes;
import io.strata.liquibase.changeset.Problem;

/**
 * Page 2: the kind of change and its fields. Tables and columns come from the change log's model
 * when it is known (read in the background); any name can be typed.
 */
final class ChangePage extends WizardPage {

    private final NewChangeSetWizard wizard;
    private final ChangeKind initialKind;
    private final Map<ChangeKind, Editor> editors = new EnumMap<>(ChangeKind.class);
    private final List<Runnable> onTables = new ArrayList<>();
    private Combo kind;
    private StackLayout stack;
    private Composite stackParent;
    private boolean touched;

    ChangePage(NewChangeSetWizard wizard, ChangeKind initialKind) {
        super("change");
        this.wizard = wizard;
        this.initialKind = initialKind;
        setTitle(Messages.CHANGE_PAGE_TITLE);
        setDescription(Messages.CHANGE_PAGE_DESCRIPTION);
        setPageComplete(false);
    }

    /** The fields of one kind of change. */
    private interface Editor {
        Composite control();

        ChangeSpec change();
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));
        Form top = new Form(page, () -> { });
        top.composite.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        top.label(Messages.KIND);
        kind = Form.id(new Combo(top.composite, SWT.READ_ONLY | SWT.DROP_DOWN), "change.kind");
        kind.setItems(Arrays.stream(ChangeKind.values()).map(k -> k.label).toArray(String[]::new));
        kind.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        stackParent = new Composite(page, SWT.NONE);
        stackParent.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        stack = new StackLayout();
        stackParent.setLayout(stack);
        for (ChangeKind k : ChangeKind.values()) {
            editors.put(k, create(k, stackParent));
        }
        kind.addListener(SWT.Selection, e -> {
            stack.topControl = editors.get(selectedKind()).control();
            stackParent.layout();
            changed();
        });
        kind.select(initialKind == null ? 0 : initialKind.ordinal());
        stack.topControl = editors.get(selectedKind()).control();
        setControl(page);
        wizard.onFacts(facts -> {
            if (!kind.isDisposed()) {
                onTables.forEach(Runnable::run);
                if (facts.problem() != null && facts.tables().isEmpty()) {
                    setMessage(facts.problem(), IMessageProvider.WARNING);
                }
            }
        });
    }

    private ChangeKind selectedKind() {
        return ChangeKind.values()[Math.max(0, kind.getSelectionIndex())];
    }

    /** The change as entered, or null before the page exists. */
    ChangeSpec change() {
        return kind == null ? null : editors.get(selectedKind()).change();
    }

    private void changed() {
        touched = true;
        validate();
    }

    private void validate() {
        ChangeLogFacts facts = wizard.facts();
        List<Problem> problems = wizard.operation().validate(facts == null ? ChangeLogIds.NONE : facts.ids());
        Problem problem = NewChangeSetWizard.firstProblem(problems, "changes");
        setErrorMessage(touched && problem != null ? problem.message() : null);
        setPageComplete(problem == null);
    }

    // ----- the model ---------------------------------------------------------------------------

    private List<String> tables() {
        ChangeLogFacts facts = wizard.facts();
        return facts == null ? List.of() : new ArrayList<>(facts.tables().keySet());
    }

    private List<String> columnsOf(String table) {
        ChangeLogFacts facts = wizard.facts();
        if (facts == null || table == null) {
            return List.of();
        }
        for (Map.Entry<String, List<String>> e : facts.tables().entrySet()) {
            if (e.getKey().equalsIgnoreCase(table.strip())) {
                return e.getValue();
            }
        }
        return List.of();
    }

    /** A combo of the model's tables, refilled when the model arrives. */
    private Combo tableCombo(Form form, String label, String id) {
        Combo combo = form.combo(label, id, tables());
        onTables.add(() -> Form.items(combo, tables()));
        return combo;
    }

    /** A combo of the columns of the table in {@code table}, refilled when that table changes. */
    private Combo columnCombo(Form form, String label, String id, Combo table) {
        Combo combo = form.combo(label, id, List.of());
        Runnable fill = () -> Form.items(combo, columnsOf(table.getText()));
        table.addModifyListener(e -> fill.run());
        onTables.add(fill);
        return combo;
    }

    private static List<String> names(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    // ----- one editor per kind -----------------------------------------------------------------

    private Editor create(ChangeKind k, Composite parent) {
        Form form = new Form(parent, this::changed);
        Composite c = form.composite;
        return switch (k) {
            case CREATE_TABLE -> {
                Text table = form.text(Messages.TABLE, "createTable.table");
                ColumnsEditor columns = new ColumnsEditor(c, table::getText, this::changed);
                yield editor(c, () -> new ChangeSpec.CreateTable(table.getText(), columns.columns()));
            }
            case ADD_COLUMN -> {
                Combo table = tableCombo(form, Messages.TABLE, "addColumn.table");
                ColumnsEditor columns = new ColumnsEditor(c, table::getText, this::changed);
                yield editor(c, () -> new ChangeSpec.AddColumn(table.getText(), columns.columns()));
            }
            case CREATE_INDEX -> createIndex(form);
            case ADD_FOREIGN_KEY -> {
                Text name = form.text(Messages.CONSTRAINT_NAME, "foreignKey.name");
                Combo table = tableCombo(form, Messages.TABLE, "foreignKey.table");
                Text columns = form.text(Messages.FK_COLUMNS, "foreignKey.columns");
                Combo referenced = tableCombo(form, Messages.REFERENCED_TABLE, "foreignKey.referencedTable");
                Text referencedColumns = form.text(Messages.REFERENCED_COLUMNS, "foreignKey.referencedColumns");
                Combo onDelete = form.combo(Messages.ON_DELETE, "foreignKey.onDelete",
                        List.of("", "CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT", "NO ACTION"));
                yield editor(c, () -> new ChangeSpec.AddForeignKey(name.getText(), table.getText(), names(columns.getText()),
                        referenced.getText(), names(referencedColumns.getText()), onDelete.getText()));
            }
            case DROP_TABLE -> {
                Combo table = tableCombo(form, Messages.TABLE, "dropTable.table");
                Button cascade = form.check(Messages.CASCADE, "dropTable.cascade");
                yield editor(c, () -> new ChangeSpec.DropTable(table.getText(), cascade.getSelection()));
            }
            case DROP_COLUMN -> {
                Combo table = tableCombo(form, Messages.TABLE, "dropColumn.table");
                Combo column = columnCombo(form, Messages.COLUMN, "dropColumn.column", table);
                yield editor(c, () -> new ChangeSpec.DropColumn(table.getText(), column.getText()));
            }
            case RENAME_TABLE -> {
                Combo table = tableCombo(form, Messages.TABLE, "renameTable.table");
                Text newName = form.text(Messages.NEW_NAME, "renameTable.newName");
                yield editor(c, () -> new ChangeSpec.RenameTable(table.getText(), newName.getText()));
            }
            case RENAME_COLUMN -> {
                Combo table = tableCombo(form, Messages.TABLE, "renameColumn.table");
                Combo column = columnCombo(form, Messages.COLUMN, "renameColumn.column", table);
                Text newName = form.text(Messages.NEW_NAME, "renameColumn.newName");
                Combo type = form.combo(Messages.COLUMN_TYPE, "renameColumn.type", ColumnTypes.COMMON);
                yield editor(c, () -> new ChangeSpec.RenameColumn(table.getText(), column.getText(), newName.getText(), type.getText()));
            }
            case MODIFY_TYPE -> {
                Combo table = tableCombo(form, Messages.TABLE, "modifyType.table");
                Combo column = columnCombo(form, Messages.COLUMN, "modifyType.column", table);
                Combo type = form.combo(Messages.NEW_TYPE, "modifyType.type", ColumnTypes.COMMON);
                yield editor(c, () -> new ChangeSpec.ModifyType(table.getText(), column.getText(), type.getText()));
            }
            case RAW_SQL -> {
                Text sql = form.multiText(Messages.SQL, "rawSql.sql", 12);
                yield editor(c, () -> new ChangeSpec.RawSql(sql.getText()));
            }
            case SQL_SCRIPTS -> sqlScripts(form);
        };
    }

    private static Editor editor(Composite control, java.util.function.Supplier<ChangeSpec> change) {
        return new Editor() {
            @Override
            public Composite control() {
                return control;
            }

            @Override
            public ChangeSpec change() {
                return change.get();
            }
        };
    }

    /** Create Index: the table, then its columns ticked in a list (or typed), in index order. */
    private Editor createIndex(Form form) {
        Combo table = tableCombo(form, Messages.TABLE, "createIndex.table");
        Text name = form.text(Messages.INDEX_NAME, "createIndex.name");
        Text columns = form.text(Messages.INDEX_COLUMNS, "createIndex.columns");
        form.hint(Messages.INDEX_COLUMNS_HINT);
        Button unique = form.check(Messages.UNIQUE, "createIndex.unique");
        form.label("");
        Table list = Form.id(new Table(form.composite, SWT.BORDER | SWT.CHECK | SWT.V_SCROLL), "createIndex.columnList");
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = list.getItemHeight() * 6;
        list.setLayoutData(data);
        form.label("");
        Button all = Form.id(new Button(form.composite, SWT.PUSH), "createIndex.selectAll");
        all.setText(Messages.SELECT_ALL);
        boolean[] typedName = { false };
        Runnable tickedToText = () -> {
            List<String> ticked = new ArrayList<>(names(columns.getText()));
            for (TableItem item : list.getItems()) {
                if (item.getChecked() && ticked.stream().noneMatch(item.getText()::equalsIgnoreCase)) {
                    ticked.add(item.getText());
                }
                if (!item.getChecked()) {
                    ticked.removeIf(item.getText()::equalsIgnoreCase);
                }
            }
            columns.setText(String.join(", ", ticked));
        };
        Runnable fill = () -> {
            list.removeAll();
            List<String> typed = names(columns.getText());
            for (String column : columnsOf(table.getText())) {
                TableItem item = new TableItem(list, SWT.NONE);
                item.setText(column);
                item.setChecked(typed.stream().anyMatch(column::equalsIgnoreCase));
            }
        };
        table.addModifyListener(e -> {
            fill.run();
            if (!typedName[0]) {
                name.setText(table.getText().isBlank() ? "" : "IDX_" + table.getText().strip());
            }
        });
        name.addListener(SWT.KeyDown, e -> typedName[0] = true);
        onTables.add(fill);
        list.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK) {
                tickedToText.run();
            }
        });
        all.addListener(SWT.Selection, e -> {
            for (TableItem item : list.getItems()) {
                item.setChecked(true);
            }
            tickedToText.run();
        });
        return editor(form.composite, () -> new ChangeSpec.CreateIndex(table.getText(), name.getText(), names(columns.getText()),
                unique.getSelection()));
    }

    /** Load SQL Scripts: files of the project, each its own change set. */
    private Editor sqlScripts(Form form) {
        form.label(Messages.SCRIPTS).setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1));
        org.eclipse.swt.widgets.List files = Form.id(new org.eclipse.swt.widgets.List(form.composite, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL),
                "sqlScripts.files");
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        data.heightHint = files.getItemHeight() * 8;
        files.setLayoutData(data);
        Composite buttons = new Composite(form.composite, SWT.NONE);
        buttons.setLayout(new GridLayout(2, true));
        Button add = Form.id(new Button(buttons, SWT.PUSH), "sqlScripts.add");
        add.setText(Messages.ADD_SCRIPTS);
        Button remove = Form.id(new Button(buttons, SWT.PUSH), "sqlScripts.remove");
        remove.setText(Messages.REMOVE);
        add.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
            dialog.setFilterExtensions(new String[] { "*.sql", "*" });
            dialog.setFilterPath(wizard.strataProject().dir().toString());
            if (dialog.open() != null) {
                for (String file : dialog.getFileNames()) {
                    files.add(Path.of(dialog.getFilterPath(), file).toString());
                }
                changed();
            }
        });
        remove.addListener(SWT.Selection, e -> {
            files.remove(files.getSelectionIndices());
            changed();
        });
        return editor(form.composite, () -> new ChangeSpec.SqlScripts(Arrays.stream(files.getItems()).map(Path::of).toList()));
    }
}
