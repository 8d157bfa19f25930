package org.illbridge.iso18626;

import java.util.List;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;

import org.illbridge.iso18626.xml.ISO18626Message;
import org.illbridge.xml.Namespaces;
import org.illbridge.xml.SafeXml;
import org.w3c.dom.Document;

/**
 * Reads whole ISO 18626 documents outside a route's unmarshal step (a partner's confirmation, the sandbox lender's
 * input), with the same namespace tolerance as the door.
 */
public final class Iso18626Jaxb {

    private static final List<String> QUALIFIED_ATTRIBUTES = List.of("version", "scheme");
    private static final JAXBContext CONTEXT = create();

    private Iso18626Jaxb() {
    }

    /** Brings a parsed document into the namespace form the JAXB classes read. */
    public static Document adopt(Document document) {
        Namespaces.adopt(document, Iso18626Reader.NAMESPACE, QUALIFIED_ATTRIBUTES);
        return document;
    }

    public static ISO18626Message read(byte[] body) {
        return unmarshal(adopt(SafeXml.parse(body)));
    }

    public static ISO18626Message read(String body) {
        return unmarshal(adopt(SafeXml.parse(body)));
    }

    private static ISO18626Message unmarshal(Document document) {
        try {
            return (ISO18626Message) CONTEXT.createUnmarshaller().unmarshal(document);
        } catch (JAXBException | ClassCastException e) {
            throw new IllegalArgumentException("ISO 18626 message could not be read: " + e.getMessage(), e);
        }
    }

    private static JAXBContext create() {
        try {
            return JAXBContext.newInstance(ISO18626Message.class.getPackageName());
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }
}
