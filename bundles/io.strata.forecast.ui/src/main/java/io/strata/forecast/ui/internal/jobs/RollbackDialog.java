package io.strata.forecast.ui.internal.jobs;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;

import io.strata.forecast.ui.internal.Messages;
import io.strata.liquibase.StageOperations.RollbackTarget;

/**
 * Rollback of a stage: how far (the last N change sets, to a tag, to a date), the SQL it would run
 * (Preview, computed by a job the caller runs) and Roll Back. It only gathers the target.
 */
final class RollbackDialog extends Dialog {

    static final String ID_KEY = "strata.id";
    /** How Liquibase starts the SQL of each change set in a rollback script. */
    private static final String CHANGE_SET_COMMENT = "-- Rolling Back ChangeSet:";

    private final String stage;
    /** Computes the preview of a target off the UI thread and hands the SQL (or null on failure) to the consumer, on the UI thread. */
    private final BiConsumer<RollbackTarget, Consumer<String>> previewer;
    private Button byCount;
    private Button byTag;
    private Button byDate;
    private Spinner count;
    private Text tag;
    private DateTime date;
    private DateTime time;
    private Button preview;
    private Text sql;
    private Label problem;
    private RollbackTarget target;

    RollbackDialog(Shell parent, String stage, BiConsumer<RollbackTarget, Consumer<String>> previewer) {
        super(parent);
        this.stage = stage;
        this.previewer = previewer;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** What the user chose to roll back to, after OK. */
    RollbackTarget target() {
        return target;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.rollback_title, stage));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(NLS.bind(Messages.rollback_intro, stage));
        GridDataFactory.fillDefaults().span(3, 1).hint(720, SWT.DEFAULT).applyTo(intro);

        byCount = radio(area, Messages.rollback_byCount, "strata.rollback.byCount");
        Composite countRow = row(area);
        count = new Spinner(countRow, SWT.BORDER);
        count.setValues(1, 1, 100_000, 0, 1, 10);
        id(count, "strata.rollback.count");
        new Label(countRow, SWT.NONE).setText(Messages.rollback_changeSets);

        byTag = radio(area, Messages.rollback_byTag, "strata.rollback.byTag");
        tag = new Text(area, SWT.BORDER);
        id(tag, "strata.rollback.tag");
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(tag);

        byDate = radio(area, Messages.rollback_byDate, "strata.rollback.byDate");
        Composite dateRow = row(area);
        date = new DateTime(dateRow, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        time = new DateTime(dateRow, SWT.TIME | SWT.SHORT | SWT.BORDER);

        preview = new Button(area, SWT.PUSH);
        preview.setText(Messages.rollback_preview);
        id(preview, "strata.rollback.preview");
        GridDataFactory.swtDefaults().span(3, 1).applyTo(preview);
        preview.addListener(SWT.Selection, e -> preview());

        sql = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        sql.setFont(JFaceResources.getTextFont());
        sql.setText(Messages.rollback_noPreview);
        id(sql, "strata.rollback.sql");
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(720, 300).applyTo(sql);

        problem = new Label(area, SWT.WRAP);
        id(problem, "strata.rollback.problem");
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(problem);

        byCount.setSelection(true);
        for (Widget widget : new Widget[] { byCount, byTag, byDate }) {
            widget.addListener(SWT.Selection, e -> changed());
        }
        count.addListener(SWT.Modify, e -> changed());
        tag.addListener(SWT.Modify, e -> changed());
        date.addListener(SWT.Selection, e -> changed());
        time.addListener(SWT.Selection, e -> changed());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Button ok = createButton(parent, IDialogConstants.OK_ID, Messages.rollback_button, false);
        id(ok, "strata.rollback.ok");
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
        changed();
    }

    /** The fields of one choice, side by side in the two columns after its radio button. */
    private static Composite row(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(row);
        return row;
    }

    private Button radio(Composite parent, String text, String id) {
        Button button = new Button(parent, SWT.RADIO);
        button.setText(text);
        id(button, id);
        return button;
    }

    private static void id(Widget widget, String id) {
        widget.setData(ID_KEY, id);
    }

    /** The target the fields describe, or null with the reason shown. */
    private RollbackTarget current() {
        if (byTag.getSelection()) {
            String value = tag.getText().strip();
            if (value.isEmpty()) {
                problem.setText(Messages.rollback_needTag);
                return null;
            }
            problem.setText("");
            return RollbackTarget.tag(value);
        }
        problem.setText("");
        if (byDate.getSelection()) {
            LocalDateTime when = LocalDateTime.of(date.getYear(), date.getMonth() + 1, date.getDay(), time.getHours(), time.getMinutes());
            return RollbackTarget.date(Date.from(when.atZone(ZoneId.systemDefault()).toInstant()));
        }
        return RollbackTarget.count(count.getSelection());
    }

    private void changed() {
        count.setEnabled(byCount.getSelection());
        tag.setEnabled(byTag.getSelection());
        date.setEnabled(byDate.getSelection());
        time.setEnabled(byDate.getSelection());
        boolean valid = current() != null;
        preview.setEnabled(valid);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(valid);
        }
    }

    private void preview() {
        RollbackTarget chosen = current();
        if (chosen == null) {
            return;
        }
        preview.setEnabled(false);
        sql.setText(NLS.bind(Messages.rollback_computing, stage));
        previewer.accept(chosen, text -> {
            if (sql.isDisposed()) {
                return;
            }
            sql.setText(text == null ? Messages.rollback_previewFailed : text.isBlank() ? Messages.rollback_nothing : text);
            sql.setTopIndex(firstChangeSetLine(sql.getText()));
            preview.setEnabled(current() != null);
        });
    }

    /** The line where the first change set's SQL starts, after Liquibase's lock and header lines (0 if none). */
    private static int firstChangeSetLine(String text) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(CHANGE_SET_COMMENT)) {
                return i;
            }
        }
        return 0;
    }

    @Override
    protected void okPressed() {
        target = current();
        if (target != null) {
            super.okPressed();
        }
    }

    /** How the target reads in a sentence: "the last 2 change set(s)", "to tag v1"... */
    static String describe(RollbackTarget target) {
        if (target.tag() != null) {
            return NLS.bind(Messages.rollback_toTag, target.tag());
        }
        if (target.date() != null) {
            return NLS.bind(Messages.rollback_toDate,
                    LocalDateTime.ofInstant(target.date().toInstant(), ZoneId.systemDefault()).toString().replace('T', ' '));
        }
        return NLS.bind(Messages.rollback_lastCount, target.count());
    }
}
