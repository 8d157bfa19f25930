package org.illbridge.xml;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Moves a peer's document into the one namespace form the JAXB classes read.
 *
 * <p>Peers write the protocol's elements with a default namespace, with any prefix, or with no namespace at all,
 * and the schema's qualified attributes sometimes bare. A document with no namespace at all is put into the
 * protocol's namespace whole. A document whose root is in the namespace keeps its elements as they are, so children
 * that fall out of the namespace stay unreadable and are reported missing rather than guessed at. Elements in a
 * foreign namespace (extensions) are left alone with everything below them.
 */
public final class Namespaces {

    private Namespaces() {
    }

    public static void adopt(Document document, String namespace, List<String> qualifiedAttributes) {
        Element root = document.getDocumentElement();
        adopt(root, namespace, qualifiedAttributes, root.getNamespaceURI() == null);
    }

    private static void adopt(Element element, String namespace, List<String> qualifiedAttributes,
            boolean wholeDocumentBare) {
        String elementNamespace = element.getNamespaceURI();
        boolean rename = elementNamespace == null && wholeDocumentBare;
        if (!rename && !namespace.equals(elementNamespace)) {
            return;
        }

        Element current = element;
        if (rename) {
            current = (Element) element.getOwnerDocument().renameNode(element, namespace, localName(element));
        }
        adoptAttributes(current, namespace, qualifiedAttributes);

        List<Element> children = new ArrayList<>();
        for (Node child = current.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                children.add(childElement);
            }
        }
        for (Element child : children) {
            adopt(child, namespace, qualifiedAttributes, wholeDocumentBare);
        }
    }

    private static void adoptAttributes(Element element, String namespace, List<String> qualifiedAttributes) {
        NamedNodeMap attributes = element.getAttributes();
        List<Attr> bare = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (attribute.getNamespaceURI() == null && qualifiedAttributes.contains(localName(attribute))) {
                bare.add(attribute);
            }
        }
        for (Attr attribute : bare) {
            element.removeAttributeNode(attribute);
            if (!element.hasAttributeNS(namespace, localName(attribute))) {
                element.setAttributeNS(namespace, "ns1:" + localName(attribute), attribute.getValue());
            }
        }
    }

    private static String localName(Node node) {
        return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
    }
}
