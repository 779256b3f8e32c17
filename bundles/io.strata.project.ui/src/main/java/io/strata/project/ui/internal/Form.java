package io.strata.project.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * A form of rows (label, field, optional third column) whose fields report every edit to one
 * listener and carry an id for tests.
 */
final class Form {

    /** The key under which widgets carry an id for tests (the test driver's {@code SwtDriver.ID_KEY}). */
    static final String ID_KEY = "strata.id";

    final Composite composite;
    private final Runnable changed;

    Form(Composite parent, int columns, Runnable changed) {
        composite = new Composite(parent, SWT.NONE);
        composite.setLayout(new GridLayout(columns, false));
        this.changed = changed;
    }

    static <T extends Control> T id(T control, String id) {
        control.setData(ID_KEY, id);
        return control;
    }

    Label label(String text) {
        Label label = new Label(composite, SWT.NONE);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        return label;
    }

    Text text(String label, String id, int style, int span) {
        label(label);
        Text text = id(new Text(composite, SWT.BORDER | SWT.SINGLE | style), id);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
        text.addModifyListener(e -> changed.run());
        return text;
    }

    Combo readOnlyCombo(String label, String id, String[] items, int span) {
        label(label);
        Combo combo = id(new Combo(composite, SWT.READ_ONLY | SWT.DROP_DOWN), id);
        combo.setItems(items);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
        combo.addListener(SWT.Selection, e -> changed.run());
        return combo;
    }

    /** A hint in small words under the field before it. */
    Control[] hint(String text, int span) {
        Label spacer = new Label(composite, SWT.NONE);
        spacer.setLayoutData(new GridData());
        Label hint = new Label(composite, SWT.NONE);
        hint.setText(text);
        hint.setForeground(composite.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
        return new Control[] { spacer, hint };
    }

    /** Shows or hides controls, taking them out of the layout when hidden. */
    static void show(boolean visible, Control... controls) {
        for (Control control : controls) {
            control.setVisible(visible);
            ((GridData) control.getLayoutData()).exclude = !visible;
        }
    }
}
