package io.strata.forecast.ui.internal.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;

import io.strata.connection.ConnectionException;
import io.strata.core.ProjectFolder;
import io.strata.core.project.DeploymentPlan;
import io.strata.core.project.ProjectException;
import io.strata.core.project.Stage;
import io.strata.core.project.StrataProject;
import io.strata.forecast.ui.internal.Messages;
import io.strata.liquibase.OperationException;
import io.strata.liquibase.SchemaOperations;
import io.strata.ui.preferences.StrataPreferences;

/**
 * Baseline of the reference stage: after the user confirms (and names the file), its schema is
 * captured as a change set file next to the master change log, included first in it and marked as
 * applied on the stage; the file is selected in the navigator and opened.
 */
public final class BaselineJob extends StrataJob {

    public BaselineJob(IProject project) {
        super(Messages.baseline_job, project);
    }

    @Override
    protected IStatus perform(IProgressMonitor monitor) throws ProjectException, ConnectionException, OperationException, CoreException {
        StrataProject strata = load();
        List<Stage> references = strata.plans().stream().flatMap(p -> p.referenceStage().stream()).distinct().toList();
        Stage stage = chooseStage(references);
        setName(NLS.bind(Messages.baseline_jobOn, stage.name()));
        Path changeLogDir = projectDir().resolve(strata.changelog()).getParent();
        DeploymentPlan plan = StageConfirmation.planOf(strata, stage);
        String question = NLS.bind(Messages.baseline_confirmQuestion, new Object[] { stage.name(), plan == null ? "" : plan.name(),
                StageConfirmation.describe(stage), projectDir().relativize(changeLogDir), strata.changelog() });
        String fileName = ask(question, defaultName(changeLogDir, stage), changeLogDir);
        if (fileName == null) {
            console.println(NLS.bind(Messages.baseline_notConfirmed, stage.name()));
            return Status.CANCEL_STATUS;
        }
        monitor.beginTask(NLS.bind(Messages.baseline_task, stage.name()), IProgressMonitor.UNKNOWN);
        SchemaOperations.BaselineResult result = new SchemaOperations(strata, connector())
                .baseline(stage, StrataPreferences.defaultAuthor(), fileName);
        refresh(ProjectFolder.CHANGE_LOG, monitor);
        console.println(NLS.bind(result.masterCreated() ? Messages.baseline_doneCreated : Messages.baseline_done,
                new Object[] { stage.name(), result.changeSets().size(), projectDir().relativize(result.changelog()), strata.changelog() }));
        openLater(result.changelog());
        return Status.OK_STATUS;
    }

    /** baseline.xml, or baseline-<stage>.xml (-2, -3...) when taken. */
    private static String defaultName(Path dir, Stage stage) {
        if (!Files.exists(dir.resolve("baseline.xml"))) {
            return "baseline.xml";
        }
        String base = "baseline-" + stage.name().toLowerCase(java.util.Locale.ROOT);
        String name = base + ".xml";
        for (int i = 2; Files.exists(dir.resolve(name)); i++) {
            name = base + "-" + i + ".xml";
        }
        return name;
    }

    /** The confirmation with the file name to write, on the UI thread while this job waits; null when cancelled. */
    private static String ask(String question, String initial, Path dir) {
        return askUser(shell -> {
            InputDialog dialog = new InputDialog(shell, Messages.baseline_confirmTitle, question, initial,
                    name -> CompareDialog.fileNameProblem(name, value -> Files.exists(dir.resolve(value))));
            return dialog.open() == Window.OK ? dialog.getValue().strip() : null;
        });
    }
}
