package io.strata.rules.ui.internal.drl;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.strata.core.RulesPhase;
import io.strata.rules.RuleSet;

/**
 * The text of a new rule file for a phase: a package of its own (the files of a phase folder are
 * compiled together, so two files must not share functions or rule names in one package), the
 * imports of the facts the phase sees (docs/forecast.md), and one example rule in a comment.
 */
public final class RulesFileTemplate {

    private static final Set<String> JAVA_KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
            "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
            "native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile",
            "while", "true", "false", "null", "var", "record", "yield", "sealed", "permits");

    private RulesFileTemplate() {
    }

    /** The package of a rule file: {@code io.strata.rules.<phase>.<file name as an identifier>}. */
    public static String packageName(RulesPhase phase, String fileName) {
        String base = fileName.endsWith(RuleSet.EXTENSION)
                ? fileName.substring(0, fileName.length() - RuleSet.EXTENSION.length()) : fileName;
        String segment = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "");
        if (segment.isEmpty() || !Character.isJavaIdentifierStart(segment.charAt(0))) {
            segment = "rules_" + segment;
        }
        if (JAVA_KEYWORDS.contains(segment)) {
            segment = segment + "_rules";
        }
        return "io.strata.rules." + phase.folderName().toLowerCase(Locale.ROOT) + "." + segment;
    }

    /** The imports of the facts the phase sees, and of Response. */
    public static List<String> imports(RulesPhase phase) {
        List<String> facts = switch (phase) {
            case PRE_FORECAST -> List.of("liquibase.changelog.ChangeSet", "liquibase.change.Change",
                    "io.strata.forecast.StageInfo");
            case FORECAST -> List.of("liquibase.change.core.CreateIndexChange", "liquibase.changelog.ChangeSet",
                    "io.strata.forecast.StageInfo", "io.strata.forecast.model.DatabaseModel",
                    "io.strata.forecast.model.TableModel", "io.strata.forecast.model.ColumnModel");
            case POST_FORECAST -> List.of("io.strata.forecast.StageInfo", "io.strata.forecast.model.DatabaseModel",
                    "io.strata.forecast.model.TableModel", "io.strata.forecast.model.ColumnModel");
            case SQL_RULES -> List.of("liquibase.changelog.ChangeSet", "io.strata.forecast.Sql");
        };
        return java.util.stream.Stream.concat(facts.stream(),
                java.util.stream.Stream.of("io.strata.rules.Response", "io.strata.rules.ResponseType")).toList();
    }

    /** The whole text of the new file, with '\n' line ends. */
    public static String text(RulesPhase phase, String fileName) {
        StringBuilder text = new StringBuilder();
        comment(text, Messages.get("template.header." + phase.folderName()));
        text.append("package ").append(packageName(phase, fileName)).append("\n\n");
        for (String type : imports(phase)) {
            text.append("import ").append(type).append(";\n");
        }
        text.append('\n');
        comment(text, Messages.get("template.example"));
        comment(text, example(phase));
        return text.toString();
    }

    private static void comment(StringBuilder text, String lines) {
        for (String line : lines.split("\n")) {
            text.append("// ").append(line).append('\n');
        }
    }

    /** The example rule of the phase, uncommented (tests compile it). */
    public static String example(RulesPhase phase) {
        return switch (phase) {
            case PRE_FORECAST -> """
                    rule "Change Set Comment Required"
                        when
                            $changeSet : ChangeSet(comments == null || comments.trim().isEmpty())
                        then
                            insert(new Response(ResponseType.WARN,
                                    "Change set " + $changeSet.getId() + " has no comment; say why the change is made.",
                                    drools.getRule().getName()));
                    end""";
            case FORECAST -> """
                    rule "Index Too Many Columns"
                        when
                            $change : CreateIndexChange($indexName : indexName, columns.size() > 3)
                        then
                            insert(new Response(ResponseType.FAIL,
                                    "The new index [" + $indexName + "] contains more than 3 columns.",
                                    drools.getRule().getName()));
                    end""";
            case POST_FORECAST -> """
                    rule "Table Without Primary Key"
                        when
                            $table : TableModel(primaryKey == null)
                        then
                            insert(new Response(ResponseType.WARN,
                                    "Table " + $table.getName() + " has no primary key.",
                                    drools.getRule().getName()));
                    end""";
            case SQL_RULES -> """
                    rule "No Drop Database"
                        when
                            $sql : Sql(normalized str[startsWith] "DROP DATABASE")
                        then
                            insert(new Response(ResponseType.FAIL,
                                    "'" + $sql.getNormalized() + "' drops a whole database; remove it.",
                                    drools.getRule().getName()));
                    end""";
        };
    }
}
