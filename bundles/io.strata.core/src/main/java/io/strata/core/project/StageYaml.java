package io.strata.core.project;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a stage as the YAML a deployment plan holds, quoting what YAML would read otherwise.
 * Never writes a password: a {@link ConnectionSpec} has none.
 */
final class StageYaml {

    /** Words (no ': ' or ' #' can appear), or one token such as a JDBC URL that does not end with ':'. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_./-]*( [A-Za-z0-9_./-]+)*"
            + "|[A-Za-z0-9_/.][A-Za-z0-9_./:${}@=;+-]*[A-Za-z0-9_./${}@=;+-]");
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n");

    private StageYaml() {
    }

    /**
     * The stage as a block sequence item: {@code <indent>- name: ...} and its keys below, one per line,
     * each line ending with a newline.
     */
    static String item(Stage stage, String indent) {
        String keys = indent + "  ";
        StringBuilder out = new StringBuilder();
        out.append(indent).append("- name: ").append(scalar(stage.name())).append('\n');
        ConnectionSpec c = stage.connection();
        if (stage.reference()) {
            out.append(keys).append("reference: true\n");
        }
        out.append(keys).append("type: ").append(c.type().id()).append('\n');
        key(out, keys, "url", c.url());
        key(out, keys, "host", c.host());
        if (c.port() > 0) {
            out.append(keys).append("port: ").append(c.port()).append('\n');
        }
        key(out, keys, "database", c.database());
        key(out, keys, "sid", c.sid());
        key(out, keys, "service", c.service());
        key(out, keys, "user", c.user());
        key(out, keys, "defaultSchema", c.defaultSchema());
        if (!c.properties().isEmpty()) {
            out.append(keys).append("properties: {");
            String separator = "";
            for (Map.Entry<String, String> property : c.properties().entrySet()) {
                out.append(separator).append(quoted(property.getKey())).append(": ").append(quoted(property.getValue()));
                separator = ", ";
            }
            out.append("}\n");
        }
        List<String> contexts = stage.contexts();
        if (!contexts.isEmpty()) {
            key(out, keys, "contexts", String.join(", ", contexts));
        }
        key(out, keys, "labels", stage.labels());
        key(out, keys, "secret", stage.secretId());
        if (stage.iamAuthentication()) {
            out.append(keys).append("iamAuthentication: true\n");
        }
        return out.toString();
    }

    private static void key(StringBuilder out, String indent, String key, String value) {
        if (value != null && !value.isBlank()) {
            out.append(indent).append(key).append(": ").append(scalar(value)).append('\n');
        }
    }

    /** The value as it is when YAML reads it as that same string, else double-quoted. */
    static String scalar(String value) {
        if (PLAIN.matcher(value).matches() && !RESERVED.contains(value.toLowerCase(Locale.ROOT))) {
            return value;
        }
        return quoted(value);
    }

    static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20 || ch == 0x7f) {
                        out.append(String.format(Locale.ROOT, "\\x%02x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
