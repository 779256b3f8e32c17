package io.strata.dsl.ide;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.strata.dsl.DslNodes;
import io.strata.dsl.DslWriter;
import liquibase.change.ChangeMetaData;

/**
 * Completion at one offset. The context (enclosing elements, the element being written, the
 * attribute whose value is being typed) is read from the tokens of the top-level element around
 * the offset, found through the parse's node model; Xtext's generic content assist would re-parse
 * the file from its start for every request. The tables known at that point come from a
 * {@link Walk} over the elements before it, starting from the {@link DslContext}.
 */
final class Completion {

    static final Set<String> DATA_TYPE_ATTRIBUTES = Set.of("type", "columnDataType", "newDataType");
    /** Attributes naming an existing table (a change's main value stands for its key attribute). */
    private static final Set<String> TABLE_ATTRIBUTES = Set.of("tableName", "baseTableName", "referencedTableName", "oldTableName",
            "oldViewName");
    /** Attributes naming new tables: nothing to propose. */
    private static final Set<String> NEW_TABLE_CHANGES = Set.of("createTable", "createView");
    /** Column attributes and the attribute naming their table. */
    private static final Map<String, String> COLUMN_ATTRIBUTES = Map.of("columnName", "tableName", "oldColumnName", "tableName",
            "columnNames", "tableName", "baseColumnNames", "baseTableName", "referencedColumnNames", "referencedTableName");
    /** Changes whose nested columns are new ones. */
    private static final Set<String> NEW_COLUMN_CHANGES = Set.of("createTable", "addColumn", "loadData", "loadUpdateData", "addLookupTable");
    private static final Set<String> BOOLEAN_ATTRIBUTES = Set.of("nullable", "primaryKey", "unique", "deleteCascade", "initiallyDeferred",
            "deferrable", "validateNullable", "validateUnique", "validatePrimaryKey", "validateForeignKey", "autoIncrement", "runOnChange",
            "runAlways", "failOnError", "runInTransaction", "relativeToChangelogFile", "ignore", "errorIfMissing", "errorIfMissingOrEmpty",
            "global", "descending", "computed", "splitStatements", "stripComments", "cascadeConstraints", "ifNotExists", "ifExists",
            "replaceIfExists", "applyToRollback");
    private static final List<String> ON_FAIL = List.of("HALT", "CONTINUE", "MARK_RAN", "WARN");

    /** An element as far as it is written: type, main value, attributes. */
    private record Header(String type, String main, Map<String, String> attributes) {

        String value(String attribute) {
            String value = attributes.get(attribute);
            if (value == null && attribute.equals(DslNodes.keyAttribute(type)) && !attributes.containsKey(attribute)) {
                value = main;
            }
            return value;
        }
    }

    private final DslDocument document;
    private final String text;
    private final int offset;
    private final List<Proposal> proposals = new ArrayList<>();
    private int replaceOffset;
    private String prefix = "";
    private boolean quoted;
    private Schema schema;

    Completion(DslDocument document, int offset) {
        this.document = document;
        this.text = document.text();
        this.offset = offset;
        this.replaceOffset = offset;
    }

    List<Proposal> proposals() {
        int start = topLevelStart(document.elements(), offset);
        List<Tokens.Token> tokens = Tokens.scan(text, start, Math.min(text.length(), offset + 4000));
        Deque<Header> stack = new ArrayDeque<>();
        List<Tokens.Token> statement = new ArrayList<>();
        int i = 0;
        for (; i < tokens.size(); i++) {
            Tokens.Token t = tokens.get(i);
            if (t.offset() >= offset) {
                break;
            }
            boolean touches = offset <= t.end();
            if (t.comment()) {
                if (offset < t.end() || touches && t.kind() == Tokens.Kind.SL_COMMENT) {
                    return List.of();
                }
                continue;
            }
            if (touches && (t.kind() == Tokens.Kind.ID || t.kind() == Tokens.Kind.NUMBER || t.kind() == Tokens.Kind.STRING)) {
                if (t.kind() == Tokens.Kind.STRING && offset == t.end() && t.end() - t.offset() > 1
                        && text.charAt(t.end() - 1) == text.charAt(t.offset())) {
                    return List.of();
                }
                replaceOffset = t.offset();
                prefix = text.substring(t.offset(), offset);
                if (t.kind() == Tokens.Kind.STRING) {
                    quoted = true;
                    prefix = prefix.substring(1);
                }
                i++;
                break;
            }
            switch (t.kind()) {
                case WS -> {
                    // Between tokens.
                }
                case LBRACE -> {
                    stack.push(header(statement));
                    statement.clear();
                }
                case SEMI -> statement.clear();
                case RBRACE -> {
                    if (!stack.isEmpty()) {
                        stack.pop();
                    }
                    statement.clear();
                }
                default -> statement.add(t);
            }
        }
        // The rest of the element being written: attributes after the offset count as written.
        List<Tokens.Token> rest = new ArrayList<>(statement);
        for (; i < tokens.size(); i++) {
            Tokens.Token t = tokens.get(i);
            Tokens.Kind kind = t.kind();
            if (kind == Tokens.Kind.LBRACE || kind == Tokens.Kind.SEMI || kind == Tokens.Kind.RBRACE) {
                break;
            }
            if (kind != Tokens.Kind.WS && !t.comment()) {
                rest.add(t);
            }
        }
        Header parent = stack.peek();
        boolean preconditions = stack.stream().anyMatch(h -> "preConditions".equals(h.type()));
        Catalog catalog = Catalog.get();
        boolean valuePosition = !statement.isEmpty() && statement.get(statement.size() - 1).kind() == Tokens.Kind.EQ;
        if (quoted && !valuePosition) {
            return List.of(); // inside a text (SQL, a comment's text...): nothing to propose
        }
        if (statement.isEmpty()) {
            elementNames(catalog, parent, preconditions);
        } else {
            Header current = header(rest);
            Tokens.Token last = statement.get(statement.size() - 1);
            if (last.kind() == Tokens.Kind.EQ && statement.size() >= 2 && statement.get(statement.size() - 2).kind() == Tokens.Kind.ID) {
                values(catalog, current, parent, statement.get(statement.size() - 2).text(text));
            } else if (statement.size() == 1) {
                mainValues(current, parent);
                attributeNames(catalog, current, parent, preconditions);
            } else if (last.kind() != Tokens.Kind.EQ) {
                attributeNames(catalog, current, parent, preconditions);
                if (text.substring(last.end(), replaceOffset).indexOf('\n') >= 0) {
                    // On a new line: a continued header or a new element after one whose ';' is still missing.
                    elementNames(catalog, parent, preconditions);
                }
            }
        }
        return List.copyOf(proposals);
    }

    private static int topLevelStart(List<Element> elements, int offset) {
        int low = 0;
        int high = elements.size() - 1;
        int start = 0;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int at = elements.get(mid).range.offset();
            if (at < offset) {
                start = at;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return start;
    }

    private Header header(List<Tokens.Token> statement) {
        String type = null;
        String main = null;
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < statement.size(); i++) {
            Tokens.Token t = statement.get(i);
            boolean named = i + 1 < statement.size() && statement.get(i + 1).kind() == Tokens.Kind.EQ;
            if (i == 0) {
                type = t.text(text);
            } else if (named && t.kind() == Tokens.Kind.ID) {
                String value = i + 2 < statement.size() && statement.get(i + 2).kind() != Tokens.Kind.EQ ? unquote(statement.get(i + 2)) : null;
                attributes.put(t.text(text), value);
                i += value == null ? 1 : 2;
            } else if (i == 1 && t.kind() != Tokens.Kind.EQ) {
                main = unquote(t);
            }
        }
        return new Header(type == null ? "" : type, main, attributes);
    }

    private String unquote(Tokens.Token t) {
        String value = t.text(text);
        if (t.kind() == Tokens.Kind.STRING && value.length() >= 2) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private boolean matches(String candidate) {
        return candidate.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT));
    }

    private void add(String label, String replacement, Proposal.Kind kind, String detail) {
        if (matches(label)) {
            proposals.add(new Proposal(label, replacement, replaceOffset, offset - replaceOffset, kind, detail));
        }
    }

    private void addValue(String value, Proposal.Kind kind, String detail) {
        String written = DslWriter.value(value);
        if (quoted && !written.startsWith("\"")) {
            written = "\"" + written + "\"";
        }
        add(value, written, kind, detail);
    }

    private void elementNames(Catalog catalog, Header parent, boolean preconditions) {
        String parentType = parent == null ? null : parent.type();
        for (String name : catalog.elements(parentType, preconditions)) {
            ChangeMetaData change = catalog.changes.get(name);
            boolean isChange = change != null && ("changeSet".equals(parentType) || "rollback".equals(parentType));
            add(name, name, isChange ? Proposal.Kind.CHANGE_TYPE : Proposal.Kind.ELEMENT, isChange ? change.getDescription()
                    : parentType == null ? "change log element" : "in " + parentType);
        }
    }

    private void attributeNames(Catalog catalog, Header current, Header parent, boolean preconditions) {
        String key = DslNodes.keyAttribute(current.type());
        for (Map.Entry<String, String> attribute : catalog.attributes(current.type(), parent == null ? null : parent.type(), preconditions)
                .entrySet()) {
            String name = attribute.getKey();
            if (current.attributes().containsKey(name) || name.equals(key)) {
                continue;
            }
            add(name, name + "=", Proposal.Kind.ATTRIBUTE, attribute.getValue());
        }
    }

    private Schema schema() {
        if (schema == null) {
            schema = document.schemaAt(replaceOffset);
        }
        return schema;
    }

    private void tables() {
        for (Schema.Table table : schema().tables.values()) {
            addValue(table.name(), Proposal.Kind.TABLE, (table.columns() == null ? "view" : "table") + " (" + table.origin() + ", "
                    + Schema.where(table.definition()) + ")");
        }
    }

    private void columns(String tableName) {
        Schema.Table table = tableName == null ? null : schema().table(tableName);
        if (table == null || table.columns() == null) {
            return;
        }
        for (Schema.Column column : table.columns().values()) {
            addValue(column.name(), Proposal.Kind.COLUMN, table.name() + "." + column.name() + (column.type() != null ? " " + column.type() : ""));
        }
    }

    private void mainValues(Header current, Header parent) {
        String key = DslNodes.keyAttribute(current.type());
        if (key == null) {
            return;
        }
        if (TABLE_ATTRIBUTES.contains(key) && !NEW_TABLE_CHANGES.contains(current.type()) || current.type().equals("dropView")
                || current.type().equals("dropTable")) {
            tables();
        } else if (current.type().equals("column") && parent != null && !NEW_COLUMN_CHANGES.contains(parent.type())) {
            columns(parent.value("tableName"));
        }
    }

    private void values(Catalog catalog, Header current, Header parent, String attribute) {
        if (DATA_TYPE_ATTRIBUTES.contains(attribute)) {
            for (String type : catalog.dataTypes) {
                addValue(type, Proposal.Kind.DATA_TYPE, "Liquibase data type");
            }
        } else if (TABLE_ATTRIBUTES.contains(attribute) && !NEW_TABLE_CHANGES.contains(current.type())
                || attribute.equals("viewName") && !current.type().equals("createView")) {
            tables();
        } else if (COLUMN_ATTRIBUTES.containsKey(attribute)) {
            String tableAttribute = COLUMN_ATTRIBUTES.get(attribute);
            String table = current.value(tableAttribute);
            if (table == null && current.type().equals("column") && parent != null) {
                table = parent.value(tableAttribute);
            }
            columns(table);
        } else if (attribute.equals("onFail") || attribute.equals("onError")) {
            ON_FAIL.forEach(v -> addValue(v, Proposal.Kind.VALUE, "what Liquibase does when the preconditions " + (attribute.equals("onFail")
                    ? "fail" : "err")));
        } else if (BOOLEAN_ATTRIBUTES.contains(attribute) || catalog.attributes(current.type(), parent == null ? null : parent.type(), false)
                .getOrDefault(attribute, "").startsWith("java.lang.Boolean")) {
            addValue("true", Proposal.Kind.VALUE, attribute);
            addValue("false", Proposal.Kind.VALUE, attribute);
        }
    }

    /** A hover for the change type or attribute name at the offset. */
    static Optional<Hover> hoverElement(DslDocument document, int offset) {
        Element element = innermost(document.elements(), offset);
        if (element == null) {
            return Optional.empty();
        }
        Catalog catalog = Catalog.get();
        if (element.typeRegion != null && element.typeRegion.touches(offset)) {
            ChangeMetaData change = catalog.changes.get(element.type);
            if (change != null) {
                return Optional.of(new Hover(element.type + ": " + change.getDescription(), element.typeRegion));
            }
            return Optional.empty();
        }
        for (Element.Attr attr : element.attributes) {
            if (attr.nameRegion() != null && attr.nameRegion().touches(offset)) {
                String description = catalog.attributes(element.type, element.parent == null ? null : element.parent.type,
                        element.inside("preConditions")).get(attr.name());
                return description == null ? Optional.empty()
                        : Optional.of(new Hover(element.type + " " + attr.name() + ": " + description, attr.nameRegion()));
            }
        }
        return Optional.empty();
    }

    private static Element innermost(List<Element> elements, int offset) {
        for (Element element : elements) {
            if (element.range.touches(offset)) {
                Element inner = innermost(element.children, offset);
                return inner != null ? inner : element;
            }
            if (element.range.offset() > offset) {
                break;
            }
        }
        return null;
    }
}
