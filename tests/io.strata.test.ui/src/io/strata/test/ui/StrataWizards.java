package io.strata.test.ui;

import java.time.Duration;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Steps of Strata's wizards that several UI tests take, by the wizards' widget ids. */
public final class StrataWizards {

    private StrataWizards() {
    }

    /** Presses Test Connection on a stage page and returns the result it shows once the test ended. */
    public static String testConnection(SwtDriver ui, Shell shell, Duration timeout) {
        ui.click(ui.byId(shell, Button.class, "stage.test"));
        Label result = ui.byId(shell, Label.class, "stage.testResult");
        ui.waitUntil("the Test Connection result", timeout,
                () -> !result.getText().isEmpty() && !result.getText().startsWith("Connecting to "));
        return result.getText();
    }

    /**
     * Add Column... on a Create Table form and fills in the dialog (size and scale may be null),
     * {@code more} sets the rest (primary key, nullable, default), then OK.
     */
    public static void addColumn(SwtDriver ui, Composite form, String name, String type, String size, String scale,
            Consumer<Shell> more) {
        Throwable[] failure = ui.onShell("Add Column", dialog -> {
            ui.type(ui.byId(dialog, Text.class, "column.name"), name);
            ui.type(ui.byId(dialog, org.eclipse.swt.widgets.Combo.class, "column.type"), type);
            ui.type(ui.byId(dialog, Text.class, "column.size"), size == null ? "" : size);
            if (scale != null) {
                ui.type(ui.byId(dialog, Text.class, "column.scale"), scale);
            }
            more.accept(dialog);
            ui.click(ui.byLabel(dialog, Button.class, "OK"));
        });
        ui.click(ui.byId(form, Button.class, "columns.add"));
        SwtDriver.rethrow(failure);
    }
}
