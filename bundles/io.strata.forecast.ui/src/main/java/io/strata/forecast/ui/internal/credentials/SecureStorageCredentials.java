package io.strata.forecast.ui.internal.credentials;

import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

import io.strata.core.project.Credentials;
import io.strata.core.project.CredentialsException;
import io.strata.core.project.Stage;
import io.strata.forecast.ui.internal.Messages;

/**
 * Passwords in the IDE: from Eclipse secure storage when one was stored for the stage, else asked
 * with a dialog on the UI thread (which may store it). Embedded stages (H2, SQLite, Derby, HSQLDB) need none. Nothing is
 * written to the project.
 */
public final class SecureStorageCredentials implements Credentials {

    private static final String ROOT = "/io.strata/stages";
    private static final String PASSWORD = "password";

    private final String projectName;

    public SecureStorageCredentials(String projectName) {
        this.projectName = projectName;
    }

    @Override
    public char[] password(Stage stage) throws CredentialsException {
        String stored = stored(stage);
        if (stored != null) {
            return stored.toCharArray();
        }
        if (stage.connection().type().embedded()) {
            return new char[0];
        }
        PasswordDialog.Answer answer = ask(stage);
        if (answer == null) {
            throw new CredentialsException(NLS.bind(Messages.password_cancelled, stage.name()));
        }
        if (answer.store()) {
            store(stage, answer.password());
        }
        return answer.password();
    }

    /** Removes a stored password (after the database refused it); true when there was one. */
    public boolean forgetStored(Stage stage) {
        ISecurePreferences node = node(stage);
        try {
            if (node.get(PASSWORD, null) == null) {
                return false;
            }
            node.remove(PASSWORD);
            node.flush();
            return true;
        } catch (StorageException | java.io.IOException e) {
            ILog.of(getClass()).warn("Strata could not remove the stored password of stage " + stage.name() + ": " + e.getMessage());
            return false;
        }
    }

    private String stored(Stage stage) {
        try {
            return node(stage).get(PASSWORD, null);
        } catch (StorageException e) {
            ILog.of(getClass()).warn("Strata could not read the password of stage " + stage.name()
                    + " from secure storage; it asks for it instead: " + e.getMessage());
            return null;
        }
    }

    /** Stores the password of this stage (for its user), as a later Test Connection, Forecast or Deploy reads it. */
    public void store(Stage stage, char[] password) {
        ISecurePreferences node = node(stage);
        try {
            node.put(PASSWORD, new String(password), true);
            node.flush();
        } catch (StorageException | java.io.IOException e) {
            ILog.of(getClass()).warn("Strata could not store the password of stage " + stage.name()
                    + " in secure storage; it will ask again next time: " + e.getMessage());
        }
    }

    /** One node per project, stage and user: another user of the same stage has another password. */
    private ISecurePreferences node(Stage stage) {
        String user = stage.connection().user() == null ? "" : stage.connection().user();
        return SecurePreferencesFactory.getDefault().node(ROOT + "/" + EncodingUtils.encodeSlashes(projectName) + "/"
                + EncodingUtils.encodeSlashes(stage.name() + "@" + user));
    }

    private PasswordDialog.Answer ask(Stage stage) {
        PasswordDialog.Answer[] answer = new PasswordDialog.Answer[1];
        Display.getDefault().syncExec(() -> {
            PasswordDialog dialog = new PasswordDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), projectName, stage);
            answer[0] = dialog.ask();
        });
        return answer[0];
    }
}
