package io.strata.rules.ui.internal.wizard;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/** Create Rules File in the Project Navigator's menu of a Rules phase folder. */
public final class CreateRulesFileHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        NewRulesFileWizard wizard = new NewRulesFileWizard();
        wizard.init(PlatformUI.getWorkbench(), HandlerUtil.getCurrentStructuredSelection(event));
        new WizardDialog(HandlerUtil.getActiveShell(event), wizard).open();
        return null;
    }
}
