package io.strata.dsl.ide;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import io.strata.dsl.DslNodes;
import liquibase.Scope;
import liquibase.change.ChangeFactory;
import liquibase.change.ChangeMetaData;
import liquibase.change.ChangeParameterMetaData;
import liquibase.datatype.LiquibaseDataType;
import liquibase.precondition.Precondition;
import liquibase.precondition.PreconditionFactory;

/**
 * What Liquibase knows, as completion and validation need it: change types with their parameters
 * (from its {@link ChangeFactory}, as {@link io.strata.dsl.DslValidator} uses them), preconditions,
 * data types, and the elements and attributes of its XML schema that are not changes (change set,
 * include, column...). Read once.
 */
final class Catalog {

    /** Elements of a change log besides change sets. */
    static final List<String> TOP_LEVEL = List.of("changeSet", "include", "includeAll", "property", "preConditions", "modifyChangeSets",
            DslNodes.ROOT);
    /** Elements of a change set besides changes. */
    static final List<String> CHANGE_SET_ELEMENTS = List.of("comment", "preConditions", "rollback", "validCheckSum", "modifySql");
    static final List<String> MODIFY_SQL = List.of("replace", "regExpReplace", "prepend", "append");
    static final List<String> LOGICAL_PRECONDITIONS = List.of("and", "or", "not");

    private static final Map<String, List<String>> ATTRIBUTES = Map.ofEntries(
            Map.entry("changeSet", List.of("id", "author", "context", "contextFilter", "labels", "dbms", "runOnChange", "runAlways",
                    "failOnError", "runInTransaction", "onValidationFail", "objectQuotingStrategy", "created", "runOrder", "ignore",
                    "logicalFilePath", "comment")),
            Map.entry("include", List.of("file", "relativeToChangelogFile", "context", "contextFilter", "labels", "ignore",
                    "errorIfMissing", "logicalFilePath")),
            Map.entry("includeAll", List.of("path", "relativeToChangelogFile", "errorIfMissingOrEmpty", "resourceFilter", "context",
                    "contextFilter", "labels", "ignore", "minDepth", "maxDepth", "endsWithFilter", "logicalFilePath")),
            Map.entry("property", List.of("name", "value", "file", "context", "contextFilter", "labels", "dbms", "global",
                    "relativeToChangelogFile", "errorIfMissing")),
            Map.entry("preConditions", List.of("onFail", "onError", "onUpdateSQL", "onSqlOutput", "onFailMessage", "onErrorMessage")),
            Map.entry("column", List.of("name", "type", "value", "valueNumeric", "valueBoolean", "valueDate", "valueComputed",
                    "valueSequenceNext", "valueSequenceCurrent", "valueBlobFile", "valueClobFile", "defaultValue", "defaultValueNumeric",
                    "defaultValueBoolean", "defaultValueDate", "defaultValueComputed", "defaultValueSequenceNext",
                    "defaultValueConstraintName", "autoIncrement", "startWith", "incrementBy", "generationType", "defaultOnNull",
                    "remarks", "descending", "encoding", "computed", "position", "afterColumn", "beforeColumn", "header", "index")),
            Map.entry("rollback", List.of("changeSetId", "changeSetAuthor", "changeSetPath")),
            Map.entry("validCheckSum", List.of("comment")),
            Map.entry("modifySql", List.of("dbms", "context", "labels", "applyToRollback")),
            Map.entry("replace", List.of("replace", "with")),
            Map.entry("regExpReplace", List.of("replace", "with")),
            Map.entry("prepend", List.of("value")),
            Map.entry("append", List.of("value")),
            Map.entry("param", List.of("name", "value")),
            Map.entry("whereParams", List.of()),
            Map.entry(DslNodes.ROOT, List.of("logicalFilePath", "context", "contextFilter", "objectQuotingStrategy")));

    /** Parameters that are nested elements in Liquibase's XML, not attributes. */
    private static final Set<String> NESTED = Set.of("columns", "whereParams", "where", "customChange", "sql", "selectQuery", "procedureText",
            "rollback", "comment");

    private static volatile Catalog instance;

    final Map<String, ChangeMetaData> changes;
    /** Each change's attributes with a short description (type, required, what it is), worked out once. */
    private final Map<String, Map<String, String>> changeAttributes = new TreeMap<>();
    final Map<String, List<String>> preconditionAttributes;
    final List<String> dataTypes;

    private Catalog() {
        ChangeFactory factory = Scope.getCurrentScope().getSingleton(ChangeFactory.class);
        Map<String, ChangeMetaData> changeMap = new TreeMap<>();
        for (String name : factory.getDefinedChanges()) {
            changeMap.put(name, factory.getChangeMetaData(name));
        }
        changes = Collections.unmodifiableMap(changeMap);
        for (Map.Entry<String, ChangeMetaData> change : changes.entrySet()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            for (ChangeParameterMetaData parameter : change.getValue().getParameters().values()) {
                if (!NESTED.contains(parameter.getParameterName())) {
                    String description = parameter.getDescription();
                    attributes.put(parameter.getParameterName(), parameter.getDataType()
                            + (parameter.getRequiredForDatabase().contains("all") ? ", required" : "")
                            + (description != null && !description.isBlank() ? ": " + description : ""));
                }
            }
            attributes.put("dbms", "databases the change runs on");
            changeAttributes.put(change.getKey(), Collections.unmodifiableMap(attributes));
        }
        Map<String, List<String>> preconditions = new TreeMap<>();
        for (String name : PreconditionFactory.getInstance().getPreconditions().keySet()) {
            List<String> fields = new ArrayList<>();
            try {
                Precondition precondition = PreconditionFactory.getInstance().create(name);
                if (precondition instanceof liquibase.serializer.LiquibaseSerializable serializable) {
                    fields.addAll(new TreeSet<>(serializable.getSerializableFields()));
                }
            } catch (RuntimeException e) {
                // A precondition that cannot be created here still gets proposed, without attributes.
            }
            fields.removeAll(Set.of("nestedPreconditions"));
            preconditions.put(name, List.copyOf(fields));
        }
        preconditionAttributes = Collections.unmodifiableMap(preconditions);
        Set<String> types = new TreeSet<>();
        try {
            for (LiquibaseDataType type : Scope.getCurrentScope().getServiceLocator().findInstances(LiquibaseDataType.class)) {
                String name = type.getName();
                if (name != null && name.matches("[a-z]+")) {
                    types.add(name.toUpperCase(Locale.ROOT));
                }
            }
        } catch (RuntimeException e) {
            // Without Liquibase's data types, completion after type= proposes none; everything else still works.
            java.util.logging.Logger.getLogger(Catalog.class.getName()).warning("Liquibase's data types cannot be listed: " + e);
        }
        dataTypes = List.copyOf(types);
    }

    static Catalog get() {
        Catalog result = instance;
        if (result == null) {
            synchronized (Catalog.class) {
                result = instance;
                if (result == null) {
                    result = inScope(Catalog::new);
                    instance = result;
                }
            }
        }
        return result;
    }

    /** Runs Liquibase code in a scope whose class loader is Liquibase's (inside OSGi a thread's context loader may see nothing). */
    static <T> T inScope(Callable<T> work) {
        try {
            return Scope.child(Map.of(Scope.Attr.classLoader.name(), Scope.class.getClassLoader()), work::call);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    boolean isChange(String type) {
        return changes.containsKey(type);
    }

    boolean isPrecondition(String type) {
        return preconditionAttributes.containsKey(type) || LOGICAL_PRECONDITIONS.contains(type);
    }

    /** The attributes an element may have, with a short description each (empty when none is known). */
    Map<String, String> attributes(String type, String parentType, boolean insidePreconditions) {
        Map<String, String> result = new LinkedHashMap<>();
        ChangeMetaData change = changes.get(type);
        if (change != null && !insidePreconditions && !"column".equals(parentType)) {
            return changeAttributes.get(type);
        }
        if (insidePreconditions) {
            List<String> fields = preconditionAttributes.get(type);
            if (fields != null) {
                fields.forEach(f -> result.put(f, "precondition " + type));
                return result;
            }
        }
        if (type.equals("constraints")) {
            DslNodes.CONSTRAINTS.stream().sorted().forEach(c -> result.put(c, "constraint"));
            return result;
        }
        List<String> known = ATTRIBUTES.get(type);
        if (known != null) {
            known.forEach(a -> result.put(a, type + " attribute"));
        }
        if (type.equals("column")) {
            DslNodes.CONSTRAINTS.stream().sorted().forEach(c -> result.put(c, "constraint (on the column's line)"));
        }
        return result;
    }

    /** The element names valid inside {@code parent} (null: at the top level). */
    Set<String> elements(String parent, boolean insidePreconditions) {
        Set<String> result = new LinkedHashSet<>();
        if (parent == null) {
            result.addAll(TOP_LEVEL);
        } else if (parent.equals("changeSet")) {
            result.addAll(CHANGE_SET_ELEMENTS);
            result.addAll(changes.keySet());
        } else if (parent.equals("rollback")) {
            result.addAll(changes.keySet());
        } else if (parent.equals("preConditions") || insidePreconditions && LOGICAL_PRECONDITIONS.contains(parent)) {
            result.addAll(LOGICAL_PRECONDITIONS);
            result.addAll(preconditionAttributes.keySet());
        } else if (parent.equals("column")) {
            result.add("constraints");
        } else if (parent.equals("modifySql")) {
            result.addAll(MODIFY_SQL);
        } else if (parent.equals("customChange")) {
            result.add("param");
        } else if (parent.equals("modifyChangeSets")) {
            result.addAll(List.of("include", "includeAll"));
        } else {
            ChangeMetaData change = changes.get(parent);
            if (change != null) {
                Map<String, ChangeParameterMetaData> parameters = change.getParameters();
                if (parameters.containsKey("columns")) {
                    result.add("column");
                }
                if (parameters.containsKey("where")) {
                    result.add("where");
                }
                if (parameters.containsKey("whereParams")) {
                    result.add("whereParams");
                }
            } else if (parent.equals("whereParams")) {
                result.add("param");
            }
        }
        return result;
    }
}
