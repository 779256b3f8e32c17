package io.strata.project.ui.internal;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

import io.strata.core.project.ProjectException;
import io.strata.core.project.Stage;
import io.strata.forecast.ui.internal.credentials.SecureStorageCredentials;
import io.strata.ui.internal.app.StrataPerspective;

/** What the wizards and the Connection Manager share: messages, passwords, showing files. */
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

    /** Opens a file in its editor with the given 1-based line selected (0: at the top). */
    static void openAtLine(IWorkbenchPage page, IFile file, int line) {
        if (file == null || !file.exists()) {
            return;
        }
        try {
            IEditorPart editor = IDE.openEditor(page, file);
            ITextEditor text = editor == null ? null : editor.getAdapter(ITextEditor.class);
            IDocument document = text == null ? null : text.getDocumentProvider().getDocument(text.getEditorInput());
            if (document != null && line > 0 && line <= document.getNumberOfLines()) {
                IRegion region = document.getLineInformation(line - 1);
                text.selectAndReveal(region.getOffset(), region.getLength());
            }
        } catch (PartInitException | BadLocationException e) {
            ILog.of(Wizards.class).warn("Strata could not open " + file.getFullPath() + ": " + e.getMessage());
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
