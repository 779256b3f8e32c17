package io.strata.forecast.ui.internal.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;

import io.strata.connection.ConnectionException;
import io.strata.core.ProjectFolder;
import io.strata.core.project.ProjectException;
import io.strata.core.project.Stage;
import io.strata.core.project.StrataProject;
import io.strata.forecast.ui.internal.Messages;
import io.strata.forecast.ui.internal.jobs.CompareDialog.Choice;
import io.strata.forecast.ui.internal.jobs.CompareDialog.Side;
import io.strata.liquibase.OperationException;
import io.strata.liquibase.SchemaOperations;

/**
 * Compare a stage with another stage of the project or with a schema snapshot: the differences in
 * the console and, when asked for, as change sets in a new file of the change log folder, opened
 * in the editor.
 */
public final class CompareJob extends StrataJob {

    /** A schema snapshot as Snapshot writes it ({@code Snapshots/<stage>.json}); not the forecast's model files. */
    private static final String SNAPSHOT_SUFFIX = ".json";
    private static final String MODEL_SUFFIX = ".model.json";

    public CompareJob(IProject project) {
        super(Messages.compare_job, project);
    }

    @Override
    protected IStatus perform(IProgressMonitor monitor)
            throws ProjectException, ConnectionException, OperationException, IOException, CoreException {
        StrataProject strata = load();
        Stage target = chooseStage(strata);
        setName(NLS.bind(Messages.compare_jobOn, target.name()));
        List<Side> sides = sides(strata, target);
        if (sides.isEmpty()) {
            return failed(NLS.bind(Messages.compare_nothing, target.name()));
        }
        Path changeLogDir = projectDir().resolve(strata.changelog()).getParent();
        Choice choice = ask(target, sides, initial(strata, target, sides), names(changeLogDir));
        if (choice == null) {
            console.println(NLS.bind(Messages.compare_cancelled, target.name()));
            return Status.CANCEL_STATUS;
        }
        monitor.beginTask(NLS.bind(Messages.compare_task, target.name(), choice.side().label()), IProgressMonitor.UNKNOWN);
        SchemaOperations schemas = new SchemaOperations(strata, connector());
        SchemaOperations.CompareResult result = choice.side().stage() != null
                ? schemas.compare(strata.stage(choice.side().stage()), target, choice.changelogFile())
                : schemas.compareWithSnapshot(choice.side().snapshot(), target, choice.changelogFile());
        progress().checkCanceled();
        for (String line : result.report().split("\\R")) {
            console.println(line);
        }
        if (result.equal()) {
            console.println(NLS.bind(Messages.compare_equal, result.target(), result.reference()));
        } else if (result.changelog() == null) {
            console.println(NLS.bind(Messages.compare_differs, result.target(), result.reference()));
        } else {
            console.println(NLS.bind(Messages.compare_differsWritten,
                    new Object[] { result.target(), result.reference(), projectDir().relativize(result.changelog()) }));
            refresh(ProjectFolder.CHANGE_LOG, monitor);
            openLater(result.changelog());
        }
        return Status.OK_STATUS;
    }

    /** The other stages of the project (in plan order) and the schema snapshots of Snapshots/. */
    private List<Side> sides(StrataProject strata, Stage target) throws IOException {
        List<Side> sides = new ArrayList<>();
        strata.plans().forEach(plan -> plan.stages().stream().filter(s -> !s.name().equals(target.name()))
                .forEach(s -> sides.add(new Side(NLS.bind(Messages.compare_stage,
                        new Object[] { s.name(), plan.name(), s.reference() ? ", " + Messages.stage_reference : "" }), s.name(), null))));
        Path snapshots = ProjectFolder.SNAPSHOTS.in(projectDir());
        if (Files.isDirectory(snapshots)) {
            try (Stream<Path> files = Files.list(snapshots)) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(SNAPSHOT_SUFFIX) && !n.endsWith(MODEL_SUFFIX)).sorted()
                        .forEach(n -> {
                            String relative = ProjectFolder.SNAPSHOTS.folderName() + "/" + n;
                            sides.add(new Side(NLS.bind(Messages.compare_snapshot, relative), null, relative));
                        });
            }
        }
        return sides;
    }

    /** The reference stage of the target's plan when it is not the target, else the first. */
    private static int initial(StrataProject strata, Stage target, List<Side> sides) {
        String reference = StageConfirmation.planOf(strata, target).referenceStage().map(Stage::name).orElse(null);
        for (int i = 0; i < sides.size(); i++) {
            if (sides.get(i).stage() != null && sides.get(i).stage().equals(reference)) {
                return i;
            }
        }
        return 0;
    }

    private static Set<String> names(Path dir) throws IOException {
        Set<String> names = new HashSet<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                files.forEach(f -> names.add(f.getFileName().toString()));
            }
        }
        return names;
    }

    /** Opens the dialog on the UI thread while this job waits; null when cancelled. */
    private static Choice ask(Stage target, List<Side> sides, int initial, Set<String> existing) {
        return askUser(shell -> {
            CompareDialog dialog = new CompareDialog(shell, target.name(), sides, initial, existing);
            return dialog.open() == Window.OK ? dialog.choice() : null;
        });
    }
}
