package io.strata.forecast.ui.internal.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

import io.strata.core.ProjectFolder;
import io.strata.forecast.ui.internal.Messages;
import io.strata.forecast.ui.internal.report.ReportView;

/** Open Report: the selected HTML report, or the project's newest one, in the Report view. */
public final class OpenReportJob extends StrataJob {

    private final IResource selected;

    public OpenReportJob(IProject project, IResource selected) {
        super(Messages.open_job, project);
        this.selected = selected;
        setUser(false);
    }

    @Override
    protected IStatus perform(IProgressMonitor monitor) throws IOException {
        Path html;
        if (selected != null && selected.getType() == IResource.FILE && "html".equalsIgnoreCase(selected.getFileExtension())) {
            html = selected.getLocation().toPath();
        } else {
            Optional<Path> newest = newest(ProjectFolder.REPORTS.in(projectDir()));
            if (newest.isEmpty()) {
                return failed(NLS.bind(Messages.open_none, project.getName()));
            }
            html = newest.get();
        }
        console.println(NLS.bind(Messages.open_showing, projectDir().relativize(html)));
        ReportView.showLater(html);
        return Status.OK_STATUS;
    }

    private static Optional<Path> newest(Path reports) throws IOException {
        if (!Files.isDirectory(reports)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(reports)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".html") && Files.isRegularFile(f))
                    .max(Comparator.comparing(OpenReportJob::modified));
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
