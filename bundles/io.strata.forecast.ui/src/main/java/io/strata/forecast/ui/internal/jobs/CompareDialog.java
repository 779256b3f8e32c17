package io.strata.forecast.ui.internal.jobs;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import io.strata.forecast.ui.internal.Messages;

/**
 * Compare a stage with: another stage of the project or a schema snapshot of {@code Snapshots/};
 * optionally the differences written as change sets to a new file of the change log folder. It only
 * gathers the choice.
 */
final class CompareDialog extends Dialog {

    /** One thing to compare with: a stage (by name) or a snapshot (project-relative path). */
    record Side(String label, String stage, String snapshot) {
    }

    /** What the user chose; {@code changelogFile} is null when no change log is to be written. */
    record Choice(Side side, String changelogFile) {
    }

    private final String stage;
    private final List<Side> sides;
    private final int initial;
    private final Set<String> existingFiles;
    private Table table;
    private Button write;
    private Text file;
    private Label problem;
    private Choice choice;

    /** {@code existingFiles}: the names already in the change log folder (a new file must not overwrite one). */
    CompareDialog(Shell parent, String stage, List<Side> sides, int initial, Set<String> existingFiles) {
        super(parent);
        this.stage = stage;
        this.sides = sides;
        this.initial = initial;
        this.existingFiles = existingFiles;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    Choice choice() {
        return choice;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.compare_title, stage));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(NLS.bind(Messages.compare_intro, stage));
        GridDataFactory.fillDefaults().span(2, 1).hint(480, SWT.DEFAULT).applyTo(intro);

        table = new Table(area, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION);
        table.setData(RollbackDialog.ID_KEY, "strata.compare.sides");
        for (Side side : sides) {
            new TableItem(table, SWT.NONE).setText(side.label());
        }
        table.setSelection(initial);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(480, 140).applyTo(table);

        write = new Button(area, SWT.CHECK);
        write.setText(Messages.compare_write);
        write.setData(RollbackDialog.ID_KEY, "strata.compare.write");
        file = new Text(area, SWT.BORDER);
        file.setData(RollbackDialog.ID_KEY, "strata.compare.file");
        file.setText(defaultFileName());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(file);

        problem = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(problem);

        table.addListener(SWT.Selection, e -> changed());
        write.addListener(SWT.Selection, e -> changed());
        file.addListener(SWT.Modify, e -> changed());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.compare_button, true).setData(RollbackDialog.ID_KEY, "strata.compare.ok");
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        changed();
    }

    private String defaultFileName() {
        String base = "differences-" + stage.toLowerCase(java.util.Locale.ROOT);
        String name = base + ".xml";
        for (int i = 2; existingFiles.contains(name); i++) {
            name = base + "-" + i + ".xml";
        }
        return name;
    }

    /** Why the input cannot be used, or null. */
    private String problem() {
        if (table.getSelectionIndex() < 0) {
            return Messages.compare_pickSide;
        }
        if (!write.getSelection()) {
            return null;
        }
        return fileNameProblem(file.getText(), existingFiles::contains);
    }

    /** Why {@code name} cannot be a new change log file (null if it can): a plain name ending in .xml, not taken. */
    static String fileNameProblem(String name, Predicate<String> exists) {
        String value = name.strip();
        if (!value.matches("[A-Za-z0-9._-]+\\.xml")) {
            return Messages.compare_badFileName;
        }
        return exists.test(value) ? NLS.bind(Messages.compare_fileExists, value) : null;
    }

    private void changed() {
        file.setEnabled(write.getSelection());
        String reason = problem();
        problem.setText(reason == null ? "" : reason);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(reason == null);
        }
    }

    @Override
    protected void okPressed() {
        if (problem() != null) {
            return;
        }
        choice = new Choice(sides.get(table.getSelectionIndex()), write.getSelection() ? file.getText().strip() : null);
        super.okPressed();
    }
}
