package io.strata.changelog.ui.internal;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import io.strata.liquibase.OperationException;
import io.strata.liquibase.changeset.Appended;
import io.strata.liquibase.changeset.InvalidChangeSetException;
import io.strata.liquibase.changeset.NewChangeSet;

/**
 * {@link NewChangeSet#perform} as an operation of the workbench's history: Edit > Undo puts the
 * change log back as it was (unless it was edited since), Redo appends the change set again.
 */
final class AppendChangeSetOperation extends AbstractOperation {

    private final NewChangeSet changeSet;
    private final IFile file;
    private Appended appended;

    AppendChangeSetOperation(NewChangeSet changeSet, IProject project) {
        super(String.format(Messages.OPERATION, changeSet.id() == null ? "" : changeSet.id().strip()));
        this.changeSet = changeSet;
        this.file = project.getFile(changeSet.target());
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        try {
            appended = changeSet.perform();
        } catch (InvalidChangeSetException | OperationException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        refresh(monitor);
        return Status.OK_STATUS;
    }

    @Override
    public boolean canUndo() {
        return appended != null;
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        return rewrite(appended::undo, monitor);
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        return rewrite(appended::redo, monitor);
    }

    /** Undo or redo: writes the file back or again. */
    private interface Rewrite {
        void run() throws OperationException;
    }

    private IStatus rewrite(Rewrite rewrite, IProgressMonitor monitor) throws ExecutionException {
        try {
            rewrite.run();
        } catch (OperationException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        refresh(monitor);
        return Status.OK_STATUS;
    }

    private void refresh(IProgressMonitor monitor) throws ExecutionException {
        try {
            file.refreshLocal(IResource.DEPTH_ZERO, monitor);
        } catch (CoreException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
    }
}
