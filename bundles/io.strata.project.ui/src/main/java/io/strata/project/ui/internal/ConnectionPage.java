package io.strata.project.ui.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.strata.connection.StageConnector;
import io.strata.core.project.ConnectionSpec;
import io.strata.core.project.DatabaseType;
import io.strata.core.project.DeploymentPlan;
import io.strata.core.project.PlanFile;
import io.strata.core.project.Stage;
import io.strata.forecast.ui.internal.jobs.Engine;

/**
 * A stage's connection: name, database type, host, port, database (or an Oracle SID or service,
 * or an H2 JDBC URL), user and password, with Test Connection, which runs off the UI thread and
 * shows the database's product and version, or why it cannot be reached, on the page.
 */
final class ConnectionPage extends WizardPage {

    private static final List<DatabaseType> TYPES = List.of(DatabaseType.values());

    private final Supplier<Path> projectDir;
    private final List<DeploymentPlan> plans;
    private final String initialStage;
    private final DeploymentPlan initialPlan;

    private Combo plan;
    private Text name;
    private Combo type;
    private Text url;
    private Control[] urlRow;
    private Text host;
    private Control[] hostRow;
    private Text port;
    private Control[] portRow;
    private Text database;
    private Control[] databaseRow;
    private Button sid;
    private Button service;
    private Text oracleName;
    private Control[] oracleRow;
    private Text user;
    private Text password;
    private Button test;
    private Label result;

    private DatabaseType shownType;
    private int testRun;
    private Job testJob;

    /**
     * @param projectDir the project's folder, for {@code ${project.dir}} in a URL when testing
     * @param plans the plans a stage can go to (New Stage), or empty (New Project)
     */
    ConnectionPage(String title, String description, Supplier<Path> projectDir, List<DeploymentPlan> plans,
            DeploymentPlan initialPlan, String initialStage) {
        super("connection");
        setTitle(title);
        setDescription(description);
        this.projectDir = projectDir;
        this.plans = plans;
        this.initialPlan = initialPlan;
        this.initialStage = initialStage;
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Form form = new Form(parent, 3, this::changed);
        if (!plans.isEmpty()) {
            plan = form.readOnlyCombo(Messages.PLAN, "stage.plan", plans.stream().map(DeploymentPlan::name).toArray(String[]::new), 2);
            plan.select(Math.max(plans.indexOf(initialPlan), 0));
        }
        name = form.text(Messages.STAGE_NAME, "stage.name", 0, 2);
        type = form.readOnlyCombo(Messages.TYPE, "stage.type", TYPES.stream().map(DatabaseType::displayName).toArray(String[]::new), 2);

        url = form.text(Messages.URL, "stage.url", 0, 2);
        Control[] urlHint = form.hint(Messages.URL_HINT, 2);
        urlRow = new Control[] { label(url), url, urlHint[0], urlHint[1] };
        host = form.text(Messages.HOST, "stage.host", 0, 2);
        hostRow = new Control[] { label(host), host };
        port = form.text(Messages.PORT, "stage.port", 0, 2);
        portRow = new Control[] { label(port), port };
        database = form.text(Messages.DATABASE, "stage.database", 0, 2);
        databaseRow = new Control[] { label(database), database };

        Label oracleLabel = form.label(Messages.ORACLE_NAME);
        Composite choice = new Composite(form.composite, SWT.NONE);
        choice.setLayout(new org.eclipse.swt.layout.RowLayout());
        choice.setLayoutData(new GridData());
        sid = Form.id(new Button(choice, SWT.RADIO), "stage.oracleSid");
        sid.setText(Messages.ORACLE_SID);
        sid.setSelection(true);
        sid.addListener(SWT.Selection, e -> changed());
        service = Form.id(new Button(choice, SWT.RADIO), "stage.oracleService");
        service.setText(Messages.ORACLE_SERVICE);
        oracleName = Form.id(new Text(form.composite, SWT.BORDER | SWT.SINGLE), "stage.oracleName");
        oracleName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        oracleName.addModifyListener(e -> changed());
        oracleRow = new Control[] { oracleLabel, choice, oracleName };

        user = form.text(Messages.USER, "stage.user", 0, 2);
        password = form.text(Messages.PASSWORD, "stage.password", SWT.PASSWORD, 2);
        form.hint(Messages.PASSWORD_HINT, 2);

        new Label(form.composite, SWT.NONE).setLayoutData(new GridData());
        test = Form.id(new Button(form.composite, SWT.PUSH), "stage.test");
        test.setText(Messages.TEST);
        test.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        test.addListener(SWT.Selection, e -> testConnection());
        result = Form.id(new Label(form.composite, SWT.WRAP), "stage.testResult");
        GridData resultData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        resultData.widthHint = 300;
        result.setLayoutData(resultData);

        name.setText(initialStage);
        type.select(TYPES.indexOf(DatabaseType.H2));
        showFieldsOf(DatabaseType.H2);
        setControl(form.composite);
        changed();
    }

    private static Control label(Text text) {
        Control[] children = text.getParent().getChildren();
        return children[Arrays.asList(children).indexOf(text) - 1];
    }

    /** The selected type's fields: a JDBC URL for embedded databases, host/port/database else, SID or service for Oracle. */
    private void showFieldsOf(DatabaseType chosen) {
        boolean h2 = chosen.embedded();
        Form.show(h2, urlRow);
        Form.show(!h2, hostRow);
        Form.show(!h2, portRow);
        Form.show(!h2 && chosen != DatabaseType.ORACLE, databaseRow);
        Form.show(chosen == DatabaseType.ORACLE, oracleRow);
        if (h2 && (url.getText().isEmpty() || shownType != null && shownType.embedded()
                && url.getText().equals(shownType.defaultEmbeddedUrl(fileName(name.getText()))))) {
            url.setText(chosen.defaultEmbeddedUrl(fileName(name.getText())));
        }
        if ((chosen == DatabaseType.H2 || chosen == DatabaseType.HSQLDB) && user.getText().isEmpty()) {
            user.setText("sa");
        }
        String defaultPort = String.valueOf(chosen.defaultPort());
        if (!h2 && (port.getText().isBlank() || (shownType != null && port.getText().equals(String.valueOf(shownType.defaultPort()))))) {
            port.setText(defaultPort);
        }
        shownType = chosen;
        url.getParent().layout(true, true);
    }

    private static String fileName(String stage) {
        String cleaned = stage.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "_");
        return cleaned.isEmpty() ? "dev" : cleaned;
    }

    private DatabaseType chosenType() {
        return TYPES.get(Math.max(type.getSelectionIndex(), 0));
    }

    private void changed() {
        if (result == null) {
            return;
        }
        if (chosenType() != shownType) {
            showFieldsOf(chosenType());
        }
        testRun++;
        result.setText("");
        setMessage(null);
        String problem = problem();
        setErrorMessage(problem);
        test.setEnabled(problem == null);
        setPageComplete(problem == null);
    }

    private String problem() {
        String portText = port.getText().strip();
        if (!chosenType().embedded() && !portText.isEmpty()) {
            try {
                int number = Integer.parseInt(portText);
                if (number < 1 || number > 65535) {
                    return String.format(Messages.PORT_NOT_A_NUMBER, portText);
                }
            } catch (NumberFormatException e) {
                return String.format(Messages.PORT_NOT_A_NUMBER, portText);
            }
        }
        Stage stage = stage();
        String problem = PlanFile.problem(stage);
        if (problem != null) {
            return problem;
        }
        DeploymentPlan chosen = plan();
        if (chosen != null) {
            for (Stage other : chosen.stages()) {
                if (other.name().equalsIgnoreCase(stage.name())) {
                    return String.format(Messages.DUPLICATE_STAGE, other.name(), chosen.file().getFileName(), other.line());
                }
            }
        }
        return null;
    }

    /** The plan the stage goes to (New Stage), or null. */
    DeploymentPlan plan() {
        return plan == null ? null : plans.get(Math.max(plan.getSelectionIndex(), 0));
    }

    /** The stage as the fields describe it, as the plan file will hold it. */
    Stage stage() {
        DatabaseType chosen = chosenType();
        boolean h2 = chosen.embedded();
        boolean oracle = chosen == DatabaseType.ORACLE;
        int portNumber = 0;
        try {
            portNumber = h2 ? 0 : Integer.parseInt(port.getText().strip());
        } catch (NumberFormatException e) {
            // the type's default; problem() reports it
        }
        ConnectionSpec spec = new ConnectionSpec(chosen, h2 ? null : blankToNull(host.getText()), portNumber,
                h2 || oracle ? null : blankToNull(database.getText()),
                oracle && sid.getSelection() ? blankToNull(oracleName.getText()) : null,
                oracle && service.getSelection() ? blankToNull(oracleName.getText()) : null,
                blankToNull(user.getText()), h2 ? blankToNull(url.getText()) : null, null, Map.of());
        return new Stage(name.getText().strip(), false, spec, List.of(), null, null, false, 0);
    }

    /** The password typed, or null when none was. */
    char[] password() {
        return password.getText().isEmpty() ? null : password.getText().toCharArray();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The stage with {@code ${project.dir}} replaced by the project's folder, as the engine reads it. */
    private Stage resolved(Stage stage) {
        ConnectionSpec c = stage.connection();
        String dir = projectDir.get().toAbsolutePath().normalize().toString();
        ConnectionSpec spec = new ConnectionSpec(c.type(), c.host(), c.port(), replace(c.database(), dir), c.sid(), c.service(),
                c.user(), replace(c.url(), dir), c.defaultSchema(), c.properties());
        return new Stage(stage.name(), stage.reference(), spec, stage.contexts(), stage.labels(), stage.secretId(),
                stage.iamAuthentication(), 0);
    }

    private static String replace(String value, String dir) {
        return value == null ? null : value.replace("${project.dir}", dir);
    }

    private void testConnection() {
        Stage stage = resolved(stage());
        char[] typed = password();
        int run = ++testRun;
        test.setEnabled(false);
        setMessage(null);
        setErrorMessage(null);
        result.setText(String.format(Messages.TESTING, stage.connection().jdbcUrl()));
        result.getParent().layout(true, true);
        testJob = Job.create(String.format(Messages.TEST_JOB, stage.name()), (IProgressMonitor monitor) -> {
            StageConnector.TestResult outcome = Engine.connector(s -> typed).test(stage);
            if (!result.isDisposed()) {
                result.getDisplay().asyncExec(() -> show(run, outcome));
            }
            return Status.OK_STATUS;
        });
        testJob.setSystem(true);
        testJob.schedule();
    }

    private void show(int run, StageConnector.TestResult outcome) {
        if (result.isDisposed() || run != testRun) {
            return;
        }
        test.setEnabled(true);
        if (outcome.ok()) {
            String text = String.format(Messages.TEST_OK, outcome.product(), outcome.productVersion(), outcome.user(),
                    outcome.connectMillis());
            result.setText(text);
            setMessage(text, IMessageProvider.INFORMATION);
        } else {
            String text = String.format(Messages.TEST_FAILED, outcome.failure().title(), outcome.message());
            result.setText(text);
            setErrorMessage(text);
        }
        result.getParent().layout(true, true);
    }

    /** The last Test Connection's outcome as the page shows it (for tests and screenshots). */
    String testResult() {
        return result.getText();
    }

    @Override
    public void dispose() {
        if (testJob != null) {
            testJob.cancel();
        }
        super.dispose();
    }
}
