package org.illbridge.isoill;

import java.nio.charset.StandardCharsets;

import org.apache.camel.Exchange;
import org.illbridge.delivery.TransportFailureException;
import org.illbridge.isoill.xml.APDUHeader;
import org.illbridge.isoill.xml.ILLAPDU;
import org.illbridge.journal.Headers;
import org.illbridge.journal.MessageJournal;
import org.illbridge.partner.Partner;
import org.illbridge.partner.PartnerDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sending an APDU to a partner over MLLP: where it goes, and what the partner's acknowledgement means. An ILL-ACK,
 * accepted or rejected, is the partner's answer and is never retried; no acknowledgement, or one that is not an
 * ILL-ACK, is a transport failure and is retried.
 */
@Component("isoIllDelivery")
public class IsoIllDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(IsoIllDelivery.class);

    /** The header camel-mllp's producer puts the acknowledgement frame's payload in. */
    static final String MLLP_ACKNOWLEDGEMENT = "CamelMllpAcknowledgement";

    private final PartnerDirectory partners;
    private final MessageJournal journal;

    public IsoIllDelivery(PartnerDirectory partners, MessageJournal journal) {
        this.partners = partners;
        this.journal = journal;
    }

    /** Names the APDU, and takes the partner's host and port from the directory when the caller gave none. */
    public void prepare(ILLAPDU envelope, Exchange exchange) {
        APDUHeader apdu = IsoIllCodec.apduOf(envelope);
        if (apdu == null) {
            throw new IllegalArgumentException("the ILL-APDU to send holds no APDU");
        }
        exchange.getMessage().setHeader(Headers.MESSAGE_TYPE, IsoIllCodec.apduType(apdu));

        var message = exchange.getMessage();
        if (message.getHeader(IsoIllHeaders.PARTNER_HOST) != null && message.getHeader(IsoIllHeaders.PARTNER_PORT)
                != null) {
            return;
        }
        String symbol = message.getHeader(Headers.PARTNER, String.class);
        Partner partner = partners.find(symbol).orElseThrow(() -> new IllegalStateException(
                "ISO ILL partner " + symbol + " is not in the partner directory"));
        if (partner.host() == null || partner.port() == null) {
            throw new IllegalStateException("ISO ILL partner " + symbol + " has no host and port configured");
        }
        message.setHeader(IsoIllHeaders.PARTNER_HOST, partner.host());
        message.setHeader(IsoIllHeaders.PARTNER_PORT, partner.port());
    }

    /** Reads and stores the partner's acknowledgement; what is not an ILL-ACK is retried. */
    public IsoIllAck acknowledgement(Exchange exchange) {
        byte[] payload = exchange.getMessage().getHeader(MLLP_ACKNOWLEDGEMENT, byte[].class);
        String text = payload == null ? "" : new String(payload, StandardCharsets.UTF_8);
        String requestId = exchange.getMessage().getHeader(Headers.REQUEST_ID, String.class);
        String partner = exchange.getMessage().getHeader(Headers.PARTNER, String.class);

        IsoIllAck acknowledgement;
        try {
            acknowledgement = IsoIllAck.parse(payload);
        } catch (IllegalArgumentException notAnAcknowledgement) {
            journal.answerReceived(requestId, partner, "ISO_ILL", "unreadable acknowledgement", text);
            throw new TransportFailureException(partner + " did not acknowledge with an " + IsoIllAck.ELEMENT + ": "
                    + notAnAcknowledgement.getMessage());
        }
        String type = IsoIllAck.ELEMENT + " " + acknowledgement.status();
        journal.answerReceived(requestId, partner, "ISO_ILL", type, text);
        exchange.getMessage().setHeader(Headers.ANSWER_TYPE, type);
        if (!acknowledgement.accepted()) {
            LOG.warn("ISO ILL {} for request {} rejected by {}: {}", exchange.getMessage().getHeader(
                    Headers.MESSAGE_TYPE), requestId, partner, acknowledgement.reason());
        }
        return acknowledgement;
    }
}
