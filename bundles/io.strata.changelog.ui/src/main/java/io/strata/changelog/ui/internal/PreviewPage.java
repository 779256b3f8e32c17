package io.strata.changelog.ui.internal;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.strata.core.project.DatabaseType;
import io.strata.liquibase.changeset.NewChangeSet;
import io.strata.liquibase.changeset.Preview;

/** Last page: the XML Finish appends and the SQL Liquibase makes of it for the first stage's database. */
final class PreviewPage extends WizardPage {

    private final NewChangeSetWizard wizard;
    private Label xmlLabel;
    private Text xml;
    private Label sqlLabel;
    private Text sql;

    PreviewPage(NewChangeSetWizard wizard) {
        super("preview");
        this.wizard = wizard;
        setTitle(Messages.PREVIEW_PAGE_TITLE);
        setDescription(Messages.PREVIEW_PAGE_DESCRIPTION);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        xmlLabel = new Label(page, SWT.NONE);
        xmlLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        xml = area(page, "preview.xml", 14, SWT.H_SCROLL);
        sqlLabel = new Label(page, SWT.NONE);
        sqlLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        sql = area(page, "preview.sql", 6, SWT.WRAP);
        setControl(page);
    }

    private static Text area(Composite parent, String id, int lines, int style) {
        Text text = Form.id(new Text(parent, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | style), id);
        text.setFont(JFaceResources.getTextFont());
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = text.getLineHeight() * lines;
        data.widthHint = 600;
        text.setLayoutData(data);
        return text;
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            update();
        }
    }

    /** Makes the preview with the engine, off the UI thread. */
    private void update() {
        NewChangeSet op = wizard.operation();
        DatabaseType type = NewChangeSet.previewDatabaseType(wizard.strataProject());
        Preview[] preview = new Preview[1];
        xml.setText("");
        sql.setText("");
        try {
            getContainer().run(true, false, monitor -> {
                monitor.beginTask(Messages.PREVIEWING, -1);
                try {
                    preview[0] = op.preview(type);
                } catch (Exception e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            setErrorMessage(cause.getMessage() == null ? cause.toString() : cause.getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        setErrorMessage(null);
        xmlLabel.setText(String.format(Messages.PREVIEW_XML, preview[0].file(), preview[0].line()));
        xml.setText(preview[0].xml());
        sqlLabel.setText(String.format(Messages.PREVIEW_SQL, type.displayName()));
        sql.setText(preview[0].sqlText());
    }
}
