package org.illbridge.ncip;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;

import org.illbridge.ncip.xml.NCIPMessage;
import org.w3c.dom.Document;

/** The JAXB context of the NCIP classes, for reading answers outside a route's unmarshal step. */
public final class NcipJaxb {

    private static final JAXBContext CONTEXT = create();

    private NcipJaxb() {
    }

    public static NCIPMessage read(Document document) {
        try {
            Object value = CONTEXT.createUnmarshaller().unmarshal(document);
            if (value instanceof NCIPMessage message) {
                return message;
            }
            throw new IllegalArgumentException("not an NCIPMessage");
        } catch (JAXBException e) {
            throw new IllegalArgumentException("NCIP message could not be read: " + e.getMessage(), e);
        }
    }

    private static JAXBContext create() {
        try {
            return JAXBContext.newInstance(NCIPMessage.class.getPackageName());
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }
}
