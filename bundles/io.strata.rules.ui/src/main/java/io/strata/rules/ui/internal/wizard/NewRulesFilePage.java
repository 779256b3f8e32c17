package io.strata.rules.ui.internal.wizard;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.strata.core.ProjectFolder;
import io.strata.core.RulesPhase;
import io.strata.rules.ui.internal.drl.Messages;
import io.strata.rules.ui.internal.drl.RulesFileName;

/** The page of Create Rules File: project (shown), phase folder and file name, checked as typed. */
final class NewRulesFilePage extends WizardPage {

    /** The key of widget ids UI tests find widgets by (SwtDriver.ID_KEY). */
    static final String WIDGET_ID = "strata.id";
    static final String NAME_ID = "io.strata.rules.ui.newRulesFile.name";
    static final String PHASE_ID = "io.strata.rules.ui.newRulesFile.phase";

    private final IProject project;
    private RulesPhase phase;
    private Text name;

    NewRulesFilePage(IProject project, RulesPhase phase) {
        super("newRulesFile");
        this.project = project;
        this.phase = phase;
        setTitle(Messages.get("wizard.pageTitle"));
        setDescription(Messages.get("wizard.pageDescription"));
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite composite = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(composite);

        new Label(composite, SWT.NONE).setText(Messages.get("wizard.project"));
        Label projectName = new Label(composite, SWT.NONE);
        projectName.setText(project == null ? "-" : project.getName());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(projectName);

        new Label(composite, SWT.NONE).setText(Messages.get("wizard.phase"));
        Combo phases = new Combo(composite, SWT.READ_ONLY | SWT.DROP_DOWN);
        phases.setData(WIDGET_ID, PHASE_ID);
        for (RulesPhase p : RulesPhase.values()) {
            phases.add(ProjectFolder.RULES.folderName() + "/" + p.folderName());
        }
        phases.select(phase.ordinal());
        phases.addListener(SWT.Selection, e -> {
            phase = RulesPhase.values()[phases.getSelectionIndex()];
            validate();
        });
        GridDataFactory.fillDefaults().grab(true, false).applyTo(phases);

        new Label(composite, SWT.NONE).setText(Messages.get("wizard.name"));
        name = new Text(composite, SWT.BORDER | SWT.SINGLE);
        name.setData(WIDGET_ID, NAME_ID);
        name.addListener(SWT.Modify, e -> validate());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(name);

        setControl(composite);
        if (project == null) {
            setErrorMessage(Messages.get("wizard.noProject"));
            name.setEnabled(false);
            phases.setEnabled(false);
        }
        name.setFocus();
    }

    private void validate() {
        if (project == null) {
            return;
        }
        RulesFileName result = operation().check(name.getText());
        if (!result.ok()) {
            // An empty field is no error yet: say what to do without the red message.
            if (name.getText().isBlank()) {
                setErrorMessage(null);
                setMessage(result.error());
            } else {
                setErrorMessage(result.error());
            }
            setPageComplete(false);
            return;
        }
        setErrorMessage(null);
        setMessage(Messages.get("wizard.willCreate", result.fileName(),
                RulesFolders.path(RulesFolders.folder(project, phase))));
        setPageComplete(true);
    }

    CreateRulesFile operation() {
        return new CreateRulesFile(RulesFolders.folder(project, phase), phase);
    }

    String typedName() {
        return name.getText();
    }
}
