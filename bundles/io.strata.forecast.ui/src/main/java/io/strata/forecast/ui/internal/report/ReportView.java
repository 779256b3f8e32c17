package io.strata.forecast.ui.internal.report;

import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import io.strata.forecast.ui.ForecastUi;
import io.strata.forecast.ui.internal.Messages;

/**
 * Shows a report (forecast, deploy, Check Rules) inside Strata with the SWT Browser. Where there is
 * no browser engine (no WebKitGTK on Linux, say), it says so and offers to open the file in the
 * system's browser instead.
 */
public final class ReportView extends ViewPart {

    public static final String ID = ForecastUi.REPORT_VIEW_ID;
    private static final String ID_KEY = "strata.id";

    private Composite stack;
    private StackLayout layout;
    private Browser browser;
    private String browserProblem;
    private Composite noBrowser;
    private Label noBrowserText;
    private Label emptyText;
    private Label status;
    private Action openExternally;
    private Path report;

    @Override
    public void createPartControl(Composite parent) {
        stack = new Composite(parent, SWT.NONE);
        layout = new StackLayout();
        stack.setLayout(layout);
        try {
            browser = new Browser(stack, SWT.NONE);
            browser.setData(ID_KEY, "strata.report.browser");
        } catch (SWTError e) {
            browser = null;
            browserProblem = e.getMessage();
            ILog.of(getClass()).info("Strata shows reports without a browser engine: " + e.getMessage());
        }
        noBrowser = new Composite(stack, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(noBrowser);
        noBrowserText = new Label(noBrowser, SWT.WRAP);
        noBrowserText.setData(ID_KEY, "strata.report.noBrowser");
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(noBrowserText);
        Button open = new Button(noBrowser, SWT.PUSH);
        open.setData(ID_KEY, "strata.report.openExternally");
        open.setText(Messages.report_openExternally);
        open.addListener(SWT.Selection, e -> openExternally());
        status = new Label(noBrowser, SWT.WRAP);
        status.setData(ID_KEY, "strata.report.status");
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(status);

        emptyText = new Label(stack, SWT.WRAP);
        emptyText.setData(ID_KEY, "strata.report.empty");
        emptyText.setText(browser == null ? NLS.bind(Messages.report_emptyNoBrowser, browserProblem) : Messages.report_empty);

        openExternally = new Action(Messages.report_openExternally) {
            @Override
            public void run() {
                openExternally();
            }
        };
        openExternally.setEnabled(false);
        getViewSite().getActionBars().getToolBarManager().add(openExternally);
        top(emptyText);
        if (report != null) {
            show(report);
        }
    }

    /** Shows this HTML report. */
    public void show(Path html) {
        report = html;
        if (stack == null || stack.isDisposed()) {
            return;
        }
        setContentDescription(describe(html));
        openExternally.setEnabled(true);
        status.setText("");
        if (browser != null) {
            browser.setUrl(html.toUri().toString());
            top(browser);
        } else {
            noBrowserText.setText(NLS.bind(Messages.report_noBrowser, browserProblem, html));
            top(noBrowser);
            noBrowser.layout(true, true);
        }
    }

    /** The project and the report from its Reports folder on (strata-sample: Reports/DEV/20261130-153012/forecast.html). */
    private static String describe(Path html) {
        for (Path folder = html.getParent(); folder != null && folder.getFileName() != null; folder = folder.getParent()) {
            if (folder.getFileName().toString().equals(io.strata.core.ProjectFolder.REPORTS.folderName())) {
                return folder.getParent().getFileName() + ": " + folder.getParent().relativize(html).toString().replace('\\', '/');
            }
        }
        return html.toString();
    }

    private void top(Control control) {
        layout.topControl = control;
        stack.layout(true, true);
    }

    private void openExternally() {
        if (report == null) {
            return;
        }
        if (!Program.launch(report.toString())) {
            String message = NLS.bind(Messages.report_noProgram, report);
            status.setText(message);
            noBrowser.layout(true, true);
            getViewSite().getActionBars().getStatusLineManager().setErrorMessage(message);
        }
    }

    /** The report shown, or null. */
    public Path report() {
        return report;
    }

    /** The browser, or null when this machine has no browser engine. */
    public Browser browser() {
        return browser;
    }

    @Override
    public void setFocus() {
        if (layout.topControl != null && !layout.topControl.isDisposed()) {
            layout.topControl.setFocus();
        } else {
            stack.setFocus();
        }
    }

    /** Shows a report in the view, opening the view if needed; callable from any thread. */
    public static void showLater(Path html) {
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
                window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
            }
            IWorkbenchPage page = window == null ? null : window.getActivePage();
            if (page == null) {
                return;
            }
            try {
                ((ReportView) page.showView(ID, null, IWorkbenchPage.VIEW_VISIBLE)).show(html);
            } catch (PartInitException e) {
                ILog.of(ReportView.class).error("Strata could not open the Report view", e);
            }
        });
    }
}
