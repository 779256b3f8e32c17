package io.strata.forecast.ui.internal.jobs;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PlatformUI;

import io.strata.connection.ConnectionException;
import io.strata.core.project.DeploymentPlan;
import io.strata.core.project.ProjectException;
import io.strata.core.project.Stage;
import io.strata.core.project.StrataProject;
import io.strata.forecast.ui.internal.Messages;
import io.strata.liquibase.AppliedChangeSet;
import io.strata.liquibase.OperationException;
import io.strata.liquibase.Selection;
import io.strata.liquibase.StageOperations;
import io.strata.liquibase.StageOperations.RollbackTarget;

/**
 * Rollback of a stage: the user says how far in {@link RollbackDialog} (where Preview computes the
 * SQL in a job of its own), confirms (with a warning off the reference stage), and the change sets
 * rolled back are listed in the console, read from DATABASECHANGELOG before and after.
 */
public final class RollbackJob extends StrataJob {

    public RollbackJob(IProject project) {
        super(Messages.rollback_job, project);
    }

    @Override
    protected IStatus perform(IProgressMonitor monitor) throws ProjectException, ConnectionException, OperationException {
        StrataProject strata = load();
        Stage stage = chooseStage(strata);
        setName(NLS.bind(Messages.rollback_jobOn, stage.name()));
        StageOperations operations = operations(strata);
        RollbackTarget target = ask(stage, operations);
        if (target == null) {
            console.println(NLS.bind(Messages.rollback_notConfirmed, stage.name()));
            return Status.CANCEL_STATUS;
        }
        DeploymentPlan plan = StageConfirmation.planOf(strata, stage);
        String question = NLS.bind(Messages.rollback_confirmQuestion, new Object[] { stage.name(), RollbackDialog.describe(target),
                StageConfirmation.describe(stage), plan == null ? "" : plan.name() });
        if (!StageConfirmation.ask(strata, stage, Messages.rollback_confirmTitle, question,
                NLS.bind(Messages.rollback_confirmButton, stage.name()))) {
            console.println(NLS.bind(Messages.rollback_notConfirmed, stage.name()));
            return Status.CANCEL_STATUS;
        }
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        monitor.subTask(NLS.bind(Messages.rollback_running, stage.name(), RollbackDialog.describe(target)));
        long start = System.nanoTime();
        List<AppliedChangeSet> before = operations.history(stage);
        progress().checkCanceled();
        operations.rollback(stage, target, Selection.STAGE_DEFAULTS, false);
        List<AppliedChangeSet> after = operations.history(stage);
        List<AppliedChangeSet> rolledBack = before.stream()
                .filter(b -> after.stream().noneMatch(a -> a.id().equals(b.id()) && a.author().equals(b.author())
                        && a.file().equals(b.file())))
                .toList().reversed();
        console.println(NLS.bind(rolledBack.isEmpty() ? Messages.rollback_nothingDone : Messages.rollback_done,
                new Object[] { rolledBack.size(), stage.name(), (System.nanoTime() - start) / 1_000_000 }));
        for (AppliedChangeSet changeSet : rolledBack) {
            console.println("  " + changeSet.id() + "::" + changeSet.author() + "  (" + changeSet.file() + ")");
        }
        return Status.OK_STATUS;
    }

    /** Opens the dialog on the UI thread while this job waits; null when cancelled. */
    private RollbackTarget ask(Stage stage, StageOperations operations) {
        return askUser(shell -> {
            RollbackDialog dialog = new RollbackDialog(shell, stage.name(),
                    (target, show) -> new PreviewJob(project, stage, operations, target, show).schedule());
            return dialog.open() == Window.OK ? dialog.target() : null;
        });
    }

    /** The SQL a rollback would run, computed off the UI thread; handed to the dialog (null when it failed). */
    private static final class PreviewJob extends StrataJob {

        private final Stage stage;
        private final StageOperations operations;
        private final RollbackTarget target;
        private final Consumer<String> show;

        PreviewJob(IProject project, Stage stage, StageOperations operations, RollbackTarget target, Consumer<String> show) {
            super(NLS.bind(Messages.rollback_previewJob, stage.name()), project);
            this.stage = stage;
            this.operations = operations;
            this.target = target;
            this.show = show;
        }

        @Override
        protected IStatus perform(IProgressMonitor monitor) throws ConnectionException, OperationException {
            monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
            String sql = null;
            try {
                sql = operations.rollback(stage, target, Selection.STAGE_DEFAULTS, true);
                console.println(NLS.bind(Messages.rollback_previewed, stage.name(), RollbackDialog.describe(target)));
            } finally {
                String text = sql;
                PlatformUI.getWorkbench().getDisplay().asyncExec(() -> show.accept(text));
            }
            return Status.OK_STATUS;
        }
    }
}
