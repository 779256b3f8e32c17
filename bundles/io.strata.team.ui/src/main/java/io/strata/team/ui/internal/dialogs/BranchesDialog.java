package io.strata.team.ui.internal.dialogs;

import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.strata.team.ui.internal.Messages;

/**
 * Branches... (the branches, the current one marked; create one and switch to it, or switch to
 * another) and Merge... (pick the branch to merge into the current one).
 */
public final class BranchesDialog extends TitleAreaDialog {

    /** What the user chose: create (and switch to) a new branch, switch, or merge {@code branch}. */
    public enum Action { CREATE, SWITCH, MERGE }

    public record Answer(Action action, String branch) {
    }

    private static final int CREATE_ID = IDialogConstants.CLIENT_ID + 1;
    /** Letters, digits, '-', '_', '/' and '.' as Git allows them in a branch name (no spaces, no '..'). */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._/-]+");

    private final String projectName;
    private final List<String> branches;
    private final String current;
    private final boolean merge;
    private org.eclipse.swt.widgets.List list;
    private Text newName;
    private Answer answer;

    private BranchesDialog(Shell parent, String projectName, List<String> branches, String current, boolean merge) {
        super(parent);
        this.projectName = projectName;
        this.branches = branches;
        this.current = current;
        this.merge = merge;
    }

    /** Branches...: create and switch, or switch; null when cancelled. */
    public static Answer branches(Shell parent, String projectName, List<String> branches, String current) {
        BranchesDialog dialog = new BranchesDialog(parent, projectName, branches, current, false);
        return dialog.open() == OK ? dialog.answer : null;
    }

    /** Merge...: the branch to merge into the current one; null when cancelled. */
    public static Answer merge(Shell parent, String projectName, List<String> branches, String current) {
        BranchesDialog dialog = new BranchesDialog(parent, projectName, branches.stream().filter(b -> !b.equals(current)).toList(), current, true);
        return dialog.open() == OK ? dialog.answer : null;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(merge ? Messages.merge_title : Messages.branches_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(NLS.bind(merge ? Messages.merge_heading : Messages.branches_heading, projectName, current));
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        list = new org.eclipse.swt.widgets.List(body, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        list.setData(Ids.KEY, "strata.team.branches.list");
        for (String branch : branches) {
            list.add(branch.equals(current) ? NLS.bind(Messages.branches_current, branch) : branch);
        }
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(360, 150).applyTo(list);
        // A first choice, as GTK's list would make one on focus anyway: the current branch, or the first one to merge.
        list.select(merge ? 0 : branches.indexOf(current));
        list.addListener(SWT.Selection, e -> validate());
        list.addListener(SWT.DefaultSelection, e -> {
            if (getButton(IDialogConstants.OK_ID).isEnabled()) {
                okPressed();
            }
        });
        if (!merge) {
            new Label(body, SWT.NONE).setText(Messages.branches_newName);
            newName = new Text(body, SWT.BORDER);
            newName.setData(Ids.KEY, "strata.team.branches.newName");
            GridDataFactory.fillDefaults().grab(true, false).applyTo(newName);
            newName.addListener(SWT.Modify, e -> validate());
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        if (!merge) {
            createButton(parent, CREATE_ID, Messages.branches_create, false);
        }
        createButton(parent, IDialogConstants.OK_ID, merge ? Messages.merge_button : Messages.branches_switch, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    private String selected() {
        int index = list.getSelectionIndex();
        return index < 0 ? null : branches.get(index);
    }

    private void validate() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok == null) {
            return;
        }
        String chosen = selected();
        ok.setEnabled(chosen != null && !chosen.equals(current));
        String problem = null;
        if (merge && branches.isEmpty()) {
            problem = Messages.merge_noOther;
        } else if (chosen != null && chosen.equals(current)) {
            problem = NLS.bind(Messages.branches_alreadyOn, current);
        }
        if (!merge) {
            String name = newName.getText().strip();
            boolean valid = NAME.matcher(name).matches() && !name.contains("..") && !name.endsWith("/") && !name.endsWith(".lock");
            boolean exists = branches.contains(name);
            getButton(CREATE_ID).setEnabled(valid && !exists);
            if (!name.isEmpty() && !valid) {
                problem = NLS.bind(Messages.branches_invalidName, name);
            } else if (exists) {
                problem = NLS.bind(Messages.branches_exists, name);
            }
        }
        if (problem != null) {
            setErrorMessage(problem);
        } else {
            setErrorMessage(null);
            setMessage(merge ? Messages.merge_message : Messages.branches_message);
        }
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == CREATE_ID) {
            answer = new Answer(Action.CREATE, newName.getText().strip());
            setReturnCode(OK);
            close();
            return;
        }
        super.buttonPressed(buttonId);
    }

    @Override
    protected void okPressed() {
        answer = new Answer(merge ? Action.MERGE : Action.SWITCH, selected());
        super.okPressed();
    }

    @Override
    protected boolean isResizable() {
        return true;
    }
}
