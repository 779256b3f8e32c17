package io.strata.core.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import io.strata.core.ProjectFolder;
import io.strata.core.StrataProjects;

/**
 * Lays out a new Strata project on disk: {@code strata.yaml}, a deployment plan with its first
 * stage, an empty master change log, the standard folders and a {@code .gitignore} for local
 * state and reports. Writes no password.
 *
 * @param name the project's name
 * @param planName the deployment plan's name (its file is {@code Deployment Plans/<plan>.yaml})
 * @param firstStage the plan's first stage, made its reference
 */
public record NewProject(String name, String planName, Stage firstStage) {

    /** The plan a new project gets when the user names none. */
    public static final String DEFAULT_PLAN = "Pipeline";

    /** The ignore file of a new project; Team > Share Project adds the lines an existing one lacks. */
    public static final String GITIGNORE = """
            # Local state (embedded databases, caches) and generated reports: never versioned.
            .strata/
            Reports/
            """;

    static final String EMPTY_CHANGELOG = """
            <?xml version="1.0" encoding="UTF-8"?>
            <databaseChangeLog
                xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">

            </databaseChangeLog>
            """;

    /**
     * What is wrong with these inputs for a project in {@code dir}, or null when it can be created.
     */
    public String problem(Path dir) {
        String problem = projectProblem(dir);
        return problem != null ? problem : PlanFile.problem(firstStage);
    }

    /** What is wrong with the project's name, plan name or folder, or null. */
    public String projectProblem(Path dir) {
        if (name == null || name.isBlank()) {
            return "Give the project a name.";
        }
        if (planName == null || planName.isBlank()) {
            return "Give the deployment plan a name.";
        }
        if (dir != null && Files.exists(dir) && !isEmptyDirectory(dir)) {
            return dir + " already exists and is not empty; choose another name or location.";
        }
        return null;
    }

    /** The plan file's path relative to the project folder. */
    public String planFile() {
        return ProjectFolder.DEPLOYMENT_PLANS.folderName() + "/" + planName.strip().replaceAll("[\\\\/:*?\"<>|]", "-") + ".yaml";
    }

    /**
     * Creates the project in {@code dir}, which must not exist or be empty.
     *
     * @return the project as {@link StrataProject#load} reads it back
     * @throws ProjectException naming the file and what to change
     */
    public StrataProject create(Path dir) throws ProjectException {
        String problem = problem(dir);
        if (problem != null) {
            throw new ProjectException(dir, 0, problem);
        }
        Stage stage = firstStage.reference() ? firstStage : new Stage(firstStage.name(), true, firstStage.connection(),
                firstStage.contexts(), firstStage.labels(), firstStage.secretId(), firstStage.iamAuthentication(), 0);
        write(dir.resolve(StrataProjects.PROJECT_FILE), """
                # A Strata project: the master change log and the deployment plans in 'Deployment Plans/'.
                name: %s
                changelog: %s
                """.formatted(StageYaml.scalar(name.strip()), StageYaml.scalar(StrataProject.DEFAULT_CHANGELOG)));
        write(dir.resolve(planFile()), """
                # A deployment plan: its stages in pipeline order (REF -> DEV -> TEST -> PROD). The reference
                # stage is baselined and compared with the others. Passwords never go here.
                name: %s
                stages:
                %s""".formatted(StageYaml.scalar(planName.strip()), StageYaml.item(stage, "  ")));
        write(dir.resolve(StrataProject.DEFAULT_CHANGELOG), EMPTY_CHANGELOG);
        write(dir.resolve(".gitignore"), GITIGNORE);
        try {
            StrataProjects.createStandardFolders(dir);
        } catch (IOException e) {
            throw new ProjectException(dir, 0, "a folder cannot be created: " + e.getMessage(), e);
        }
        return StrataProject.load(dir);
    }

    static void write(Path file, String text) throws ProjectException {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ProjectException(file, 0, "cannot be written: " + e.getMessage(), e);
        }
    }

    /** Empty, or holding only local state (an embedded database that Test Connection created). */
    private static boolean isEmptyDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.allMatch(child -> child.getFileName().toString().equals(StrataProjects.LOCAL_STATE_FOLDER));
        } catch (IOException e) {
            return false;
        }
    }
}
