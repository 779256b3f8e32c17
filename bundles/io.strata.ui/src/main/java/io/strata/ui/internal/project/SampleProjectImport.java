package io.strata.ui.internal.project;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

import io.strata.core.StrataProjects;
import io.strata.ui.StrataUi;

/**
 * On the first start of Strata in a workspace, copies the sample projects that come with Strata
 * into the workspace and opens them, so that a new user has something to forecast right away.
 * The samples are looked up in the folder named by the system property {@value #SAMPLES_PROPERTY},
 * else in {@code samples/} of the installation.
 */
public final class SampleProjectImport extends WorkspaceJob {

    public static final String SAMPLES_PROPERTY = "strata.samples";
    /** The job family of the import, for {@code IJobManager.join}. */
    public static final Object FAMILY = SampleProjectImport.class;
    /** Set in the workspace's preferences once the samples were offered. */
    static final String DONE_KEY = "samplesImported";

    private final List<Path> samples;

    SampleProjectImport(List<Path> samples) {
        super("Importing the Strata sample project");
        this.samples = samples;
        setRule(ResourcesPlugin.getWorkspace().getRoot());
        setUser(false);
    }

    /** Schedules the import if this workspace never had it and samples can be found. */
    public static SampleProjectImport scheduleOnFirstStart() {
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(StrataUi.PLUGIN_ID);
        if (prefs.getBoolean(DONE_KEY, false)) {
            return null;
        }
        List<Path> samples = findSamples();
        if (samples.isEmpty()) {
            return null;
        }
        SampleProjectImport job = new SampleProjectImport(samples);
        job.schedule();
        return job;
    }

    static List<Path> findSamples() {
        Path folder = samplesFolder();
        List<Path> found = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return found;
        }
        try (Stream<Path> children = Files.list(folder)) {
            children.filter(StrataProjects::isStrataProject).sorted().forEach(found::add);
        } catch (IOException e) {
            StrataUi.getDefault().getLog().warn("Strata could not list the sample projects in " + folder, e);
        }
        return found;
    }

    private static Path samplesFolder() {
        String property = System.getProperty(SAMPLES_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        URL install = Platform.getInstallLocation() == null ? null : Platform.getInstallLocation().getURL();
        return install == null ? null : Path.of(install.getPath(), "samples");
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, samples.size());
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        List<IStatus> problems = new ArrayList<>();
        for (Path sample : samples) {
            progress.subTask(sample.getFileName().toString());
            try {
                importSample(workspace, sample, progress.split(1));
            } catch (IOException | CoreException e) {
                problems.add(Status.error("Strata could not import the sample project " + sample.getFileName()
                        + ": " + e.getMessage(), e));
            }
        }
        InstanceScope.INSTANCE.getNode(StrataUi.PLUGIN_ID).putBoolean(DONE_KEY, true);
        if (problems.isEmpty()) {
            return Status.OK_STATUS;
        }
        return problems.get(0);
    }

    private static void importSample(IWorkspace workspace, Path sample, IProgressMonitor monitor)
            throws IOException, CoreException {
        String name = sample.getFileName().toString();
        IProject project = workspace.getRoot().getProject(name);
        if (project.exists()) {
            return;
        }
        Path target = workspace.getRoot().getLocation().toPath().resolve(name);
        if (!Files.exists(target)) {
            StrataProjects.copyProject(sample, target);
        }
        IProjectDescription description;
        Path dotProject = target.resolve(IProjectDescription.DESCRIPTION_FILE_NAME);
        if (Files.isRegularFile(dotProject)) {
            description = workspace.loadProjectDescription(
                    org.eclipse.core.runtime.IPath.fromPath(dotProject));
        } else {
            description = workspace.newProjectDescription(name);
            description.setNatureIds(new String[] { StrataNature.ID });
        }
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        project.create(description, progress.split(1));
        project.open(progress.split(1));
    }
}
