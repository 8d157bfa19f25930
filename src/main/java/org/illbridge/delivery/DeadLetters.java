package org.illbridge.delivery;

import java.util.Optional;

import org.apache.camel.Exchange;
import org.illbridge.journal.Headers;
import org.illbridge.store.AttentionList;
import org.illbridge.store.DeadLetterStore;
import org.illbridge.store.LoanStore;
import org.illbridge.store.Renewal;
import org.illbridge.store.RenewalState;
import org.springframework.stereotype.Component;

/**
 * The end of the dead-letter channel: keeps the message that started the delivery, the payload that failed and the
 * cause, and leaves the renewal it belonged to FAILED for staff, even one that had ended: a refusal that never
 * reached Alma or the borrower is not finished. A status notification that never reached Alma (Renew Still
 * Pending, Item Overdue), or a message of a renewal that has since been followed by a new one, is listed for
 * staff instead, and the current renewal goes on.
 */
@Component("deadLetters")
public class DeadLetters {

    /** Exchange property with the payload that was being delivered. */
    public static final String PAYLOAD = "illbridgePayload";

    /** Exchange properties naming the message being sent, to whom and in which protocol. */
    public static final String SENDING = "illbridgeSending";
    public static final String PEER = "illbridgeSendingTo";
    public static final String PROTOCOL = "illbridgeSendingProtocol";

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
        Optional<Renewal> current = requestId == null ? Optional.empty() : loans.currentRenewal(requestId);
        Long renewalId = exchange.getMessage().getHeader(Headers.RENEWAL_ID, Long.class);
        boolean ofAnEarlierRenewal = current.isPresent() && renewalId != null && current.get().id() != renewalId;
        if (notification != null || ofAnEarlierRenewal) {
            attention.add(requestId, exchange.getProperty(PEER, "alma", String.class),
                    exchange.getProperty(PROTOCOL, "NCIP", String.class), "undelivered "
                            + (notification != null ? notification : exchange.getProperty(SENDING, String.class)),
                    reason);
        } else if (current.isPresent()) {
            loans.updateRenewal(requestId, RenewalState.FAILED, "not delivered: " + reason, null);
        }
    }
}
