package org.illbridge.renewal;

import java.time.Instant;

import org.apache.camel.Message;
import org.illbridge.journal.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Marks a lender's answer to our Renew on the exchange, the same way whichever protocol carried it. */
final class LenderSaid {

    private static final Logger LOG = LoggerFactory.getLogger(LenderSaid.class);

    private LenderSaid() {
    }

    static void mark(Message message, boolean yes, Instant dueDate, String note) {
        message.setHeader(Headers.RENEWAL_ANSWER, yes ? "Y" : "N");
        message.setHeader(Headers.LENDER_DUE_DATE, dueDate);
        message.setHeader(Headers.LENDER_NOTE, note);
        LOG.info("Lender answered {} to the renewal of request {}", yes ? "Y" : "N",
                message.getHeader(Headers.REQUEST_ID));
    }
}
