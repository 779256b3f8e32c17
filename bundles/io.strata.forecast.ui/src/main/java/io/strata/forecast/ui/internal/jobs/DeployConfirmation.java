package io.strata.forecast.ui.internal.jobs;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import io.strata.core.project.DeploymentPlan;
import io.strata.core.project.Stage;
import io.strata.core.project.StrataProject;
import io.strata.forecast.ui.internal.Messages;

/**
 * The question before a deploy: stage, database and how many change sets, asked on the UI thread
 * while the job waits. A stage that is not its plan's reference stage gets a warning and Cancel
 * as the default button.
 */
final class DeployConfirmation {

    private DeployConfirmation() {
    }

    /** Whether the user confirms deploying {@code pending} change sets to the stage (false when the workbench is gone). */
    static boolean ask(StrataProject strata, Stage stage, int pending) {
        DeploymentPlan plan = strata.plans().stream().filter(p -> p.stages().contains(stage)).findFirst().orElse(null);
        String planName = plan == null ? "" : plan.name();
        String database = describe(stage);
        String question = NLS.bind(Messages.deploy_confirmQuestion, new Object[] { pending, stage.name(), database, planName });
        boolean reference = plan == null || plan.referenceStage().map(stage::equals).orElse(true);
        String message;
        if (reference) {
            message = question;
        } else {
            String referenceName = plan.referenceStage().map(Stage::name).orElse("");
            message = NLS.bind(Messages.deploy_confirmNotReference, new Object[] { stage.name(), planName, referenceName }) + "\n\n" + question;
        }
        AtomicBoolean confirmed = new AtomicBoolean();
        if (!PlatformUI.isWorkbenchRunning()) {
            return false;
        }
        PlatformUI.getWorkbench().getDisplay().syncExec(() -> {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            Shell shell = window == null ? null : window.getShell();
            MessageDialog dialog = new MessageDialog(shell, Messages.deploy_confirmTitle, null, message,
                    reference ? MessageDialog.QUESTION : MessageDialog.WARNING, reference ? 0 : 1,
                    NLS.bind(Messages.deploy_confirmButton, stage.name()), IDialogConstants.CANCEL_LABEL);
            confirmed.set(dialog.open() == 0);
        });
        return confirmed.get();
    }

    /** The database as a user recognises it: the JDBC URL Strata connects to, and the user. */
    private static String describe(Stage stage) {
        String url;
        try {
            url = stage.connection().jdbcUrl();
        } catch (RuntimeException e) {
            url = stage.connection().type().id();
        }
        String user = stage.connection().user();
        return user == null || user.isBlank() ? url : NLS.bind(Messages.deploy_confirmUser, url, user);
    }
}
