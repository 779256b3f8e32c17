package io.strata.dsl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.strata.core.Spelling;
import liquibase.Scope;
import liquibase.change.ChangeFactory;
import liquibase.parser.core.ParsedNode;

/**
 * Checks a DSL file as written, before Liquibase loads it: syntax errors with line and column,
 * change sets of the file sharing id and author, change types and change attributes Liquibase does
 * not know (with the closest known name). Call it inside a Liquibase scope (it asks Liquibase's
 * {@link ChangeFactory} which changes and parameters exist). References to tables and columns
 * across the whole change log are {@link ReferenceCheck}'s.
 */
public final class DslValidator {

    /** What a change set may hold besides changes. */
    private static final Set<String> CHANGE_SET_ELEMENTS = Set.of("comment", "preConditions", "preconditions", "rollback",
            "validCheckSum", "modifySql");
    /** Attributes every change takes besides its own parameters (as Liquibase's XML schema allows them). */
    private static final Set<String> COMMON_ATTRIBUTES = Set.of("dbms", DslNodes.TEXT);

    private DslValidator() {
    }

    /** Every issue of the file's text, in file order. */
    public static List<DslIssue> validate(String text, String file) {
        DslReader.Result read = DslReader.read(text, file);
        if (!read.ok()) {
            return read.syntaxErrors();
        }
        return validate(read, file);
    }

    /**
     * Receives each issue with what it is about: the element (as read), the attribute's name for an
     * unknown attribute, and the closest known name when there is one (for quick fixes).
     */
    @FunctionalInterface
    public interface Reporter {
        void report(DslIssue issue, ParsedNode element, String attribute, String suggestion);
    }

    /** The issues of a file read without syntax errors. */
    public static List<DslIssue> validate(DslReader.Result read, String file) {
        List<DslIssue> issues = new ArrayList<>();
        validate(read, file, (issue, element, attribute, suggestion) -> issues.add(issue));
        return issues;
    }

    /** Reports the issues of a file read without syntax errors, in file order. */
    public static void validate(DslReader.Result read, String file, Reporter issues) {
        ChangeFactory changes = Scope.getCurrentScope().getSingleton(ChangeFactory.class);
        Set<String> known = new TreeSet<>(changes.getDefinedChanges());
        // Liquibase builds a change's metadata anew (by reflection) each time it is asked: once per change type here.
        Map<String, Set<String>> parameters = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (ParsedNode node : read.root().getChildren()) {
            if (!node.getName().equals("changeSet")) {
                continue;
            }
            String id = value(node, "id");
            String author = value(node, "author");
            Integer first = seen.putIfAbsent(id + "::" + author, read.line(node));
            if (first != null) {
                issues.report(new DslIssue(DslIssue.DUPLICATE_ID, DslIssue.Severity.ERROR, file, read.line(node), 1, id,
                        "change set '" + id + "' by " + author + " is already defined at line " + first
                                + ": give this one another id (Liquibase identifies a change set by id, author and file)"), node, null, null);
            }
            for (ParsedNode child : node.getChildren()) {
                if (child.getName().equals("rollback")) {
                    child.getChildren().stream().filter(c -> !c.getChildren().isEmpty() || c.getValue() == null)
                            .forEach(c -> checkChange(c, id, read, file, changes, known, parameters, issues));
                } else if (!child.getChildren().isEmpty() || read.line(child) > 0) {
                    if (!CHANGE_SET_ELEMENTS.contains(child.getName())) {
                        checkChange(child, id, read, file, changes, known, parameters, issues);
                    }
                }
            }
        }
    }

    private static void checkChange(ParsedNode change, String changeSetId, DslReader.Result read, String file, ChangeFactory changes,
            Set<String> known, Map<String, Set<String>> knownParameters, Reporter issues) {
        int line = read.line(change);
        if (!known.contains(change.getName())) {
            String closest = Spelling.closest(change.getName(), known);
            issues.report(new DslIssue(DslIssue.UNKNOWN_CHANGE, DslIssue.Severity.ERROR, file, line, 1, changeSetId,
                    "'" + change.getName() + "' is not a Liquibase change" + (closest != null ? ": did you mean '" + closest + "'?"
                            : "; see docs/dsl.md for the change types")), change, null, closest);
            return;
        }
        if (change.getName().equals("customChange")) {
            return;
        }
        Set<String> parameters = knownParameters.computeIfAbsent(change.getName(), name -> changes.getChangeMetaData(name).getParameters().keySet());
        for (ParsedNode attribute : change.getChildren()) {
            boolean scalar = attribute.getChildren().isEmpty() && attribute.getValue() != null && read.line(attribute) == 0;
            if (scalar && !parameters.contains(attribute.getName()) && !COMMON_ATTRIBUTES.contains(attribute.getName())) {
                String closest = Spelling.closest(attribute.getName(), parameters);
                issues.report(new DslIssue(DslIssue.UNKNOWN_ATTRIBUTE, DslIssue.Severity.ERROR, file, line, 1, changeSetId,
                        change.getName() + " has no attribute '" + attribute.getName() + "'"
                                + (closest != null ? ": did you mean '" + closest + "'?" : "; it takes " + String.join(", ", new TreeSet<>(parameters)))),
                        change, attribute.getName(), closest);
            }
        }
    }

    private static String value(ParsedNode node, String name) {
        for (ParsedNode child : node.getChildren()) {
            if (child.getName().equals(name) && child.getValue() != null) {
                return child.getValue().toString();
            }
        }
        return null;
    }
}
