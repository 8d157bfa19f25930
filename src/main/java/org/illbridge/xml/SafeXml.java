package org.illbridge.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses XML from peers with DTDs and external entities switched off, so a hostile body cannot read files or
 * reach the network.
 */
public final class SafeXml {

    /** No protocol message illbridge reads nests deeper; deeper documents are refused before they are walked. */
    private static final int MAX_ELEMENT_DEPTH = 64;

    private static final DocumentBuilderFactory FACTORY = newFactory();

    private SafeXml() {
    }

    /** Parses bytes, in the encoding the document declares; throws {@link UnreadableXmlException} if not XML. */
    public static Document parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new UnreadableXmlException("the message is empty");
        }
        return parse(new InputSource(new ByteArrayInputStream(body)));
    }

    /** Parses characters already decoded; an encoding in the XML declaration is then ignored. */
    public static Document parse(String body) {
        if (body == null || body.isBlank()) {
            throw new UnreadableXmlException("the message is empty");
        }
        return parse(new InputSource(new StringReader(body.strip())));
    }

    private static Document parse(InputSource source) {
        try {
            DocumentBuilder builder = FACTORY.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(source);
        } catch (SAXException | IOException e) {
            throw new UnreadableXmlException("not well-formed XML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first child element of a node, or null. */
    public static Element firstChildElement(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                return element;
            }
        }
        return null;
    }

    private static DocumentBuilderFactory newFactory() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setAttribute("jdk.xml.maxElementDepth", MAX_ELEMENT_DEPTH);
            factory.setExpandEntityReferences(false);
            return factory;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser lacks secure processing", e);
        }
    }
}
