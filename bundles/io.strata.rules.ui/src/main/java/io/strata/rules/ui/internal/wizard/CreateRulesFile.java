package io.strata.rules.ui.internal.wizard;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

import io.strata.core.RulesPhase;
import io.strata.rules.ui.internal.drl.RulesFileName;
import io.strata.rules.ui.internal.drl.RulesFileTemplate;

/**
 * Create Rules File as an operation: check the name against the phase folder, then create the
 * folder if it is missing and the file with the phase's template. The wizard only collects the
 * folder and the name.
 */
final class CreateRulesFile {

    private final IFolder folder;
    private final RulesPhase phase;

    CreateRulesFile(IFolder folder, RulesPhase phase) {
        this.folder = folder;
        this.phase = phase;
    }

    /** The file name to create, or why the typed name is refused. */
    RulesFileName check(String typed) {
        List<String> existing = new ArrayList<>();
        if (folder.exists()) {
            try {
                for (IResource member : folder.members()) {
                    existing.add(member.getName());
                }
            } catch (CoreException e) {
                return new RulesFileName(null, e.getStatus().getMessage());
            }
        }
        return RulesFileName.check(typed, RulesFolders.path(folder), existing);
    }

    /** Creates the file; the name must have passed {@link #check}. */
    IFile perform(RulesFileName name, IProgressMonitor monitor) throws CoreException {
        if (!name.ok()) {
            throw new IllegalArgumentException(name.error());
        }
        create(folder, monitor);
        IFile file = folder.getFile(name.fileName());
        byte[] text = RulesFileTemplate.text(phase, name.fileName()).getBytes(StandardCharsets.UTF_8);
        file.create(new ByteArrayInputStream(text), IResource.NONE, monitor);
        file.setCharset(StandardCharsets.UTF_8.name(), monitor);
        return file;
    }

    private static void create(IContainer container, IProgressMonitor monitor) throws CoreException {
        if (!container.exists() && container instanceof IFolder missing) {
            create(missing.getParent(), monitor);
            missing.create(IResource.NONE, true, monitor);
        }
    }
}
