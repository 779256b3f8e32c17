package io.strata.forecast.ui.internal.jobs;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.IExecutionListener;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;

import io.strata.ui.preferences.StrataPreferences;

/**
 * Hears File > Save and Save All (Ctrl+S, the editor's Save) and, when Forecast on save is on
 * (Window > Preferences > Strata), hands each saved file that may be a change log's
 * ({@code .strata}, {@code .xml}, {@code .yaml}/{@code .yml}, {@code .json}, {@code .sql}) to
 * {@link ForecastOnSaveJob}, which decides off the UI thread whether it is one. Only dirty editors'
 * files count, so saving a file that did not change runs nothing.
 */
public final class ChangeLogSaves implements IExecutionListener {

    private static final Set<String> EXTENSIONS = Set.of("strata", "xml", "yaml", "yml", "json", "sql");

    private Set<IFile> saving = Set.of();

    /** Listens to the workbench's save commands from now on. */
    public static void install(IWorkbench workbench) {
        ICommandService commands = workbench.getService(ICommandService.class);
        if (commands != null) {
            commands.addExecutionListener(new ChangeLogSaves());
        }
    }

    @Override
    public void preExecute(String commandId, ExecutionEvent event) {
        boolean all = IWorkbenchCommandConstants.FILE_SAVE_ALL.equals(commandId);
        if (!all && !IWorkbenchCommandConstants.FILE_SAVE.equals(commandId)) {
            return;
        }
        Set<IFile> files = new LinkedHashSet<>();
        IWorkbench workbench = PlatformUI.getWorkbench();
        IWorkbenchWindow active = workbench.getActiveWorkbenchWindow();
        for (IWorkbenchWindow window : all ? workbench.getWorkbenchWindows() : new IWorkbenchWindow[] { active }) {
            IWorkbenchPage page = window == null ? null : window.getActivePage();
            if (page == null) {
                continue;
            }
            if (all) {
                for (IEditorReference reference : page.getEditorReferences()) {
                    add(files, reference.getEditor(false));
                }
            } else {
                add(files, page.getActiveEditor());
            }
        }
        saving = files;
    }

    private static void add(Set<IFile> files, IEditorPart editor) {
        if (editor != null && editor.isDirty()) {
            IFile file = editor.getEditorInput().getAdapter(IFile.class);
            if (file != null) {
                files.add(file);
            }
        }
    }

    @Override
    public void postExecuteSuccess(String commandId, Object returnValue) {
        Set<IFile> saved = saving;
        saving = Set.of();
        if (saved.isEmpty() || !StrataPreferences.forecastOnSave()) {
            return;
        }
        for (IFile file : saved) {
            String extension = file.getFileExtension();
            if (extension != null && EXTENSIONS.contains(extension.toLowerCase(Locale.ROOT))) {
                ForecastOnSaveJob.schedule(file.getProject(), file.getProjectRelativePath().toString());
            }
        }
    }

    @Override
    public void postExecuteFailure(String commandId, ExecutionException exception) {
        saving = Set.of();
    }

    @Override
    public void notHandled(String commandId, NotHandledException exception) {
        saving = Set.of();
    }
}
