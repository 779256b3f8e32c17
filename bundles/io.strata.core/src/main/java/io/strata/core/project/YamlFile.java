package io.strata.core.project;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * Reads a project YAML file as nodes, so that every problem can name its line.
 */
final class YamlFile {

    final Path file;

    private YamlFile(Path file) {
        this.file = file;
    }

    /** A mapping read from a YAML file. */
    final class Section {
        final Map<String, Node> values = new LinkedHashMap<>();
        final int line;
        final String what;

        Section(MappingNode node, String what) throws ProjectException {
            this.line = line(node);
            this.what = what;
            for (NodeTuple tuple : node.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    throw error(tuple.getKeyNode(), "a key in " + what + " must be a plain name");
                }
                if (values.put(key.getValue(), tuple.getValueNode()) != null) {
                    throw error(key, "'" + key.getValue() + "' appears twice in " + what);
                }
            }
        }

        /** Fails on keys not in {@code known}; a password key gets a message of its own. */
        void onlyKeys(Set<String> known) throws ProjectException {
            for (Map.Entry<String, Node> entry : values.entrySet()) {
                String key = entry.getKey();
                if (key.toLowerCase(java.util.Locale.ROOT).contains("password")) {
                    throw error(entry.getValue(), "passwords never go into project files (they are versioned). Remove '"
                            + key + "' and give the password at run time: environment variable, --password-file, "
                            + "prompt, or 'secret' (an AWS Secrets Manager secret id)");
                }
                if (!known.contains(key)) {
                    throw error(entry.getValue(), "unknown key '" + key + "' in " + what + "; known keys: "
                            + String.join(", ", new java.util.TreeSet<>(known)));
                }
            }
        }

        String string(String key) throws ProjectException {
            Node node = values.get(key);
            if (node == null) {
                return null;
            }
            if (!(node instanceof ScalarNode scalar)) {
                throw error(node, "'" + key + "' in " + what + " must be a single value");
            }
            String value = scalar.getValue().strip();
            return value.isEmpty() ? null : value;
        }

        String requiredString(String key) throws ProjectException {
            String value = string(key);
            if (value == null) {
                throw new ProjectException(file, line, what + " needs '" + key + "'");
            }
            return value;
        }

        boolean bool(String key) throws ProjectException {
            String value = string(key);
            if (value == null) {
                return false;
            }
            return switch (value.toLowerCase(java.util.Locale.ROOT)) {
                case "true", "yes", "on" -> true;
                case "false", "no", "off" -> false;
                default -> throw error(values.get(key), "'" + key + "' in " + what + " must be true or false, not '" + value + "'");
            };
        }

        int integer(String key) throws ProjectException {
            String value = string(key);
            if (value == null) {
                return 0;
            }
            try {
                int number = Integer.parseInt(value);
                if (number <= 0 || number > 65535) {
                    throw error(values.get(key), "'" + key + "' in " + what + " must be between 1 and 65535, not " + value);
                }
                return number;
            } catch (NumberFormatException e) {
                throw error(values.get(key), "'" + key + "' in " + what + " must be a number, not '" + value + "'");
            }
        }

        /** A list of strings, given as a YAML list or as one comma-separated value. */
        List<String> strings(String key) throws ProjectException {
            Node node = values.get(key);
            List<String> result = new ArrayList<>();
            if (node == null) {
                return result;
            }
            if (node instanceof ScalarNode scalar) {
                for (String part : scalar.getValue().split(",")) {
                    if (!part.isBlank()) {
                        result.add(part.strip());
                    }
                }
                return result;
            }
            if (node instanceof SequenceNode sequence) {
                for (Node item : sequence.getValue()) {
                    if (!(item instanceof ScalarNode scalar)) {
                        throw error(item, "each item of '" + key + "' in " + what + " must be a single value");
                    }
                    result.add(scalar.getValue().strip());
                }
                return result;
            }
            throw error(node, "'" + key + "' in " + what + " must be a list");
        }

        Map<String, String> stringMap(String key) throws ProjectException {
            Node node = values.get(key);
            Map<String, String> result = new LinkedHashMap<>();
            if (node == null) {
                return result;
            }
            if (!(node instanceof MappingNode mapping)) {
                throw error(node, "'" + key + "' in " + what + " must be a map of names to values");
            }
            Section section = new Section(mapping, "'" + key + "' of " + what);
            for (String name : section.values.keySet()) {
                result.put(name, section.string(name));
            }
            return result;
        }

        List<Section> sections(String key, String itemWhat) throws ProjectException {
            Node node = values.get(key);
            List<Section> result = new ArrayList<>();
            if (node == null) {
                return result;
            }
            if (!(node instanceof SequenceNode sequence)) {
                throw error(node, "'" + key + "' in " + what + " must be a list");
            }
            int index = 1;
            for (Node item : sequence.getValue()) {
                if (!(item instanceof MappingNode mapping)) {
                    throw error(item, "each item of '" + key + "' must be a map (name: ..., type: ...)");
                }
                result.add(new Section(mapping, itemWhat + " #" + index++));
            }
            return result;
        }
    }

    static Section read(Path file, String what) throws ProjectException {
        YamlFile yaml = new YamlFile(file);
        Node root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new ProjectException(file, line, "not valid YAML: " + e.getProblem(), e);
        } catch (IOException e) {
            throw new ProjectException(file, 0, "cannot be read: " + e.getMessage(), e);
        }
        if (root == null) {
            throw new ProjectException(file, 0, "is empty; it needs at least 'name: ...'");
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new ProjectException(file, line(root), "must be a map of keys to values (name: ..., ...)");
        }
        return yaml.new Section(mapping, what);
    }

    ProjectException error(Node node, String message) {
        return new ProjectException(file, line(node), message);
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
