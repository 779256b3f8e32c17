package io.strata.dsl.ide;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import io.strata.dsl.DslNodes;
import io.strata.dsl.strataDsl.Attribute;
import io.strata.dsl.strataDsl.Node;
import io.strata.dsl.strataDsl.StrataDslPackage;

/**
 * One element of a parsed text with the regions of its tokens, taken from Xtext's node model:
 * {@code type [main] name=value ... ;} or {@code { children }}. Missing parts (while the text does
 * not parse) are null.
 */
final class Element {

    record Attr(String name, Region nameRegion, String value, Region valueRegion) {
    }

    final Node source;
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
        this.source = source;
        this.parent = parent;
        this.type = source.getType();
        this.typeRegion = region(source, StrataDslPackage.Literals.NODE__TYPE);
        this.main = source.getMain();
        this.mainRegion = main == null ? null : region(source, StrataDslPackage.Literals.NODE__MAIN);
        ICompositeNode node = NodeModelUtils.getNode(source);
        this.range = node == null ? new Region(0, 0) : new Region(node.getOffset(), node.getLength());
        for (Attribute attribute : source.getAttributes()) {
            if (attribute.getName() != null) {
                attributes.add(new Attr(attribute.getName(), region(attribute, StrataDslPackage.Literals.ATTRIBUTE__NAME), attribute.getValue(),
                        attribute.getValue() == null ? null : region(attribute, StrataDslPackage.Literals.ATTRIBUTE__VALUE)));
            }
        }
        if (node != null) {
            for (INode child : node.getChildren()) {
                if (child instanceof ILeafNode leaf && !leaf.isHidden()) {
                    if (leaf.getText().equals("{")) {
                        open = new Region(leaf.getOffset(), 1);
                    } else if (leaf.getText().equals("}")) {
                        close = new Region(leaf.getOffset(), 1);
                    }
                }
            }
        }
        for (Node child : source.getChildren()) {
            if (child.getType() != null) {
                children.add(new Element(child, this, index));
            }
        }
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

    private static Region region(org.eclipse.emf.ecore.EObject object, EStructuralFeature feature) {
        List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
        if (nodes.isEmpty()) {
            return null;
        }
        INode node = nodes.get(0);
        return new Region(node.getOffset(), node.getLength());
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
