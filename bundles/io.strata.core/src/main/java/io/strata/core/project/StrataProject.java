package io.strata.core.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.strata.core.ProjectFolder;
import io.strata.core.StrataProjects;

/**
 * A Strata project read from disk: {@code strata.yaml} and the deployment plans in
 * {@code Deployment Plans/*.yaml}.
 */
public final class StrataProject {

    /** The master change log when strata.yaml names none. */
    public static final String DEFAULT_CHANGELOG = ProjectFolder.CHANGE_LOG.folderName() + "/changelog.xml";

    private static final Set<String> PROJECT_KEYS = Set.of("name", "description", "changelog");
    private static final Set<String> PLAN_KEYS = Set.of("name", "description", "stages");
    private static final Set<String> STAGE_KEYS = Set.of("name", "reference", "type", "host", "port", "database", "sid",
            "service", "user", "url", "defaultSchema", "properties", "contexts", "labels", "secret", "iamAuthentication");

    private final Path dir;
    private final String name;
    private final String description;
    private final String changelog;
    private final List<DeploymentPlan> plans;

    private StrataProject(Path dir, String name, String description, String changelog, List<DeploymentPlan> plans) {
        this.dir = dir;
        this.name = name;
        this.description = description;
        this.changelog = changelog;
        this.plans = List.copyOf(plans);
    }

    /**
     * Reads the project in {@code dir}.
     *
     * @throws ProjectException naming the file, the line and what to change
     */
    public static StrataProject load(Path dir) throws ProjectException {
        Path projectFile = dir.resolve(StrataProjects.PROJECT_FILE);
        if (!Files.isRegularFile(projectFile)) {
            throw new ProjectException(dir, 0, "is not a Strata project: it has no " + StrataProjects.PROJECT_FILE
                    + " (give the project folder with --project DIR)");
        }
        YamlFile.Section project = YamlFile.read(projectFile, StrataProjects.PROJECT_FILE);
        project.onlyKeys(PROJECT_KEYS);
        String name = project.string("name");
        if (name == null) {
            name = dir.toAbsolutePath().normalize().getFileName().toString();
        }
        String changelog = project.string("changelog");
        if (changelog == null) {
            changelog = DEFAULT_CHANGELOG;
        }
        List<DeploymentPlan> plans = new ArrayList<>();
        Path plansDir = ProjectFolder.DEPLOYMENT_PLANS.in(dir);
        if (Files.isDirectory(plansDir)) {
            List<Path> files;
            try (Stream<Path> list = Files.list(plansDir)) {
                files = list.filter(p -> p.getFileName().toString().endsWith(".yaml")
                        || p.getFileName().toString().endsWith(".yml")).sorted().toList();
            } catch (IOException e) {
                throw new ProjectException(plansDir, 0, "cannot be listed: " + e.getMessage(), e);
            }
            for (Path file : files) {
                plans.add(readPlan(dir, file));
            }
        }
        return new StrataProject(dir, name, project.string("description"), changelog, plans);
    }

    private static DeploymentPlan readPlan(Path projectDir, Path file) throws ProjectException {
        YamlFile.Section plan = YamlFile.read(file, "the deployment plan");
        plan.onlyKeys(PLAN_KEYS);
        String planName = plan.string("name");
        if (planName == null) {
            planName = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        }
        List<Stage> stages = new ArrayList<>();
        for (YamlFile.Section section : plan.sections("stages", "stage")) {
            Stage stage = readStage(projectDir, file, section);
            for (Stage other : stages) {
                if (other.name().equalsIgnoreCase(stage.name())) {
                    throw new ProjectException(file, stage.line(), "two stages are named '" + stage.name()
                            + "' (the other is on line " + other.line() + "); stage names must be unique in a plan");
                }
            }
            stages.add(stage);
        }
        if (stages.isEmpty()) {
            throw new ProjectException(file, plan.line, "the deployment plan has no stages; add at least one under 'stages:'");
        }
        long references = stages.stream().filter(Stage::reference).count();
        if (references > 1) {
            throw new ProjectException(file, plan.line, "more than one stage is marked 'reference: true'; a plan has one reference database");
        }
        return new DeploymentPlan(planName, file, stages);
    }

    private static Stage readStage(Path projectDir, Path file, YamlFile.Section stage) throws ProjectException {
        stage.onlyKeys(STAGE_KEYS);
        String name = stage.requiredString("name");
        String typeId = stage.requiredString("type");
        DatabaseType type = DatabaseType.byId(typeId);
        if (type == null) {
            StringBuilder known = new StringBuilder();
            for (DatabaseType t : DatabaseType.values()) {
                known.append(known.length() == 0 ? "" : ", ").append(t.id());
            }
            throw new ProjectException(file, stage.line, "stage '" + name + "' has unknown type '" + typeId + "'; use one of " + known);
        }
        String dirText = projectDir.toAbsolutePath().normalize().toString();
        ConnectionSpec connection = new ConnectionSpec(type, stage.string("host"), stage.integer("port"),
                substitute(stage.string("database"), dirText), stage.string("sid"), stage.string("service"),
                stage.string("user"), substitute(stage.string("url"), dirText), stage.string("defaultSchema"),
                stage.stringMap("properties"));
        if (connection.url() == null) {
            try {
                connection.jdbcUrl();
            } catch (IllegalArgumentException e) {
                throw new ProjectException(file, stage.line, "stage '" + name + "': " + e.getMessage());
            }
        }
        return new Stage(name, stage.bool("reference"), connection, stage.strings("contexts"), stage.string("labels"),
                stage.string("secret"), stage.bool("iamAuthentication"), stage.line);
    }

    private static String substitute(String value, String projectDir) {
        return value == null ? null : value.replace("${project.dir}", projectDir);
    }

    public Path dir() {
        return dir;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** The master change log's path relative to the project folder. */
    public String changelog() {
        return changelog;
    }

    public List<DeploymentPlan> plans() {
        return plans;
    }

    /**
     * The stage with this name. With several plans, a stage name must be unique across them or be
     * given as {@code plan/stage}.
     *
     * @throws ProjectException when there is no such stage or the name is ambiguous
     */
    public Stage stage(String stageName) throws ProjectException {
        String planName = null;
        String wanted = stageName;
        int slash = stageName.indexOf('/');
        if (slash > 0) {
            planName = stageName.substring(0, slash);
            wanted = stageName.substring(slash + 1);
        }
        List<Stage> found = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (DeploymentPlan plan : plans) {
            for (Stage stage : plan.stages()) {
                all.add(plans.size() > 1 ? plan.name() + "/" + stage.name() : stage.name());
            }
            if (planName == null || plan.name().equalsIgnoreCase(planName)) {
                plan.stage(wanted).ifPresent(found::add);
            }
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        Path plansDir = ProjectFolder.DEPLOYMENT_PLANS.in(dir);
        if (found.isEmpty()) {
            throw new ProjectException(plansDir, 0, "no stage '" + stageName + "'"
                    + (all.isEmpty() ? "; the project has no deployment plan yet" : "; stages: " + String.join(", ", all)));
        }
        throw new ProjectException(plansDir, 0, "stage '" + stageName + "' is in several plans; write it as plan/stage: "
                + String.join(", ", all));
    }
}
