package org.illbridge.isoill;

import org.apache.camel.Exchange;
import org.illbridge.journal.Headers;
import org.springframework.stereotype.Component;

/**
 * The acknowledgements illbridge gives on its MLLP listener: which one a frame gets, and writing it where the
 * listener picks it up. A frame that gets none (a failure on our side) has its connection closed, so that the
 * sender sends it again.
 */
@Component("isoIllAcks")
public class IsoIllAcks {

    /** A frame that was read and acted on, or recognised as one already received. */
    public IsoIllAck accepted(Exchange exchange) {
        boolean duplicate = Boolean.TRUE.equals(exchange.getMessage().getHeader(IsoIllHeaders.DUPLICATE));
        return IsoIllAck.accepted(duplicate ? "already received; not processed again" : null);
    }

    /** A frame that will never be accepted as it is. */
    public IsoIllAck rejected(Exception cause) {
        String reason = cause == null || cause.getMessage() == null ? "the frame could not be read"
                : cause.getMessage();
        return IsoIllAck.rejected(reason);
    }

    /** Writes the acknowledgement as the body, to be journaled, and hands it to the listener. */
    public String write(IsoIllAck acknowledgement, Exchange exchange) {
        String xml = acknowledgement.toXml();
        exchange.setProperty(IsoIllHeaders.ACKNOWLEDGEMENT, xml);
        exchange.getMessage().setHeader(Headers.ANSWER_TYPE, IsoIllAck.ELEMENT + " " + acknowledgement.status());
        return xml;
    }
}
