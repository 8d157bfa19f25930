package org.illbridge.delivery;

import org.apache.camel.Exchange;
import org.illbridge.journal.Headers;
import org.illbridge.store.AttentionList;
import org.illbridge.store.DeadLetterStore;
import org.illbridge.store.LoanStore;
import org.illbridge.store.RenewalState;
import org.springframework.stereotype.Component;

/**
 * The end of the dead-letter channel: keeps the message that started the delivery, the payload that failed and the
 * cause, and leaves the renewal it belonged to FAILED for staff, even one that had ended: a refusal that never
 * reached Alma or the borrower is not finished. A status notification that never reached Alma (Renew Still
 * Pending, Item Overdue) is listed for staff instead, and the renewal goes on.
 */
@Component("deadLetters")
public class DeadLetters {

    /** Exchange property with the payload that was being delivered. */
    public static final String PAYLOAD = "illbridgePayload";

    /** Exchange property naming a status notification, whose loss does not stop the renewal. */
    public static final String NOTIFICATION = "illbridgeNotification";

    private final DeadLetterStore store;
    private final LoanStore loans;
    private final AttentionList attention;

    public DeadLetters(DeadLetterStore store, LoanStore loans, AttentionList attention) {
        this.store = store;
        this.loans = loans;
        this.attention = attention;
    }

    public void record(Exchange exchange) {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String requestId = exchange.getMessage().getHeader(Headers.REQUEST_ID, String.class);
        String routeId = exchange.getProperty(Exchange.FAILURE_ROUTE_ID, String.class);
        String reason = cause == null ? "unknown" : cause.getClass().getSimpleName() + ": " + cause.getMessage();

        store.store(requestId, routeId, exchange.getMessage().getBody(String.class),
                exchange.getProperty(PAYLOAD, String.class), reason);
        String notification = exchange.getProperty(NOTIFICATION, String.class);
        if (notification != null) {
            attention.add(requestId, "alma", "NCIP", "undelivered " + notification, reason);
        } else if (requestId != null && loans.currentRenewal(requestId).isPresent()) {
            loans.updateRenewal(requestId, RenewalState.FAILED, "not delivered: " + reason, null);
        }
    }
}
