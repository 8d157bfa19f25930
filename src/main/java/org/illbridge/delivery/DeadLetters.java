package org.illbridge.delivery;

import org.apache.camel.Exchange;
import org.illbridge.journal.Headers;
import org.illbridge.store.DeadLetterStore;
import org.illbridge.store.LoanStore;
import org.illbridge.store.RenewalState;
import org.springframework.stereotype.Component;

/**
 * The end of the dead-letter channel: keeps the message that started the delivery, the payload that failed and the
 * cause, and leaves the renewal it belonged to FAILED for staff, even one that had ended: a refusal that never
 * reached Alma or the borrower is not finished.
 */
@Component("deadLetters")
public class DeadLetters {

    private final DeadLetterStore store;
    private final LoanStore loans;

    public DeadLetters(DeadLetterStore store, LoanStore loans) {
        this.store = store;
        this.loans = loans;
    }

    public void record(Exchange exchange) {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String requestId = exchange.getMessage().getHeader(Headers.REQUEST_ID, String.class);
        String routeId = exchange.getProperty(Exchange.FAILURE_ROUTE_ID, String.class);
        String reason = cause == null ? "unknown" : cause.getClass().getSimpleName() + ": " + cause.getMessage();

        store.store(requestId, routeId, exchange.getMessage().getBody(String.class),
                exchange.getProperty("illbridgePayload", String.class), reason);
        if (requestId != null && loans.currentRenewal(requestId).isPresent()) {
            loans.updateRenewal(requestId, RenewalState.FAILED, "not delivered: " + reason, null);
        }
    }
}
