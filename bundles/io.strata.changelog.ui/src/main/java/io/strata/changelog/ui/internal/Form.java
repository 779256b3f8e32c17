package io.strata.changelog.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * A two-column form (label, field) whose fields report every edit to one listener and carry an id
 * for tests.
 */
final class Form {

    final Composite composite;
    private final Runnable changed;

    Form(Composite parent, Runnable changed) {
        composite = new Composite(parent, SWT.NONE);
        composite.setLayout(new GridLayout(2, false));
        this.changed = changed;
    }

    static <T extends Control> T id(T control, String id) {
        control.setData(NewChangeSetWizard.ID_KEY, id);
        return control;
    }

    Label label(String text) {
        Label label = new Label(composite, SWT.NONE);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        return label;
    }

    Text text(String label, String id) {
        label(label);
        Text text = id(new Text(composite, SWT.BORDER | SWT.SINGLE), id);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.addModifyListener(e -> changed.run());
        return text;
    }

    Text multiText(String label, String id, int lines) {
        Label l = label(label);
        l.setLayoutData(new GridData(SWT.BEGINNING, SWT.BEGINNING, false, false));
        Text text = id(new Text(composite, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.WRAP), id);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, lines > 4);
        data.heightHint = text.getLineHeight() * lines;
        text.setLayoutData(data);
        text.addModifyListener(e -> changed.run());
        return text;
    }

    /** An editable combo (a table, a column, a type) offering {@code items}. */
    Combo combo(String label, String id, List<String> items) {
        label(label);
        Combo combo = id(new Combo(composite, SWT.BORDER | SWT.DROP_DOWN), id);
        combo.setItems(items.toArray(String[]::new));
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        combo.addModifyListener(e -> changed.run());
        return combo;
    }

    Button check(String label, String id) {
        new Label(composite, SWT.NONE);
        Button check = id(new Button(composite, SWT.CHECK), id);
        check.setText(label);
        check.addListener(SWT.Selection, e -> changed.run());
        return check;
    }

    /** A hint in small words under the field before it. */
    void hint(String text) {
        new Label(composite, SWT.NONE);
        Label hint = new Label(composite, SWT.NONE);
        hint.setText(text);
        hint.setForeground(composite.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
    }

    /** Sets a combo's items, keeping what the user typed. */
    static void items(Combo combo, List<String> items) {
        String text = combo.getText();
        combo.setItems(items.toArray(String[]::new));
        combo.setText(text);
    }
}
