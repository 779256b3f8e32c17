package io.strata.core;

import java.nio.file.Path;

/**
 * The top-level folders of a Strata project, in the order the navigator shows them. The folder
 * names are the ones users of Datical DB know; they appear as-is on disk so that the project reads
 * the same in Git, in a file manager and in the IDE.
 */
public enum ProjectFolder {
    DEPLOYMENT_PLANS("Deployment Plans"),
    CHANGE_LOG("Change Log"),
    RULES("Rules"),
    REPORTS("Reports"),
    SNAPSHOTS("Snapshots");

    private final String folderName;

    ProjectFolder(String folderName) {
        this.folderName = folderName;
    }

    /** The folder's name on disk. */
    public String folderName() {
        return folderName;
    }

    /** This folder inside the given project directory. */
    public Path in(Path projectDir) {
        return projectDir.resolve(folderName);
    }

    /** The folder with this exact name, or {@code null}. */
    public static ProjectFolder byName(String name) {
        for (ProjectFolder folder : values()) {
            if (folder.folderName.equals(name)) {
                return folder;
            }
        }
        return null;
    }
}
