package io.strata.team.ui.internal.dialogs;

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

/** Asks for the user name and password (or token) of an HTTPS remote, and whether to keep them in secure storage. */
public final class CredentialsDialog extends TitleAreaDialog {

    public record Answer(String user, char[] password, boolean store) {
    }

    private final String url;
    private Text user;
    private Text password;
    private Button store;
    private Answer answer;

    public CredentialsDialog(Shell parent, String url) {
        super(parent);
        this.url = url;
    }

    /** Opens the dialog; the answer, or null when cancelled. */
    public Answer ask() {
        return open() == OK ? answer : null;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.credentials_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.credentials_heading);
        setMessage(NLS.bind(Messages.credentials_message, url));
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        new Label(body, SWT.NONE).setText(Messages.credentials_user);
        user = new Text(body, SWT.BORDER);
        user.setData(Ids.KEY, "strata.team.credentials.user");
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(user);
        new Label(body, SWT.NONE).setText(Messages.credentials_password);
        password = new Text(body, SWT.BORDER | SWT.PASSWORD);
        password.setData(Ids.KEY, "strata.team.credentials.password");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(password);
        store = new Button(body, SWT.CHECK);
        store.setData(Ids.KEY, "strata.team.credentials.store");
        store.setText(Messages.credentials_store);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(store);
        return area;
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.OK_ID) {
            answer = new Answer(user.getText().strip(), password.getText().toCharArray(), store.getSelection());
        }
        super.buttonPressed(buttonId);
    }
}
