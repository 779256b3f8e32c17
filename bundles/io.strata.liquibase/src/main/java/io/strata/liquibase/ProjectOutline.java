package io.strata.liquibase;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.strata.core.project.DeploymentPlan;
import io.strata.core.project.ProjectException;
import io.strata.core.project.Stage;
import io.strata.core.project.StrataProject;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.exception.LiquibaseException;

/**
 * What a project holds, for a tree of it (the IDE's Project Navigator): its deployment plans with
 * their stages, and its change log's change sets grouped by the file they are in, each with its
 * line. Reading it parses files, so build it off the UI thread; it never throws: what cannot be
 * read is kept as a message for the user.
 *
 * @param plans the deployment plans, by file name
 * @param plansError why the project or its plans cannot be read, or null
 * @param changeLog the master change log, relative to the project folder (forward slashes)
 * @param files the change log files in the order their first change set runs
 * @param changeLogError why the change log cannot be read, or null
 */
public record ProjectOutline(List<Plan> plans, String plansError, String changeLog, List<ChangeLogFile> files,
        String changeLogError) {

    /**
     * A deployment plan.
     *
     * @param name its name
     * @param file its file, relative to the project folder
     * @param stages its stages in pipeline order
     */
    public record Plan(String name, String file, List<StageItem> stages) {
    }

    /**
     * A stage of a plan.
     *
     * @param name its name
     * @param type its database type's id (h2, postgresql...)
     * @param reference whether it is the plan's reference stage
     * @param file the plan file, relative to the project folder
     * @param line its line in the plan file, or 0
     * @param stage the stage as its plan file says (connection, contexts, labels...), for the Properties view; null
     *        when only the other fields are known
     */
    public record StageItem(String name, String type, boolean reference, String file, int line, Stage stage) {

        /** A stage known by its name, type and place only. */
        public StageItem(String name, String type, boolean reference, String file, int line) {
            this(name, type, reference, file, line, null);
        }
    }

    /**
     * A change log file and its change sets in change log order.
     *
     * @param file relative to the project folder
     */
    public record ChangeLogFile(String file, List<ChangeSetItem> changeSets) {
    }

    /**
     * A change set.
     *
     * @param id its id
     * @param author its author
     * @param labels its labels, or empty
     * @param changes how many changes it has
     * @param file its file, relative to the project folder
     * @param line its line in that file, or 0
     * @param contexts its context expression, or empty
     * @param changeItems what each change does ({@code createTable tableName=ORDERS}), in order; may be empty when
     *        only the number of changes is known
     */
    public record ChangeSetItem(String id, String author, String labels, int changes, String file, int line, String contexts,
            List<String> changeItems) {

        public ChangeSetItem {
            changeItems = changeItems == null ? List.of() : List.copyOf(changeItems);
        }

        /** A change set known without the descriptions of its changes. */
        public ChangeSetItem(String id, String author, String labels, int changes, String file, int line, String contexts) {
            this(id, author, labels, changes, file, line, contexts, List.of());
        }

        /** A change set without contexts. */
        public ChangeSetItem(String id, String author, String labels, int changes, String file, int line) {
            this(id, author, labels, changes, file, line, "");
        }

        /** Its labels one by one (the attribute is a comma-separated list), or empty. */
        public List<String> labelList() {
            List<String> list = new ArrayList<>();
            for (String label : labels.split(",")) {
                if (!label.isBlank() && !list.contains(label.strip())) {
                    list.add(label.strip());
                }
            }
            return list;
        }
    }

    /** The group of {@link #byLabel()} that holds the change sets without labels. */
    public static final String NO_LABEL = "(no label)";

    public ProjectOutline {
        plans = List.copyOf(plans);
        files = List.copyOf(files);
    }

    /** Every change set, in change log order. */
    public List<ChangeSetItem> changeSets() {
        List<ChangeSetItem> all = new ArrayList<>();
        files.forEach(f -> all.addAll(f.changeSets()));
        return all;
    }

    /**
     * The change sets grouped by label (Liquibase keeps labels in lower case), labels in alphabetical order, each group in change log order;
     * a change set with two labels is in both groups, the change sets without labels come last under {@link #NO_LABEL}.
     */
    public Map<String, List<ChangeSetItem>> byLabel() {
        Map<String, List<ChangeSetItem>> groups = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<ChangeSetItem> unlabelled = new ArrayList<>();
        for (ChangeSetItem changeSet : changeSets()) {
            List<String> labels = changeSet.labelList();
            if (labels.isEmpty()) {
                unlabelled.add(changeSet);
            }
            labels.forEach(label -> groups.computeIfAbsent(label, l -> new ArrayList<>()).add(changeSet));
        }
        Map<String, List<ChangeSetItem>> ordered = new LinkedHashMap<>();
        groups.forEach((label, changeSets) -> ordered.put(label, List.copyOf(changeSets)));
        if (!unlabelled.isEmpty()) {
            ordered.put(NO_LABEL, List.copyOf(unlabelled));
        }
        return ordered;
    }

    /** Reads the project in {@code dir}. */
    public static ProjectOutline read(Path dir) {
        StrataProject project;
        try {
            project = StrataProject.load(dir);
        } catch (ProjectException e) {
            return new ProjectOutline(List.of(), e.getMessage(), StrataProject.DEFAULT_CHANGELOG, List.of(), e.getMessage());
        }
        List<Plan> plans = new ArrayList<>();
        for (DeploymentPlan plan : project.plans()) {
            String file = relative(dir, plan.file());
            List<StageItem> stages = new ArrayList<>();
            Stage reference = plan.referenceStage().orElse(null);
            for (Stage stage : plan.stages()) {
                stages.add(new StageItem(stage.name(), stage.connection().type().id(), stage == reference, file, stage.line(), stage));
            }
            plans.add(new Plan(plan.name(), file, stages));
        }
        String changeLog = ChangeSetLines.normalize(project.changelog());
        try {
            return new ProjectOutline(plans, null, changeLog, changeLogFiles(project), null);
        } catch (OperationException e) {
            return new ProjectOutline(plans, null, changeLog, List.of(), e.getMessage());
        }
    }

    private static List<ChangeLogFile> changeLogFiles(StrataProject project) throws OperationException {
        DatabaseChangeLog changeLog = ChangeLogReader.readAll(project);
        Map<ChangeSet, List<String>> descriptions = describe(project, changeLog);
        ChangeSetLines lines = new ChangeSetLines(project.dir());
        Map<String, List<ChangeSetItem>> byFile = new LinkedHashMap<>();
        for (ChangeSet changeSet : changeLog.getChangeSets()) {
            String file = ChangeSetLines.normalize(changeSet.getFilePath());
            String labels = changeSet.getLabels() == null || changeSet.getLabels().isEmpty() ? "" : changeSet.getLabels().toString();
            byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(new ChangeSetItem(changeSet.getId(), changeSet.getAuthor(),
                    labels, changeSet.getChanges().size(), file, lines.line(file, changeSet.getId(), changeSet.getAuthor()),
                    changeSet.getContextFilter() == null || changeSet.getContextFilter().isEmpty() ? ""
                            : changeSet.getContextFilter().toString(),
                    descriptions.getOrDefault(changeSet, List.of())));
        }
        List<ChangeLogFile> files = new ArrayList<>();
        byFile.forEach((file, changeSets) -> files.add(new ChangeLogFile(file, List.copyOf(changeSets))));
        return files;
    }

    /**
     * What each change does, as Liquibase describes it ({@code createTable tableName=ORDERS}); Liquibase needs its
     * scope for that. A change it cannot describe shows its type only.
     */
    private static Map<ChangeSet, List<String>> describe(StrataProject project, DatabaseChangeLog changeLog) {
        Map<ChangeSet, List<String>> descriptions = new IdentityHashMap<>();
        try {
            new LiquibaseRunner(project.dir()).inScope(() -> {
                for (ChangeSet changeSet : changeLog.getChangeSets()) {
                    List<String> changes = new ArrayList<>();
                    for (Change change : changeSet.getChanges()) {
                        changes.add(describe(change));
                    }
                    descriptions.put(changeSet, changes);
                }
                return null;
            });
        } catch (LiquibaseException e) {
            // Only the descriptions are lost: the change sets still show with their number of changes.
        }
        return descriptions;
    }

    private static String describe(Change change) {
        try {
            String description = change.getDescription();
            if (description != null && !description.isBlank()) {
                return description.strip();
            }
        } catch (RuntimeException e) {
            // fall through to the type's name
        }
        return change.getClass().getSimpleName().replaceAll("Change$", "");
    }

    private static String relative(Path dir, Path file) {
        try {
            return dir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return file.toString();
        }
    }
}
