package org.illbridge.iso18626;

import static org.illbridge.iso18626.Iso18626Rejection.BADLY_FORMED_MESSAGE;
import static org.illbridge.iso18626.Iso18626Rejection.UNRECOGNISED_DATA_VALUE;
import static org.illbridge.iso18626.Iso18626Rejection.UNSUPPORTED_ACTION_TYPE;
import static org.illbridge.iso18626.Iso18626Rejection.UNSUPPORTED_REASON_FOR_MESSAGE_TYPE;

import java.util.List;
import java.util.Set;

import org.apache.camel.Exchange;
import org.illbridge.config.IllbridgeProperties;
import org.illbridge.iso18626.xml.AgencyId;
import org.illbridge.iso18626.xml.Header;
import org.illbridge.iso18626.xml.ISO18626Message;
import org.illbridge.journal.Headers;
import org.illbridge.xml.SafeXml;
import org.illbridge.xml.UnreadableXmlException;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads ISO 18626 as partners send it and refuses what is not one of the three initiating messages, addressed to
 * us, with the header the standard requires.
 */
@Component("iso18626Reader")
public class Iso18626Reader {

    public static final String NAMESPACE = "http://illtransactions.org/2013/iso18626";

    public static final String REQUEST = "request";
    public static final String SUPPLYING_AGENCY_MESSAGE = "supplyingAgencyMessage";
    public static final String REQUESTING_AGENCY_MESSAGE = "requestingAgencyMessage";

    /** The valid reasonForMessage or action of the message being confirmed, echoed in its confirmation. */
    public static final String REASON_PROPERTY = "illbridgeReasonForMessage";
    public static final String ACTION_PROPERTY = "illbridgeAction";

    private static final List<String> INITIATING = List.of(REQUEST, SUPPLYING_AGENCY_MESSAGE,
            REQUESTING_AGENCY_MESSAGE);

    private static final Set<String> ACTIONS = Set.of("StatusRequest", "Received", "Cancel", "Renew",
            "ShippedReturn", "Notification");

    private static final Set<String> REASONS_FOR_MESSAGE = Set.of("RequestResponse", "StatusRequestResponse",
            "RenewResponse", "CancelResponse", "StatusChange", "Notification");

    private final IllbridgeProperties properties;

    public Iso18626Reader(IllbridgeProperties properties) {
        this.properties = properties;
    }

    /** Parses the bytes and names the message in a header; the JAXB unmarshal follows in the route. */
    public Document normalize(String body, Exchange exchange) {
        Document document;
        try {
            document = SafeXml.parse(body);
        } catch (UnreadableXmlException unreadable) {
            throw new Iso18626Rejection(BADLY_FORMED_MESSAGE, unreadable.getMessage());
        }
        Iso18626Jaxb.adopt(document);

        Element root = document.getDocumentElement();
        if (!NAMESPACE.equals(root.getNamespaceURI()) || !"ISO18626Message".equals(root.getLocalName())) {
            exchange.getMessage().setHeader(Headers.MESSAGE_KIND, initiatingKindOf(root.getLocalName()));
            throw new Iso18626Rejection(BADLY_FORMED_MESSAGE,
                    "The root element must be ISO18626Message in namespace " + NAMESPACE);
        }

        Element message = SafeXml.firstChildElement(root);
        if (message == null) {
            throw new Iso18626Rejection(BADLY_FORMED_MESSAGE, "ISO18626Message holds no message");
        }
        String kind = message.getLocalName();
        exchange.getMessage().setHeader(Headers.MESSAGE_KIND, initiatingKindOf(kind));
        if (!NAMESPACE.equals(message.getNamespaceURI())) {
            throw new Iso18626Rejection(BADLY_FORMED_MESSAGE, kind + " is not in namespace " + NAMESPACE);
        }
        if (!INITIATING.contains(kind)) {
            throw new Iso18626Rejection(BADLY_FORMED_MESSAGE, kind + " is not a message that can be sent on its own");
        }
        exchange.getMessage().setHeader(Headers.MESSAGE_TYPE, kind);
        return document;
    }

    /** The message inside the envelope, after the checks every message of its kind must pass. */
    public Object messageOf(ISO18626Message envelope, Exchange exchange) {
        String kind = exchange.getMessage().getHeader(Headers.MESSAGE_KIND, String.class);
        Object message;
        Header header;
        AgencyId receiver;
        AgencyId sender;
        switch (kind) {
            case SUPPLYING_AGENCY_MESSAGE -> {
                var supplying = envelope.getSupplyingAgencyMessage();
                message = supplying;
                header = supplying == null ? null : supplying.getHeader();
                receiver = header == null ? null : header.getRequestingAgencyId();
                sender = header == null ? null : header.getSupplyingAgencyId();
                if (supplying != null && header != null) {
                    exchange.setProperty(Iso18626Answers.HEADER_PROPERTY, header);
                    String reason = supplying.getMessageInfo() == null ? null
                            : trim(supplying.getMessageInfo().getReasonForMessage());
                    checkReasonForMessage(reason);
                    exchange.setProperty(REASON_PROPERTY, reason);
                }
            }
            case REQUESTING_AGENCY_MESSAGE -> {
                var requesting = envelope.getRequestingAgencyMessage();
                message = requesting;
                header = requesting == null ? null : requesting.getHeader();
                receiver = header == null ? null : header.getSupplyingAgencyId();
                sender = header == null ? null : header.getRequestingAgencyId();
                if (requesting != null && header != null && !ACTIONS.contains(trim(requesting.getAction()))) {
                    exchange.setProperty(Iso18626Answers.HEADER_PROPERTY, header);
                    throw new Iso18626Rejection(UNSUPPORTED_ACTION_TYPE, requesting.getAction());
                }
                if (requesting != null) {
                    exchange.setProperty(ACTION_PROPERTY, trim(requesting.getAction()));
                }
            }
            default -> {
                var request = envelope.getRequest();
                message = request;
                header = request == null ? null : request.getHeader();
                receiver = header == null ? null : header.getSupplyingAgencyId();
                sender = header == null ? null : header.getRequestingAgencyId();
            }
        }
        if (message == null || header == null) {
            throw new Iso18626Rejection(BADLY_FORMED_MESSAGE, kind + " has no header");
        }
        exchange.setProperty(Iso18626Answers.HEADER_PROPERTY, header);
        if (sender == null || blank(sender.getAgencyIdValue()) || receiver == null
                || blank(receiver.getAgencyIdValue()) || blank(header.getTimestamp())) {
            throw new Iso18626Rejection(BADLY_FORMED_MESSAGE,
                    "the header needs supplyingAgencyId, requestingAgencyId and timestamp");
        }
        exchange.getMessage().setHeader(Headers.PARTNER, sender.getAgencyIdValue().trim());
        if (!isUs(receiver)) {
            throw new Iso18626Rejection(UNRECOGNISED_DATA_VALUE, receiver.getAgencyIdValue().trim());
        }
        if (blank(header.getRequestingAgencyRequestId())) {
            throw new Iso18626Rejection(UNRECOGNISED_DATA_VALUE, "requestingAgencyRequestId is empty");
        }
        return message;
    }

    private boolean isUs(AgencyId agency) {
        return properties.getIso18626().getAgencyId().equalsIgnoreCase(agency.getAgencyIdValue().trim());
    }

    private static void checkReasonForMessage(String reasonForMessage) {
        if (!REASONS_FOR_MESSAGE.contains(trim(reasonForMessage))) {
            throw new Iso18626Rejection(UNSUPPORTED_REASON_FOR_MESSAGE_TYPE, reasonForMessage);
        }
    }

    /** The message whose confirmation answers an element: a confirmation posted on its own maps to its own kind. */
    private static String initiatingKindOf(String localName) {
        if (localName == null) {
            return REQUEST;
        }
        String base = localName.endsWith("Confirmation")
                ? localName.substring(0, localName.length() - "Confirmation".length()) : localName;
        return INITIATING.contains(base) ? base : REQUEST;
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
