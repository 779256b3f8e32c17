package io.strata.team.ui.internal.dialogs;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import io.strata.git.ProjectGit.FileChange;
import io.strata.git.ProjectGit.ProjectChanges;
import io.strata.team.ui.internal.Messages;

/**
 * Commit...: the project's changed files with their state, each with a check box, and the message; when the
 * Git repository is above the project, a note says how many changes of the repository outside the project's
 * folder are not shown (they are not committed either). Commit is
 * enabled once a file is checked and a message typed; the dialog says which is missing.
 */
public final class CommitDialog extends TitleAreaDialog {

    /** The files to commit (paths relative to the repository) and the message. */
    public record Answer(List<String> paths, String message) {
    }

    private final String projectName;
    private final String branch;
    private final List<FileChange> changes;
    private final int elsewhere;
    private final String folder;
    private Table files;
    private Text message;
    private Answer answer;

    /** @param changes the project's changes, and how many of the repository outside its folder are not shown */
    public CommitDialog(Shell parent, String projectName, String branch, ProjectChanges changes) {
        super(parent);
        this.projectName = projectName;
        this.branch = branch;
        this.changes = changes.files();
        this.elsewhere = changes.elsewhere();
        this.folder = changes.folder();
    }

    /** Opens the dialog; what to commit, or null when cancelled. */
    public Answer ask() {
        return open() == Window.OK ? answer : null;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.commit_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(NLS.bind(Messages.commit_heading, projectName, branch));
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

        Label filesLabel = new Label(body, SWT.NONE);
        filesLabel.setText(NLS.bind(Messages.commit_files, changes.size()));
        Button selectAll = new Button(body, SWT.PUSH);
        selectAll.setText(Messages.commit_selectAll);
        selectAll.setData(Ids.KEY, "strata.team.commit.selectAll");
        GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).applyTo(selectAll);

        files = new Table(body, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        files.setData(Ids.KEY, "strata.team.commit.files");
        files.setHeaderVisible(true);
        TableColumn path = new TableColumn(files, SWT.LEFT);
        path.setText(Messages.commit_file);
        path.setWidth(420);
        TableColumn state = new TableColumn(files, SWT.LEFT);
        state.setText(Messages.commit_state);
        state.setWidth(120);
        for (FileChange change : changes) {
            TableItem item = new TableItem(files, SWT.NONE);
            item.setText(new String[] { change.path(), change.change().name().toLowerCase(java.util.Locale.ROOT) });
            item.setData(change);
        }
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(560, 180).applyTo(files);
        if (elsewhere > 0) {
            Label note = new Label(body, SWT.WRAP);
            note.setData(Ids.KEY, "strata.team.commit.elsewhere");
            note.setText(NLS.bind(Messages.commit_elsewhere, elsewhere, folder));
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(560, SWT.DEFAULT).applyTo(note);
        }
        files.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK) {
                validate();
            }
        });
        selectAll.addListener(SWT.Selection, e -> {
            boolean all = checked().size() < changes.size();
            for (TableItem item : files.getItems()) {
                item.setChecked(all);
            }
            validate();
        });

        Label messageLabel = new Label(body, SWT.NONE);
        messageLabel.setText(Messages.commit_message);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(messageLabel);
        message = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        message.setData(Ids.KEY, "strata.team.commit.message");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(560, 70).applyTo(message);
        message.addListener(SWT.Modify, e -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.commit_button, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    private List<String> checked() {
        List<String> paths = new ArrayList<>();
        for (TableItem item : files.getItems()) {
            if (item.getChecked()) {
                paths.add(((FileChange) item.getData()).path());
            }
        }
        return paths;
    }

    private void validate() {
        Button commit = getButton(IDialogConstants.OK_ID);
        if (commit == null) {
            return;
        }
        String problem = null;
        if (changes.isEmpty()) {
            problem = Messages.commit_nothing;
        } else if (checked().isEmpty()) {
            problem = Messages.commit_noFile;
        } else if (message.getText().isBlank()) {
            problem = Messages.commit_noMessage;
        }
        setMessage(problem == null ? NLS.bind(Messages.commit_ready, checked().size()) : problem);
        commit.setEnabled(problem == null);
    }

    @Override
    protected void okPressed() {
        answer = new Answer(checked(), message.getText().strip());
        super.okPressed();
    }

    @Override
    protected boolean isResizable() {
        return true;
    }
}
