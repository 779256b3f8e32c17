package io.strata.team.ui.internal.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;

import io.strata.git.ProjectGit;
import io.strata.git.ProjectGit.HistoryEntry;
import io.strata.team.ui.TeamUi;
import io.strata.team.ui.internal.Messages;
import io.strata.team.ui.internal.jobs.TeamJob;

/**
 * History: the commits of a project's current branch (id, message, author, date), newest first,
 * read in a job; read again with Refresh and after every Team operation on the project. In a
 * repository above the project only the commits that change the project's folder, as the heading says.
 */
public final class HistoryView extends ViewPart {

    private static final int MAX = 500;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private IProject project;
    private Label heading;
    private Table table;
    private final IJobChangeListener teamJobs = new JobChangeAdapter() {
        @Override
        public void done(IJobChangeEvent event) {
            Job job = event.getJob();
            if (project != null && job.belongsTo(TeamUi.JOB_FAMILY) && !job.isSystem() && project.equals(job.getRule())) {
                TeamJob.later(() -> refresh());
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        heading = new Label(parent, SWT.NONE);
        heading.setData("strata.id", "strata.team.history.heading");
        heading.setText(Messages.history_none);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setData("strata.id", "strata.team.history.table");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] headers = { Messages.history_id, Messages.history_message, Messages.history_author, Messages.history_date };
        int[] widths = { 90, 420, 160, 130 };
        for (int i = 0; i < headers.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(headers[i]);
            column.setWidth(widths[i]);
        }
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        Action refresh = new Action(Messages.history_refresh) {
            @Override
            public void run() {
                refresh();
            }
        };
        refresh.setToolTipText(Messages.history_refreshTip);
        getViewSite().getActionBars().getToolBarManager().add(refresh);
        Job.getJobManager().addJobChangeListener(teamJobs);
    }

    /** Shows the history of this project (read in a job). */
    public void show(IProject shown) {
        this.project = shown;
        refresh();
    }

    /** The project whose history is shown, or null. */
    public IProject project() {
        return project;
    }

    /** The rows shown: id, message, author, date (for tests and for copying). */
    public List<String[]> rows() {
        return java.util.Arrays.stream(table.getItems()).map(i -> new String[] { i.getText(0), i.getText(1), i.getText(2), i.getText(3) }).toList();
    }

    /** The heading above the table: project, branch, how many commits, and in a repository above the project its folder. */
    public String heading() {
        return heading.getText();
    }

    /** Reads the history again. */
    public void refresh() {
        IProject shown = project;
        if (shown == null || table.isDisposed()) {
            return;
        }
        if (!shown.isOpen()) {
            heading.setText(NLS.bind(Messages.history_closed, shown.getName()));
            table.removeAll();
            return;
        }
        heading.setText(NLS.bind(Messages.history_reading, shown.getName()));
        TeamJob.read(NLS.bind(Messages.history_job, shown.getName()), shown, (dir, progress) -> {
            String branch;
            String folder;
            List<HistoryEntry> entries;
            try (ProjectGit git = ProjectGit.open(dir)) {
                branch = git.branch();
                folder = git.projectFolder();
                entries = git.history(MAX, null);
            }
            TeamJob.later(() -> fill(shown, branch, folder, entries));
            return null;
        }, problem -> {
            if (!heading.isDisposed()) {
                heading.setText(problem);
                table.removeAll();
            }
        }).schedule();
    }

    private void fill(IProject shown, String branch, String folder, List<HistoryEntry> entries) {
        if (table.isDisposed() || !shown.equals(project)) {
            return;
        }
        heading.setText(NLS.bind(folder.isEmpty() ? Messages.history_heading : Messages.history_headingFolder,
                new Object[] { shown.getName(), branch, entries.size(), folder }));
        table.removeAll();
        for (HistoryEntry entry : entries) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { entry.id().substring(0, 8), entry.shortMessage(),
                    entry.email().isEmpty() ? entry.author() : entry.author() + " <" + entry.email() + ">", DATE.format(entry.when()) });
        }
        heading.getParent().layout(true, true);
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        Job.getJobManager().removeJobChangeListener(teamJobs);
        super.dispose();
    }
}
