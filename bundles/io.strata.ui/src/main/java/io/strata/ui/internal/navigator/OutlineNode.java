package io.strata.ui.internal.navigator;

import org.eclipse.core.resources.IFile;

import io.strata.liquibase.ProjectOutline;

/**
 * A node the Project Navigator shows inside a plan file or the master change log: built from a
 * {@link ProjectOutline} that was read off the UI thread ({@link ProjectOutlines}).
 */
public sealed interface OutlineNode {

    /** The file the node is in (a double-click opens it). */
    IFile file();

    /** The node's line in {@link #file()}, or 0. */
    default int line() {
        return 0;
    }

    /** A deployment plan, shown under its file. */
    record PlanNode(IFile file, ProjectOutline.Plan plan) implements OutlineNode {
    }

    /** A stage, under its plan. */
    record StageNode(IFile file, ProjectOutline.StageItem stage) implements OutlineNode {
        @Override
        public int line() {
            return stage.line();
        }
    }

    /** A change log file under the master change log, when the change sets are in several files. */
    record ChangeLogFileNode(IFile file, ProjectOutline.ChangeLogFile changeLogFile) implements OutlineNode {
    }

    /** A label under the master change log, when the change sets are grouped by label: its change sets under it. */
    record LabelNode(IFile file, String label, java.util.List<ProjectOutline.ChangeSetItem> changeSets) implements OutlineNode {

        /** The same label of the same file is the same node, whatever its change sets (the tree keeps it expanded). */
        @Override
        public boolean equals(Object other) {
            return other instanceof LabelNode node && node.file.equals(file) && node.label.equals(label);
        }

        @Override
        public int hashCode() {
            return file.hashCode() * 31 + label.hashCode();
        }
    }

    /** A change set; its changes under it. */
    record ChangeSetNode(IFile file, ProjectOutline.ChangeSetItem changeSet) implements OutlineNode {
        @Override
        public int line() {
            return changeSet.line();
        }
    }

    /** A change of a change set ({@code createTable tableName=ORDERS}), at its change set's line. */
    record ChangeNode(IFile file, ProjectOutline.ChangeSetItem changeSet, int index) implements OutlineNode {
        @Override
        public int line() {
            return changeSet.line();
        }

        /** What the change does, as Liquibase describes it. */
        public String description() {
            return changeSet.changeItems().get(index);
        }
    }

    /** "Reading..." while the outline is built, or why a file cannot be read. */
    record MessageNode(IFile file, String text, boolean error) implements OutlineNode {
    }
}
