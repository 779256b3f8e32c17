package io.strata.changelog.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import io.strata.core.ProjectFolder;
import io.strata.core.project.StrataProject;
import io.strata.liquibase.changeset.ChangeLogIds;
import io.strata.liquibase.changeset.NewChangeSet;
import io.strata.liquibase.changeset.Problem;
import io.strata.ui.preferences.StrataPreferences;

/** Page 1: id (prefilled, checked as you type), author, labels, contexts, comment, target file. */
final class ChangeSetPage extends WizardPage {

    private static final String[] FIELDS = { "id", "author", "labels", "contexts", "comment", "target" };

    private final NewChangeSetWizard wizard;
    private Text id;
    private Text author;
    private Text labels;
    private Text contexts;
    private Text comment;
    private Combo target;
    private String defaultId;

    ChangeSetPage(NewChangeSetWizard wizard) {
        super("changeSet");
        this.wizard = wizard;
        setTitle(Messages.SET_PAGE_TITLE);
        setDescription(Messages.SET_PAGE_DESCRIPTION);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Form form = new Form(parent, this::validate);
        id = form.text(Messages.ID, "changeset.id");
        author = form.text(Messages.AUTHOR, "changeset.author");
        labels = form.text(Messages.LABELS, "changeset.labels");
        form.hint(Messages.LABELS_HINT);
        contexts = form.text(Messages.CONTEXTS, "changeset.contexts");
        form.hint(Messages.CONTEXTS_HINT);
        comment = form.multiText(Messages.COMMENT, "changeset.comment", 3);
        form.label(Messages.TARGET);
        target = Form.id(new Combo(form.composite, SWT.READ_ONLY | SWT.DROP_DOWN), "changeset.target");
        target.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        target.addListener(SWT.Selection, e -> validate());
        setControl(form.composite);

        StrataProject project = wizard.strataProject();
        if (project == null) {
            setErrorMessage(wizard.projectProblem());
            form.composite.setEnabled(false);
            return;
        }
        author.setText(StrataPreferences.defaultAuthor());
        defaultId = defaultId(ChangeLogIds.NONE);
        id.setText(defaultId);
        List<String> files = changeLogFiles(project, wizard.initialTarget());
        target.setItems(files.toArray(String[]::new));
        target.select(Math.max(0, files.indexOf(wizard.initialTarget())));
        wizard.onFacts(facts -> {
            if (id.isDisposed()) {
                return;
            }
            if (id.getText().equals(defaultId)) {
                // Still the prefilled id: make it unique now that the ids are known.
                defaultId = defaultId(facts.ids());
                id.setText(defaultId);
            }
            validate();
        });
        validate();
    }

    /** A fresh id by the preferences' prefix and scheme (Window > Preferences > Strata). */
    private static String defaultId(ChangeLogIds ids) {
        return NewChangeSet.defaultId(StrataPreferences.idPrefix(), StrataPreferences.idScheme(), Clock.systemDefaultZone(),
                UUID::randomUUID, ids);
    }

    /** The XML and DSL files of the project's Change Log folder (the master first), plus the initial target. */
    private static List<String> changeLogFiles(StrataProject project, String initial) {
        List<String> files = new ArrayList<>();
        files.add(project.changelog());
        if (initial != null && !files.contains(initial)) {
            files.add(initial);
        }
        Path folder = ProjectFolder.CHANGE_LOG.in(project.dir());
        if (Files.isDirectory(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(p -> NewChangeSetWizard.isChangeLogFile(p.getFileName().toString()))
                        .map(p -> project.dir().relativize(p).toString().replace('\\', '/')).sorted()
                        .filter(p -> !files.contains(p)).forEach(files::add);
            } catch (IOException e) {
                // the master and the selected file are still offered
            }
        }
        return files;
    }

    void fill(NewChangeSet op) {
        if (id == null || wizard.strataProject() == null) {
            return;
        }
        op.id(id.getText()).author(author.getText()).labels(labels.getText()).contexts(contexts.getText())
                .comment(comment.getText()).target(target.getText());
    }

    private void validate() {
        if (wizard.strataProject() == null || target == null) {
            return;
        }
        ChangeLogFacts facts = wizard.facts();
        List<Problem> problems = wizard.operation().validate(facts == null ? ChangeLogIds.NONE : facts.ids());
        Problem problem = NewChangeSetWizard.firstProblem(problems, FIELDS);
        setErrorMessage(problem == null ? null : problem.message());
        if (facts == null) {
            setMessage(Messages.CHECKING_IDS, IMessageProvider.INFORMATION);
        } else if (facts.problem() != null && facts.ids() == ChangeLogIds.NONE) {
            setMessage(facts.problem(), IMessageProvider.WARNING);
        } else {
            setMessage(null);
        }
        setPageComplete(problem == null && facts != null);
    }
}
