package io.strata.dsl.ide;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import io.strata.dsl.DslNodes;
import io.strata.dsl.strataDsl.Attribute;
import io.strata.dsl.strataDsl.Node;

/**
 * One element of a parsed text with the regions of its tokens, taken from Xtext's node model:
 * {@code type [main] name=value ... ;} or {@code { children }}. Missing parts (while the text does
 * not parse) are null.
 */
final class Element {

    record Attr(String name, Region nameRegion, String value, Region valueRegion) {
    }

    final Element parent;
    final String type;
    final Region typeRegion;
    final String main;
    final Region mainRegion;
    final List<Attr> attributes = new ArrayList<>();
    final List<Element> children = new ArrayList<>();
    /** From the type to the ';' or '}' (or as far as the parser got). */
    final Region range;
    /** The '{' and '}' of a block, or null. */
    Region open;
    Region close;

    private Element(Node source, Element parent, Map<Node, Element> index) {
        index.put(source, this);
        this.parent = parent;
        this.type = source.getType();
        this.main = source.getMain();
        ICompositeNode node = NodeModelUtils.getNode(source);
        this.range = node == null ? new Region(0, 0) : new Region(node.getOffset(), node.getLength());
        // One pass over the node's direct children in the node model: which assignment of the grammar each belongs to.
        Region typeAt = null;
        Region mainAt = null;
        if (node != null) {
            for (INode child : node.getChildren()) {
                if (child instanceof ILeafNode leaf && leaf.isHidden()) {
                    continue;
                }
                String feature = feature(child);
                if ("type".equals(feature)) {
                    typeAt = region(child);
                } else if ("main".equals(feature)) {
                    mainAt = region(child);
                } else if ("attributes".equals(feature) && child instanceof ICompositeNode composite
                        && composite.getSemanticElement() instanceof Attribute attribute && attribute.getName() != null) {
                    Region name = null;
                    Region value = null;
                    for (INode part : composite.getChildren()) {
                        String partFeature = part instanceof ILeafNode leaf && leaf.isHidden() ? null : feature(part);
                        if ("name".equals(partFeature)) {
                            name = region(part);
                        } else if ("value".equals(partFeature)) {
                            value = region(part);
                        }
                    }
                    attributes.add(new Attr(attribute.getName(), name, attribute.getValue(), attribute.getValue() == null ? null : value));
                } else if (child instanceof ILeafNode leaf && leaf.getGrammarElement() instanceof Keyword keyword) {
                    if (keyword.getValue().equals("{")) {
                        open = region(leaf);
                    } else if (keyword.getValue().equals("}")) {
                        close = region(leaf);
                    }
                }
            }
        }
        this.typeRegion = typeAt;
        this.mainRegion = main == null ? null : mainAt;
        for (Node child : source.getChildren()) {
            if (child.getType() != null) {
                children.add(new Element(child, this, index));
            }
        }
    }

    private static String feature(INode node) {
        Assignment assignment = GrammarUtil.containingAssignment(node.getGrammarElement());
        return assignment == null ? null : assignment.getFeature();
    }

    private static Region region(INode node) {
        return new Region(node.getOffset(), node.getLength());
    }

    /** The elements of the nodes; {@code index} receives each node's element. */
    static List<Element> of(List<Node> nodes, Map<Node, Element> index) {
        List<Element> elements = new ArrayList<>(nodes.size());
        for (Node node : nodes) {
            if (node.getType() != null) {
                elements.add(new Element(node, null, index));
            }
        }
        return elements;
    }

    /** The attribute's value, the main value when it stands for that attribute ({@link DslNodes#keyAttribute}), or null. */
    String value(String attribute) {
        Attr attr = attribute(attribute);
        if (attr != null) {
            return attr.value();
        }
        return attribute.equals(DslNodes.keyAttribute(type)) ? main : null;
    }

    /** Where {@link #value} comes from. */
    Region valueRegion(String attribute) {
        Attr attr = attribute(attribute);
        if (attr != null) {
            return attr.valueRegion();
        }
        return attribute.equals(DslNodes.keyAttribute(type)) ? mainRegion : null;
    }

    Attr attribute(String name) {
        for (Attr attr : attributes) {
            if (attr.name().equals(name)) {
                return attr;
            }
        }
        return null;
    }

    /** Whether the main value is the key attribute (not the element's text). */
    boolean mainIsKey() {
        String key = DslNodes.keyAttribute(type);
        return key != null && attribute(key) == null;
    }

    Element changeSet() {
        Element e = this;
        while (e != null && !"changeSet".equals(e.type)) {
            e = e.parent;
        }
        return e;
    }

    boolean inside(String elementType) {
        for (Element e = parent; e != null; e = e.parent) {
            if (elementType.equals(e.type)) {
                return true;
            }
        }
        return false;
    }
}
