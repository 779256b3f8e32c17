package io.strata.project.ui.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.part.ViewPart;

import io.strata.connection.ConnectionFailure;
import io.strata.connection.StageConnector;
import io.strata.core.StrataProjects;
import io.strata.core.project.DeploymentPlan;
import io.strata.core.project.PlanFile;
import io.strata.core.project.ProjectException;
import io.strata.core.project.Stage;
import io.strata.core.project.StrataProject;
import io.strata.forecast.ui.internal.credentials.SecureStorageCredentials;
import io.strata.forecast.ui.internal.jobs.ConnectionResults;
import io.strata.forecast.ui.internal.jobs.Engine;
import io.strata.ui.internal.navigator.OutlineOpener;
import io.strata.ui.internal.project.StrataNature;

/**
 * Every stage of every open Strata project in one table, with the last Test Connection of this
 * session, and Test Connection, Edit, Duplicate and Delete on the selected stage. The table is
 * read by a job, and read again when a plan file or a project changes.
 */
public final class ConnectionManagerView extends ViewPart {

    public static final String ID = "io.strata.project.ui.connectionManager";

    /** Family of the jobs that read the table and test connections (for tests). */
    public static final Object FAMILY = ConnectionManagerView.class;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private TableViewer viewer;
    private final List<IAction> actions = new ArrayList<>();
    private final List<Button> buttons = new ArrayList<>();
    private final Job reader = new ReadJob();
    private final IResourceChangeListener resources = this::resourceChanged;
    private final Consumer<ConnectionResults.Entry> results = e -> refreshLater();

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(4, 0).applyTo(parent);
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        Table table = Form.id(viewer.getTable(), "connections.table");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.COLUMN_PROJECT, 110, r -> r.project().getName());
        column(Messages.COLUMN_PLAN, 110, r -> r.plan() == null ? "" : r.plan().name());
        column(Messages.COLUMN_STAGE, 80, r -> r.stage() == null ? "" : r.stage().name() + (r.stage().reference() ? " *" : ""));
        column(Messages.COLUMN_TYPE, 80, r -> r.stage() == null ? "" : r.stage().connection().type().id());
        column(Messages.COLUMN_ADDRESS, 260, r -> r.problem() != null ? r.problem() : r.address());
        column(Messages.COLUMN_USER, 70, r -> r.stage() == null || r.stage().connection().user() == null ? ""
                : r.stage().connection().user());
        TableViewerColumn last = new TableViewerColumn(viewer, SWT.NONE);
        last.getColumn().setText(Messages.COLUMN_LAST_TEST);
        last.getColumn().setWidth(440);
        last.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return lastTest((StageRow) element);
            }

            @Override
            public Color getForeground(Object element) {
                ConnectionResults.Entry entry = entry((StageRow) element);
                return entry == null ? null : Display.getCurrent().getSystemColor(entry.result().ok() ? SWT.COLOR_DARK_GREEN : SWT.COLOR_RED);
            }
        });
        viewer.setInput(List.of());

        Composite bar = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(bar);
        GridLayoutFactory.fillDefaults().applyTo(bar);
        action("connections.test", Messages.ACTION_TEST, this::testConnection);
        action("connections.edit", Messages.ACTION_EDIT, this::edit);
        action("connections.duplicate", Messages.ACTION_DUPLICATE, this::duplicate);
        action("connections.delete", Messages.ACTION_DELETE, this::delete);
        for (IAction action : actions) {
            Button button = Form.id(new Button(bar, SWT.PUSH), action.getId());
            button.setText(action.getText());
            button.addListener(SWT.Selection, e -> action.run());
            GridDataFactory.fillDefaults().applyTo(button);
            buttons.add(button);
        }
        MenuManager menu = new MenuManager();
        actions.forEach(menu::add);
        table.setMenu(menu.createContextMenu(table));
        viewer.addSelectionChangedListener(e -> updateEnablement());
        viewer.addDoubleClickListener(e -> edit(selected()));
        getSite().setSelectionProvider(viewer);
        updateEnablement();

        ResourcesPlugin.getWorkspace().addResourceChangeListener(resources, IResourceChangeEvent.POST_CHANGE);
        ConnectionResults.session().addListener(results);
        reader.schedule();
    }

    private void column(String title, int width, Function<StageRow, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> text.apply((StageRow) e)));
    }

    private void action(String id, String text, Consumer<StageRow> run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                StageRow row = selected();
                if (row != null && row.stage() != null) {
                    run.accept(row);
                }
            }
        };
        action.setId(id);
        actions.add(action);
    }

    private void updateEnablement() {
        StageRow row = selected();
        boolean enabled = row != null && row.stage() != null;
        actions.forEach(a -> a.setEnabled(enabled));
        buttons.forEach(b -> b.setEnabled(enabled));
    }

    private StageRow selected() {
        Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        return first instanceof StageRow row ? row : null;
    }

    private static ConnectionResults.Entry entry(StageRow row) {
        return row.stage() == null ? null
                : ConnectionResults.session().get(row.project().getName(), row.plan().file(), row.stage().name());
    }

    /** The last Test Connection of the row's stage as the table shows it. */
    private static String lastTest(StageRow row) {
        ConnectionResults.Entry entry = entry(row);
        return entry == null ? "" : describe(entry);
    }

    /** A Test Connection outcome as the table shows it: its time, then what it found. */
    public static String describe(ConnectionResults.Entry entry) {
        StageConnector.TestResult result = entry.result();
        String outcome = result.ok()
                ? String.format(Messages.TEST_OK, result.product(), result.productVersion(), result.user(), result.connectMillis())
                : String.format(Messages.TEST_FAILED, result.failure().title(), result.message());
        return TIME.format(entry.time()) + "  " + outcome;
    }

    // ----- the actions -----------------------------------------------------------------------------

    private void testConnection(StageRow row) {
        Job job = new Job(String.format(Messages.TEST_JOB, row.stage().name())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
                SecureStorageCredentials credentials = new SecureStorageCredentials(row.project().getName());
                StageConnector.TestResult result = Engine.connector(credentials).test(row.stage());
                if (result.failure() == ConnectionFailure.BAD_CREDENTIALS) {
                    // as the Strata menu's jobs do: the next run asks for the password again
                    credentials.forgetStored(row.stage());
                }
                ConnectionResults.session().put(new ConnectionResults.Entry(row.project().getName(), row.plan().file(),
                        row.stage().name(), result, Instant.now()));
                monitor.done();
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(false);
        job.schedule();
    }

    private void edit(StageRow row) {
        if (row == null || row.stage() == null) {
            return;
        }
        OutlineOpener.open(getSite().getPage(), row.planFile(), row.stage().line());
    }

    private void duplicate(StageRow row) {
        IInputValidator validator = name -> {
            if (name.isBlank()) {
                return Messages.DUPLICATE_NO_NAME;
            }
            return row.plan().stage(name.strip())
                    .map(s -> String.format(Messages.DUPLICATE_STAGE, s.name(), row.plan().file().getFileName(), s.line()))
                    .orElse(null);
        };
        InputDialog dialog = new InputDialog(getSite().getShell(), Messages.DUPLICATE_TITLE,
                String.format(Messages.DUPLICATE_PROMPT, row.stage().name(), row.plan().name()), row.stage().name() + "_COPY",
                validator);
        if (dialog.open() != Window.OK) {
            return;
        }
        try {
            int line = PlanFile.appendStage(row.plan().file(), row.asWritten(dialog.getValue().strip()));
            refresh(row.planFile());
            OutlineOpener.open(getSite().getPage(), row.planFile(), line);
        } catch (ProjectException e) {
            MessageDialog.openError(getSite().getShell(), Messages.DUPLICATE_TITLE, String.format(Messages.NOT_ADDED, e.describe()));
        }
    }

    private void delete(StageRow row) {
        if (!MessageDialog.openConfirm(getSite().getShell(), Messages.DELETE_TITLE,
                String.format(Messages.DELETE_PROMPT, row.stage().name(), row.plan().file().getFileName(), row.project().getName()))) {
            return;
        }
        try {
            PlanFile.removeStage(row.plan().file(), row.stage().name());
            refresh(row.planFile());
        } catch (ProjectException e) {
            MessageDialog.openError(getSite().getShell(), Messages.DELETE_TITLE, String.format(Messages.NOT_DELETED, e.describe()));
        }
    }

    private static void refresh(IFile file) {
        try {
            file.refreshLocal(IResource.DEPTH_ZERO, null);
        } catch (CoreException e) {
            // the workspace notices the change on its next refresh
        }
    }

    // ----- reading the table -------------------------------------------------------------------------

    private void resourceChanged(IResourceChangeEvent event) {
        IResourceDelta delta = event.getDelta();
        if (delta == null) {
            return;
        }
        boolean[] relevant = { false };
        try {
            delta.accept(d -> {
                IResource resource = d.getResource();
                if (resource instanceof IProject && (d.getKind() != IResourceDelta.CHANGED
                        || (d.getFlags() & (IResourceDelta.OPEN | IResourceDelta.DESCRIPTION)) != 0)) {
                    relevant[0] = true;
                }
                if (resource instanceof IFile file && file.getProjectRelativePath().segmentCount() <= 2
                        && (file.getName().equals(StrataProjects.PROJECT_FILE) || "yaml".equals(file.getFileExtension())
                                || "yml".equals(file.getFileExtension()))) {
                    relevant[0] = true;
                }
                // plan files are in a top-level folder; local state (.strata/) and deeper folders do not matter
                return !relevant[0] && resource.getProjectRelativePath().segmentCount() < 2 && !resource.getName().startsWith(".");
            });
        } catch (CoreException e) {
            relevant[0] = true;
        }
        if (relevant[0]) {
            reader.schedule(200);
        }
    }

    private void refreshLater() {
        Display display = viewer == null || viewer.getControl().isDisposed() ? null : viewer.getControl().getDisplay();
        if (display != null) {
            display.asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    viewer.refresh();
                }
            });
        }
    }

    private final class ReadJob extends Job {

        ReadJob() {
            super(Messages.READING_STAGES);
            setSystem(true);
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == FAMILY;
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            List<StageRow> rows = new ArrayList<>();
            IProject[] projects = ResourcesPlugin.getWorkspace().getRoot().getProjects();
            Arrays.sort(projects, Comparator.comparing(p -> p.getName().toLowerCase(Locale.ROOT)));
            for (IProject project : projects) {
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                if (!project.isOpen() || project.getLocation() == null || !StrataNature.isStrataProject(project)) {
                    continue;
                }
                try {
                    StrataProject strata = StrataProject.load(project.getLocation().toPath());
                    for (DeploymentPlan plan : strata.plans()) {
                        for (Stage stage : plan.stages()) {
                            rows.add(new StageRow(project, plan, stage, null));
                        }
                    }
                } catch (ProjectException e) {
                    rows.add(new StageRow(project, null, null, e.describe()));
                }
            }
            Display display = viewer.getControl().isDisposed() ? null : viewer.getControl().getDisplay();
            if (display != null) {
                display.asyncExec(() -> {
                    if (!viewer.getControl().isDisposed()) {
                        viewer.setInput(rows);
                        updateEnablement();
                    }
                });
            }
            return Status.OK_STATUS;
        }
    }

    /** The rows the table shows (for tests). */
    List<StageRow> rows() {
        Object input = viewer.getInput();
        return input instanceof List<?> list ? list.stream().map(StageRow.class::cast).toList() : List.of();
    }

    TableViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(resources);
        ConnectionResults.session().removeListener(results);
        reader.cancel();
        super.dispose();
    }
}
