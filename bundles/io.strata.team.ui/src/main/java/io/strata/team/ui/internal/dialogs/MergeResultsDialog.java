package io.strata.team.ui.internal.dialogs;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;

import io.strata.git.ChangeLogMergeCheck.Finding;
import io.strata.git.ProjectGit.MergeOutcome;
import io.strata.team.ui.internal.Messages;

/**
 * What a pull or merge brought: its outcome, the files left in conflict, and each change log
 * finding with both sides and the fix (the same findings are markers in the Problems view).
 */
public final class MergeResultsDialog extends Dialog {

    private final String title;
    private final String projectName;
    private final MergeOutcome outcome;

    MergeResultsDialog(Shell parent, String title, String projectName, MergeOutcome outcome) {
        super(parent);
        this.title = title;
        this.projectName = projectName;
        this.outcome = outcome;
    }

    /** Opens the dialog over the workbench window (UI thread). */
    public static void show(String title, String projectName, MergeOutcome outcome) {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
                : PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        new MergeResultsDialog(shell, title, projectName, outcome).open();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.results_title, title, projectName));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().applyTo(area);
        Label summary = new Label(area, SWT.WRAP);
        summary.setData(Ids.KEY, "strata.team.results.summary");
        summary.setText(Texts.sentence(outcome.message()));
        GridDataFactory.fillDefaults().grab(true, false).hint(760, SWT.DEFAULT).applyTo(summary);
        if (!outcome.conflicts().isEmpty()) {
            new Label(area, SWT.WRAP).setText(Messages.results_conflicts);
            List conflicts = new List(area, SWT.BORDER | SWT.V_SCROLL);
            conflicts.setData(Ids.KEY, "strata.team.results.conflicts");
            outcome.conflicts().forEach(conflicts::add);
            GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 80).applyTo(conflicts);
        }
        if (!outcome.changeLog().isEmpty()) {
            Label heading = new Label(area, SWT.WRAP);
            heading.setText(NLS.bind(Messages.results_findings, outcome.changeLog().size()));
            GridDataFactory.fillDefaults().grab(true, false).hint(760, SWT.DEFAULT).applyTo(heading);
            Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
            table.setData(Ids.KEY, "strata.team.results.findings");
            table.setHeaderVisible(true);
            table.setLinesVisible(true);
            String[] headers = { Messages.results_kind, Messages.results_changeSet, Messages.results_ours, Messages.results_theirs, Messages.results_fix };
            int[] widths = { 120, 280, 190, 190, 460 };
            for (int i = 0; i < headers.length; i++) {
                TableColumn column = new TableColumn(table, SWT.LEFT);
                column.setText(headers[i]);
                column.setWidth(widths[i]);
            }
            for (Finding finding : outcome.changeLog()) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] { finding.kind().name(), Texts.changeSet(finding.changeSet()), finding.ours(), finding.theirs(), finding.fix() });
                item.setData(finding);
            }
            GridDataFactory.fillDefaults().grab(true, true).hint(1000, 140).applyTo(table);
            Label detail = new Label(area, SWT.WRAP);
            detail.setData(Ids.KEY, "strata.team.results.detail");
            GridDataFactory.fillDefaults().grab(true, false).hint(760, SWT.DEFAULT).applyTo(detail);
            table.addListener(SWT.Selection, e -> {
                if (e.item != null && e.item.getData() instanceof Finding finding) {
                    detail.setText(Texts.sentence(finding.message()) + " " + Texts.sentence(finding.fix()));
                    area.layout(true, true);
                }
            });
            table.select(0);
            detail.setText(Texts.sentence(outcome.changeLog().get(0).message()) + " " + Texts.sentence(outcome.changeLog().get(0).fix()));
            Label markers = new Label(area, SWT.WRAP);
            markers.setText(Messages.results_markers);
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }
}
