package io.strata.dsl;

import liquibase.changelog.ChangeLogParameters;
import liquibase.exception.ChangeLogParseException;
import liquibase.parser.core.ParsedNode;
import liquibase.parser.core.ParsedNodeException;
import liquibase.parser.core.xml.XMLChangeLogSAXParser;
import liquibase.resource.ResourceAccessor;

/**
 * New change sets for a DSL change log, written from the XML Strata's New Change Set wizards make:
 * Liquibase's XML parser reads the XML into its tree (with the XML schema's default attributes,
 * which are part of the changes' checksums) and {@link DslWriter} writes that tree, so the DSL
 * reads back into the very change sets the XML gives. Call it inside a Liquibase scope.
 */
public final class DslAppend {

    private DslAppend() {
    }

    /**
     * The DSL text of the change sets of an XML change log, each followed by a line break and
     * separated by a blank line; lines end with {@code \n}, indentation is the DSL's four spaces.
     *
     * @param xmlPath the XML change log, as {@code accessor} finds it
     * @throws ChangeLogParseException when Liquibase cannot read the XML, or the change log holds
     *         something other than change sets
     */
    public static String changeSets(String xmlPath, ResourceAccessor accessor) throws ChangeLogParseException {
        ParsedNode tree = new XmlTree().read(xmlPath, accessor);
        ParsedNode root = new ParsedNode(null, DslNodes.ROOT);
        try {
            for (ParsedNode child : tree.getChildren()) {
                if (child.getName().equals("changeSet")) {
                    root.addChild(withoutDefaultTransaction(child));
                } else if (!child.getChildren().isEmpty() || child.getValue() == null) {
                    throw new ChangeLogParseException(xmlPath + ": '" + child.getName()
                            + "' is not a change set; only change sets are appended to a DSL change log");
                }
            }
        } catch (ParsedNodeException e) {
            throw new ChangeLogParseException(e);
        }
        return DslWriter.write(root);
    }

    /**
     * The change set without {@code runInTransaction="true"}, which the XML schema adds to every
     * change set and which means what its absence means (it is not part of the checksum).
     */
    private static ParsedNode withoutDefaultTransaction(ParsedNode changeSet) throws ParsedNodeException {
        ParsedNode copy = new ParsedNode(changeSet.getNamespace(), changeSet.getName());
        copy.setValue(changeSet.getValue());
        for (ParsedNode child : changeSet.getChildren()) {
            if (!(child.getName().equals("runInTransaction") && child.getChildren().isEmpty() && "true".equals(String.valueOf(child.getValue())))) {
                copy.addChild(child);
            }
        }
        return copy;
    }

    /** Liquibase's XML parser, asked for its tree instead of its change log. */
    private static final class XmlTree extends XMLChangeLogSAXParser {
        ParsedNode read(String path, ResourceAccessor accessor) throws ChangeLogParseException {
            return parseToNode(path, new ChangeLogParameters(), accessor);
        }
    }
}
