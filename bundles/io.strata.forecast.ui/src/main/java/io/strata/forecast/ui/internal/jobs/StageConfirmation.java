package io.strata.forecast.ui.internal.jobs;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;

import io.strata.core.project.DeploymentPlan;
import io.strata.core.project.Stage;
import io.strata.core.project.StrataProject;
import io.strata.forecast.ui.internal.Messages;

/**
 * The question before a change to a stage's database (deploy, rollback): what will be done, the
 * stage, its database and plan, asked on the UI thread while the job waits. A stage that is not
 * its plan's reference stage gets a warning and Cancel as the default button.
 */
final class StageConfirmation {

    private StageConfirmation() {
    }

    /** Whether the user confirms deploying {@code pending} change sets to the stage (false when the workbench is gone). */
    static boolean deploy(StrataProject strata, Stage stage, int pending) {
        DeploymentPlan plan = planOf(strata, stage);
        String question = NLS.bind(Messages.deploy_confirmQuestion,
                new Object[] { pending, stage.name(), describe(stage), plan == null ? "" : plan.name() });
        return ask(strata, stage, Messages.deploy_confirmTitle, question, NLS.bind(Messages.deploy_confirmButton, stage.name()));
    }

    /**
     * Whether the user confirms: {@code question} (which names the stage and says what will be
     * done), after a warning when the stage is not its plan's reference stage; {@code button}
     * names the action.
     */
    static boolean ask(StrataProject strata, Stage stage, String title, String question, String button) {
        DeploymentPlan plan = planOf(strata, stage);
        boolean reference = isReference(plan, stage);
        String message;
        if (reference) {
            message = question;
        } else {
            String referenceName = plan.referenceStage().map(Stage::name).orElse("");
            message = NLS.bind(Messages.deploy_confirmNotReference, new Object[] { stage.name(), plan.name(), referenceName }) + "\n\n"
                    + question;
        }
        return Boolean.TRUE.equals(StrataJob.askUser(shell -> new MessageDialog(shell, title, null, message,
                reference ? MessageDialog.QUESTION : MessageDialog.WARNING, reference ? 0 : 1, button, IDialogConstants.CANCEL_LABEL)
                .open() == 0));
    }

    static DeploymentPlan planOf(StrataProject strata, Stage stage) {
        return strata.plans().stream().filter(p -> p.stages().contains(stage)).findFirst().orElse(null);
    }

    static boolean isReference(DeploymentPlan plan, Stage stage) {
        return plan == null || plan.referenceStage().map(stage::equals).orElse(true);
    }

    /** The database as a user recognises it: the JDBC URL Strata connects to, and the user. */
    static String describe(Stage stage) {
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
