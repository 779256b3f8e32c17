package io.strata.forecast.ui.internal.stages;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ListDialog;
import org.osgi.service.prefs.BackingStoreException;

import io.strata.core.project.Stage;
import io.strata.forecast.ui.ForecastUi;
import io.strata.forecast.ui.internal.Messages;

/** Asks which stage to work on when a project has several, offering the last one picked first. */
public final class StageChoice {

    private static final String LAST_STAGE = "lastStage.";

    private StageChoice() {
    }

    /**
     * Asks on the UI thread (callable from a job) and remembers the answer for the project.
     *
     * @return the stage picked, or null when the user cancelled
     */
    public static Stage ask(IProject project, String operation, List<Stage> stages) {
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(ForecastUi.PLUGIN_ID);
        String last = preferences.get(LAST_STAGE + project.getName(), null);
        Stage initial = stages.stream().filter(s -> s.name().equals(last)).findFirst().orElse(stages.get(0));
        Stage[] chosen = new Stage[1];
        Display.getDefault().syncExec(() -> {
            ListDialog dialog = new ListDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
            dialog.setTitle(NLS.bind(Messages.stage_title, operation));
            dialog.setMessage(NLS.bind(Messages.stage_message, project.getName()));
            dialog.setContentProvider(ArrayContentProvider.getInstance());
            dialog.setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object element) {
                    Stage stage = (Stage) element;
                    return stage.name() + "  (" + stage.connection().type().id() + (stage.reference() ? ", " + Messages.stage_reference : "")
                            + ")";
                }
            });
            dialog.setInput(stages);
            dialog.setInitialSelections(initial);
            dialog.setHelpAvailable(false);
            if (dialog.open() == Window.OK && dialog.getResult().length == 1) {
                chosen[0] = (Stage) dialog.getResult()[0];
            }
        });
        if (chosen[0] != null) {
            preferences.put(LAST_STAGE + project.getName(), chosen[0].name());
            try {
                preferences.flush();
            } catch (BackingStoreException e) {
                ILog.of(StageChoice.class).warn("Strata could not remember the stage picked: " + e.getMessage());
            }
        }
        return chosen[0];
    }
}
