package org.illbridge.isoill;

import java.io.StringWriter;
import java.util.stream.Stream;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;

import org.apache.camel.Exchange;
import org.illbridge.config.IllbridgeProperties;
import org.illbridge.isoill.xml.APDUHeader;
import org.illbridge.isoill.xml.ILLAPDU;
import org.illbridge.journal.Headers;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;

/**
 * Reads and writes ISO ILL APDUs in illbridge's XML form (xsd/iso-ill.xsd). What a partner sends is checked before
 * anything acts on it (see {@link ApduChecks}): one ILL-APDU holding exactly one of the twenty APDUs, with the
 * header the standard requires. Anything else becomes an {@link IsoIllRejection} with the reason, which the
 * partner receives in a rejecting acknowledgement.
 */
@Component("isoIllCodec")
public class IsoIllCodec {

    public static final String NAMESPACE = "http://illbridge.org/2026/iso-ill";
    public static final String ENVELOPE = "ILL-APDU";

    private static final JAXBContext CONTEXT = context();

    private final IllbridgeProperties properties;

    public IsoIllCodec(IllbridgeProperties properties) {
        this.properties = properties;
    }

    /** Parses a frame and names its APDU in illbridgeMessageType; the JAXB unmarshal follows in the route. */
    public Document normalize(byte[] body, Exchange exchange) {
        Document document = ApduChecks.parse(body);
        exchange.getMessage().setHeader(Headers.MESSAGE_TYPE, ApduChecks.apduElement(document).getLocalName());
        return document;
    }

    /** The APDU inside the envelope, checked; names its transaction and the partner in headers. */
    public APDUHeader apduOf(ILLAPDU envelope, Exchange exchange) {
        APDUHeader apdu = ApduChecks.check(envelope);
        exchange.getMessage().setHeader(IsoIllHeaders.TRANSACTION_ID, IsoIllApdus.transactionId(apdu));
        String partner = partnerOf(apdu);
        if (partner != null) {
            exchange.getMessage().setHeader(Headers.PARTNER, partner);
        }
        return apdu;
    }

    /**
     * The other party of an APDU: whichever of requester-id and responder-id is not us (illbridge.iso18626.agency-id),
     * or null when the APDU names no one else. An APDU between two other libraries is not for us and is rejected.
     */
    public String partnerOf(APDUHeader apdu) {
        String us = properties.getIso18626().getAgencyId();
        String requester = IsoIllApdus.symbolOf(apdu.getRequesterId());
        String responder = IsoIllApdus.symbolOf(apdu.getResponderId());
        if (Stream.of(requester, responder).anyMatch(symbol -> symbol != null
                && symbol.length() > ApduChecks.MAXIMUM_SYMBOL)) {
            throw new IsoIllRejection("requester-id or responder-id is longer than " + ApduChecks.MAXIMUM_SYMBOL);
        }
        if (requester != null && responder != null && !requester.equalsIgnoreCase(us)
                && !responder.equalsIgnoreCase(us)) {
            throw new IsoIllRejection("neither requester-id nor responder-id is " + us);
        }
        if (requester != null && !requester.equalsIgnoreCase(us)) {
            return requester;
        }
        return responder != null && !responder.equalsIgnoreCase(us) ? responder : null;
    }

    /** Reads a whole frame without Camel: the checks of the inbound route, then JAXB. */
    public static ILLAPDU read(byte[] body) {
        Document document = ApduChecks.parse(body);
        ILLAPDU envelope;
        try {
            envelope = (ILLAPDU) CONTEXT.createUnmarshaller().unmarshal(document);
        } catch (JAXBException | ClassCastException unreadable) {
            throw new IsoIllRejection(ENVELOPE + " could not be read: " + unreadable.getMessage());
        }
        ApduChecks.check(envelope);
        return envelope;
    }

    /** Writes an envelope as illbridge sends it. */
    public static String write(ILLAPDU envelope) {
        try {
            Marshaller marshaller = CONTEXT.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            StringWriter xml = new StringWriter();
            marshaller.marshal(envelope, xml);
            return xml.toString();
        } catch (JAXBException e) {
            throw new IllegalArgumentException(ENVELOPE + " cannot be written: " + e.getMessage(), e);
        }
    }

    /** The one APDU an envelope holds, or null. */
    public static APDUHeader apduOf(ILLAPDU envelope) {
        return envelope == null ? null : ApduTypes.apduOf(envelope);
    }

    /** The ASN.1 name of an APDU: Renew, Renew-Answer, Status-Or-Error-Report, ... */
    public static String apduType(APDUHeader apdu) {
        return ApduTypes.nameOf(apdu);
    }

    private static JAXBContext context() {
        try {
            return JAXBContext.newInstance(ILLAPDU.class);
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }
}
