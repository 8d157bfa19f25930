package org.illbridge.renewal;

import java.time.Instant;

import org.apache.camel.Message;
import org.illbridge.journal.Headers;
import org.illbridge.store.AttentionList;
import org.illbridge.store.LoanStore;
import org.illbridge.store.RenewalState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a lender's answer to our Renew, the same way whichever protocol carried it: the first answer to an open
 * renewal is marked on the exchange for the routes that tell Alma; a repeated or late one is kept for staff.
 */
final class LenderSaid {

    private static final Logger LOG = LoggerFactory.getLogger(LenderSaid.class);

    private LenderSaid() {
    }

    static void take(LoanStore store, AttentionList attention, Message message, boolean yes, Instant dueDate,
            String note, String protocol) {
        String requestId = message.getHeader(Headers.REQUEST_ID, String.class);
        if (!store.claimAnswer(requestId, RenewalState.OPEN, yes, note)) {
            LOG.info("Lender answered {} again for request {}; the first answer stands", yes ? "Y" : "N", requestId);
            attention.add(requestId, message.getHeader(Headers.PARTNER, String.class), protocol,
                    "renewal answer after the first", (yes ? "Y" : "N") + (dueDate == null ? "" : " due " + dueDate)
                            + (note == null ? "" : ": " + note));
            return;
        }
        store.currentRenewal(requestId).ifPresent(taken -> message.setHeader(Headers.RENEWAL_ID, taken.id()));
        mark(message, yes, dueDate, note);
    }

    private static void mark(Message message, boolean yes, Instant dueDate, String note) {
        message.setHeader(Headers.RENEWAL_ANSWER, yes ? "Y" : "N");
        message.setHeader(Headers.LENDER_DUE_DATE, dueDate);
        message.setHeader(Headers.LENDER_NOTE, note);
        LOG.info("Lender answered {} to the renewal of request {}", yes ? "Y" : "N",
                message.getHeader(Headers.REQUEST_ID));
    }
}
