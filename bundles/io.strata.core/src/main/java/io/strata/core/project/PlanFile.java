package io.strata.core.project;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Edits a deployment plan file as text, so that its comments, order and layout stay as the user
 * wrote them.
 */
public final class PlanFile {

    private PlanFile() {
    }

    /** What keeps this stage from being written, or null. */
    public static String problem(Stage stage) {
        if (stage == null || stage.name() == null || stage.name().isBlank()) {
            return "Give the stage a name (e.g. DEV).";
        }
        if (stage.connection() == null || stage.connection().type() == null) {
            return "Choose the stage's database type.";
        }
        try {
            stage.connection().jdbcUrl();
        } catch (IllegalArgumentException e) {
            return "Stage " + stage.name() + ": " + e.getMessage();
        }
        return null;
    }

    /**
     * Appends a stage at the end of the plan's {@code stages:} list, in the list's indentation.
     *
     * @return the 1-based line where the new stage starts
     * @throws ProjectException with the plan file and line: a stage of that name exists, the file is
     *         not a plan, or it cannot be written
     */
    public static int appendStage(Path planFile, Stage stage) throws ProjectException {
        String problem = problem(stage);
        if (problem != null) {
            throw new ProjectException(planFile, 0, problem);
        }
        YamlFile.Section plan = YamlFile.read(planFile, "the deployment plan");
        for (YamlFile.Section other : plan.sections("stages", "stage")) {
            String name = other.string("name");
            if (name != null && name.equalsIgnoreCase(stage.name().strip())) {
                throw new ProjectException(planFile, other.line, "the plan already has a stage named '" + name
                        + "'; choose another name");
            }
        }
        String text;
        try {
            text = Files.readString(planFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ProjectException(planFile, 0, "cannot be read: " + e.getMessage(), e);
        }
        MappingNode root;
        try {
            root = (MappingNode) new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            throw new ProjectException(planFile, 0, "not valid YAML: " + e.getProblem(), e);
        }
        List<String> lines = text.lines().toList();
        Node stages = null;
        int stagesKeyLine = -1;
        for (NodeTuple tuple : root.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("stages")) {
                stages = tuple.getValueNode();
                stagesKeyLine = key.getStartMark().getLine();
            }
        }
        String newText;
        int insertAt;
        if (stages instanceof SequenceNode sequence && !sequence.getValue().isEmpty()) {
            if (sequence.getFlowStyle() == org.yaml.snakeyaml.DumperOptions.FlowStyle.FLOW) {
                throw new ProjectException(planFile, YamlFile.line(sequence),
                        "'stages' is written as [ ... ]; write it as a block list (- name: ...) to add a stage here");
            }
            Node first = sequence.getValue().get(0);
            String firstLine = lines.get(first.getStartMark().getLine());
            int column = first.getStartMark().getColumn();
            int dash = firstLine.lastIndexOf('-', column);
            String indent = " ".repeat(Math.max(dash, 0));
            insertAt = ownedCommentsEnd(lines, lastContentLine(sequence.getValue().get(sequence.getValue().size() - 1)),
                    dash) + 1;
            newText = insert(lines, insertAt, StageYaml.item(stage, indent), text.endsWith("\n"));
        } else if (stages == null || (stages instanceof ScalarNode scalar && scalar.getValue().isEmpty())) {
            // No stages yet: replace an empty 'stages:' line, or add one at the end.
            String item = StageYaml.item(stage, "  ");
            if (stagesKeyLine >= 0) {
                insertAt = stagesKeyLine + 1;
                newText = insert(lines, insertAt, item, text.endsWith("\n"));
            } else {
                insertAt = lines.size() + 1;
                newText = insert(lines, lines.size(), "stages:\n" + item, text.endsWith("\n"));
            }
        } else {
            throw new ProjectException(planFile, YamlFile.line(stages), "'stages' in the deployment plan must be a list");
        }
        NewProject.write(planFile, newText);
        return insertAt + 1;
    }

    /**
     * Removes a stage's block from the plan's {@code stages:} list: its item, the comment lines
     * above it that belong to it (indented as the item, right before it) and the comments indented
     * under it. The rest of the file stays as it was written.
     *
     * @return the 1-based line where the removed stage started
     * @throws ProjectException with the plan file and line: no stage of that name, the file is not a
     *         plan, {@code stages} is written as {@code [ ... ]}, or it cannot be written
     */
    public static int removeStage(Path planFile, String stageName) throws ProjectException {
        String text;
        try {
            text = Files.readString(planFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ProjectException(planFile, 0, "cannot be read: " + e.getMessage(), e);
        }
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            throw new ProjectException(planFile, 0, "not valid YAML: " + e.getProblem(), e);
        }
        SequenceNode stages = null;
        if (root instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("stages")
                        && tuple.getValueNode() instanceof SequenceNode sequence) {
                    stages = sequence;
                }
            }
        }
        if (stages == null) {
            throw new ProjectException(planFile, 0, "the plan has no stage named '" + stageName + "'");
        }
        if (stages.getFlowStyle() == org.yaml.snakeyaml.DumperOptions.FlowStyle.FLOW) {
            throw new ProjectException(planFile, YamlFile.line(stages),
                    "'stages' is written as [ ... ]; write it as a block list (- name: ...) to remove a stage here");
        }
        List<String> lines = text.lines().toList();
        List<Node> items = stages.getValue();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof MappingNode item) || !stageName.equalsIgnoreCase(name(item))) {
                continue;
            }
            int first = item.getStartMark().getLine();
            int dash = lines.get(first).lastIndexOf('-', item.getStartMark().getColumn());
            int last = ownedCommentsEnd(lines, lastContentLine(item), dash);
            // Comment lines right above the item at its indentation are its own (e.g. "# the test database").
            while (first > 0 && lines.get(first - 1).strip().startsWith("#")
                    && indent(lines.get(first - 1)) == dash && first - 1 > previousEnd(lines, items, i, dash)) {
                first--;
            }
            StringBuilder out = new StringBuilder();
            for (int l = 0; l < lines.size(); l++) {
                if (l < first || l > last) {
                    out.append(lines.get(l));
                    if (l < lines.size() - 1 || text.endsWith("\n")) {
                        out.append('\n');
                    }
                }
            }
            NewProject.write(planFile, out.toString());
            return item.getStartMark().getLine() + 1;
        }
        throw new ProjectException(planFile, YamlFile.line(stages), "the plan has no stage named '" + stageName + "'");
    }

    private static String name(MappingNode item) {
        for (NodeTuple tuple : item.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("name")
                    && tuple.getValueNode() instanceof ScalarNode value) {
                return value.getValue().strip();
            }
        }
        return null;
    }

    /** The 0-based last line owned by the item before {@code index}, or -1 for the first item. */
    private static int previousEnd(List<String> lines, List<Node> items, int index, int dash) {
        return index == 0 ? -1 : ownedCommentsEnd(lines, lastContentLine(items.get(index - 1)), dash);
    }

    private static int indent(String line) {
        return line.length() - line.stripLeading().length();
    }

    /** The 0-based last line that holds a value of this node (comments and blank lines after it do not count). */
    private static int lastContentLine(Node node) {
        int last = node.getStartMark().getLine();
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                last = Math.max(last, lastContentLine(tuple.getKeyNode()));
                last = Math.max(last, lastContentLine(tuple.getValueNode()));
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                last = Math.max(last, lastContentLine(item));
            }
            if (sequence.getFlowStyle() == org.yaml.snakeyaml.DumperOptions.FlowStyle.FLOW) {
                last = Math.max(last, node.getEndMark().getLine());
            }
        } else {
            // A scalar's end mark is right after it; a block scalar ends at the start of the next line.
            int end = node.getEndMark().getLine();
            last = Math.max(last, node.getEndMark().getColumn() == 0 ? end - 1 : end);
        }
        if (node instanceof MappingNode mapping && mapping.getFlowStyle() == org.yaml.snakeyaml.DumperOptions.FlowStyle.FLOW) {
            last = Math.max(last, node.getEndMark().getLine());
        }
        return last;
    }

    /** The last line of the comments after {@code last} that are indented under the item (deeper than its dash). */
    private static int ownedCommentsEnd(List<String> lines, int last, int dash) {
        int owned = last;
        for (int i = last + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            if (!stripped.startsWith("#") || indent <= dash) {
                break;
            }
            owned = i;
        }
        return owned;
    }

    private static String insert(List<String> lines, int at, String block, boolean endsWithNewline) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i == at) {
                out.append(block);
            }
            out.append(lines.get(i));
            if (i < lines.size() - 1 || endsWithNewline) {
                out.append('\n');
            }
        }
        if (at >= lines.size()) {
            if (!lines.isEmpty() && !endsWithNewline) {
                out.append('\n');
            }
            out.append(block);
        }
        return out.toString();
    }
}
