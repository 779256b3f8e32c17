package io.strata.forecast.ui.internal.credentials;

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
import org.eclipse.swt.widgets.Text;

import io.strata.core.project.Stage;
import io.strata.forecast.ui.internal.Messages;

/** Asks for a stage's password, and whether to keep it in Eclipse secure storage. */
final class PasswordDialog extends TitleAreaDialog {

    record Answer(char[] password, boolean store) {
    }

    private final String projectName;
    private final Stage stage;
    private Text password;
    private Button store;
    private Answer answer;

    PasswordDialog(Shell parent, String projectName, Stage stage) {
        super(parent);
        this.projectName = projectName;
        this.stage = stage;
    }

    /** Opens the dialog; the answer, or null when cancelled. */
    Answer ask() {
        return open() == Window.OK ? answer : null;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.password_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(NLS.bind(Messages.password_heading, stage.name()));
        String user = stage.connection().user() == null ? Messages.password_defaultUser : stage.connection().user();
        setMessage(NLS.bind(Messages.password_message, new Object[] { user, stage.connection().jdbcUrl(), projectName }));
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        new Label(body, SWT.NONE).setText(Messages.password_label);
        password = new Text(body, SWT.BORDER | SWT.PASSWORD);
        password.setData("strata.id", "strata.password");
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(password);
        store = new Button(body, SWT.CHECK);
        store.setData("strata.id", "strata.password.store");
        store.setText(Messages.password_store);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(store);
        return area;
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.OK_ID) {
            answer = new Answer(password.getText().toCharArray(), store.getSelection());
        }
        super.buttonPressed(buttonId);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }
}
