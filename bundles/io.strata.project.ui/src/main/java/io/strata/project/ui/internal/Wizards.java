package io.strata.project.ui.internal;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IResource;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

import io.strata.core.project.ProjectException;
import io.strata.core.project.Stage;
import io.strata.forecast.ui.internal.credentials.SecureStorageCredentials;
import io.strata.ui.internal.app.StrataPerspective;

/** What the wizards and the Connection Manager share. */
final class Wizards {

    private Wizards() {
    }

    /** A failure's message for the page: {@code file:line: message} for project files, never a stack trace. */
    static String message(Throwable failure) {
        Throwable cause = failure instanceof InvocationTargetException ite && ite.getCause() != null ? ite.getCause() : failure;
        if (cause instanceof ProjectException project) {
            return project.describe();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }

    /** Keeps the typed password in Eclipse secure storage, where Test Connection, Forecast and Deploy find it. */
    static void storePassword(String projectName, Stage stage, char[] password) {
        if (password != null && password.length > 0) {
            new SecureStorageCredentials(projectName).store(stage, password);
        }
    }

    /** Shows the Project Navigator with {@code resource} selected. */
    static void reveal(IResource resource) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null || window.getActivePage() == null) {
            return;
        }
        try {
            window.getActivePage().showView(StrataPerspective.NAVIGATOR_ID, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            // the navigator is not there (another perspective): selecting in what is open still helps
        }
        BasicNewResourceWizard.selectAndReveal(resource, window);
    }
}
