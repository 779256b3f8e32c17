package io.strata.dsl.ui.internal.editor;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.strata.dsl.ide.DslDocument;
import io.strata.dsl.ide.DslEditorServices;

/**
 * Checks a DSL file as saved on disk and makes its markers say so: after its editor closes (the
 * markers may have come from text that was never saved) and after a quick fix on a file no editor
 * shows. Open editors check their text themselves, as it is typed.
 */
final class DslFileCheck extends Job {

    private final IFile file;

    private DslFileCheck(IFile file) {
        super(Messages.bind("job.check", file.getName()));
        this.file = file;
        setSystem(true);
        setRule(null);
    }

    static void schedule(IFile file) {
        if (file != null && file.exists()) {
            new DslFileCheck(file).schedule();
        }
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        if (!file.exists() || file.getLocation() == null) {
            return Status.OK_STATUS;
        }
        try {
            String text = Files.readString(file.getLocation().toPath(), Charset.forName(file.getCharset()));
            DslDocument document = DslEditorServices.get().parse(text, DslEditor.fileName(file), DslContexts.of(file));
            DslMarkers.replace(file, DslMarkers.attributes(document), monitor);
            return Status.OK_STATUS;
        } catch (IOException | CoreException e) {
            return Status.warning(Messages.bind("job.check", file.getFullPath()) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == DslEditor.FAMILY;
    }
}
