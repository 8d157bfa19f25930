package org.illbridge.ncip;

import static org.illbridge.ncip.ProblemTypes.INVALID_DATE;
import static org.illbridge.ncip.ProblemTypes.INVALID_MESSAGE_SYNTAX_ERROR;
import static org.illbridge.ncip.ProblemTypes.NEEDED_DATA_MISSING;

import java.util.List;

import org.apache.camel.Exchange;
import org.illbridge.config.IllbridgeProperties;
import org.illbridge.journal.Headers;
import org.illbridge.ncip.xml.NCIPMessage;
import org.illbridge.ncip.xml.RenewItem;
import org.illbridge.time.ProtocolDates;
import org.illbridge.xml.Namespaces;
import org.illbridge.xml.SafeXml;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads NCIP as peers really send it. Version attribute qualified or bare with any version string, a default
 * namespace or any prefix, or no namespace at all: all are brought into the one form the JAXB classes read.
 * What cannot be read becomes an {@link NcipProblemException}, never a half-filled message.
 */
@Component("ncipReader")
public class NcipReader {

    public static final String NAMESPACE = "http://www.niso.org/2008/ncip";

    private static final List<String> QUALIFIED_ATTRIBUTES = List.of("version", "Scheme");

    private final IllbridgeProperties properties;

    public NcipReader(IllbridgeProperties properties) {
        this.properties = properties;
    }

    /** Parses the bytes and names the message type in a header; the JAXB unmarshal follows in the route. */
    public Document normalize(String body, Exchange exchange) {
        Document document = parse(body);
        Element root = document.getDocumentElement();
        if (!NAMESPACE.equals(root.getNamespaceURI()) || !"NCIPMessage".equals(root.getLocalName())) {
            throw new NcipProblemException(INVALID_MESSAGE_SYNTAX_ERROR,
                    "The root element must be NCIPMessage in namespace " + NAMESPACE, "NCIPMessage",
                    root.getNodeName());
        }

        Element message = SafeXml.firstChildElement(root);
        if (message == null) {
            throw new NcipProblemException(NEEDED_DATA_MISSING, "NCIPMessage holds no message", "NCIPMessage", null);
        }
        if (!NAMESPACE.equals(message.getNamespaceURI())) {
            throw new NcipProblemException(INVALID_MESSAGE_SYNTAX_ERROR,
                    "The message element is not in namespace " + NAMESPACE, message.getNodeName(), null);
        }
        exchange.getMessage().setHeader(Headers.MESSAGE_TYPE, message.getLocalName());
        return document;
    }

    /** The service message inside the envelope, checked for the data illbridge needs to act on it. */
    public Object messageOf(NCIPMessage envelope, Exchange exchange) {
        String type = exchange.getMessage().getHeader(Headers.MESSAGE_TYPE, String.class);
        if ("RenewItem".equals(type)) {
            return checked(envelope.getRenewItem());
        }
        return envelope;
    }

    /** Reads a whole NCIP document that a responder sent back, for example Alma's RenewItemResponse. */
    public Document parse(byte[] body) {
        return adopted(() -> SafeXml.parse(body));
    }

    /** Reads a whole NCIP document from text already decoded. */
    public Document parse(String body) {
        return adopted(() -> SafeXml.parse(body));
    }

    private static Document adopted(java.util.function.Supplier<Document> parser) {
        Document document;
        try {
            document = parser.get();
        } catch (RuntimeException unreadable) {
            throw new NcipProblemException(INVALID_MESSAGE_SYNTAX_ERROR, unreadable.getMessage(), "NCIPMessage",
                    null);
        }
        Namespaces.adopt(document, NAMESPACE, QUALIFIED_ATTRIBUTES);
        return document;
    }

    private RenewItem checked(RenewItem renewItem) {
        if (renewItem == null) {
            throw new NcipProblemException(INVALID_MESSAGE_SYNTAX_ERROR, "RenewItem could not be read", "RenewItem",
                    null);
        }
        if (renewItem.getItemId() == null || blank(renewItem.getItemId().getItemIdentifierValue())) {
            throw new NcipProblemException(NEEDED_DATA_MISSING, "RenewItem names no item",
                    "//RenewItem/ItemId/ItemIdentifierValue", null);
        }
        boolean userIdGiven = renewItem.getUserId() != null
                && !blank(renewItem.getUserId().getUserIdentifierValue());
        boolean authenticationGiven = renewItem.getAuthenticationInput() != null
                && !renewItem.getAuthenticationInput().isEmpty();
        if (!userIdGiven && !authenticationGiven) {
            throw new NcipProblemException(NEEDED_DATA_MISSING, "RenewItem names no user",
                    "//RenewItem/UserId/UserIdentifierValue", null);
        }
        if (!blank(renewItem.getDesiredDateDue())) {
            try {
                ProtocolDates.parse(renewItem.getDesiredDateDue(), properties.getTimeZone());
            } catch (IllegalArgumentException unreadable) {
                throw new NcipProblemException(INVALID_DATE, "DesiredDateDue is not a date",
                        "//RenewItem/DesiredDateDue", renewItem.getDesiredDateDue());
            }
        }
        return renewItem;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
