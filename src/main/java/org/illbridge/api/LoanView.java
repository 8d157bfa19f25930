package org.illbridge.api;

import java.time.Instant;
import java.util.List;

import org.illbridge.store.LoggedMessage;
import org.illbridge.store.Renewal;

/** A loan as the REST API shows it: the record, its current renewal, its renewals and its messages. */
public record LoanView(
        String requestId,
        String role,
        String partner,
        String partnerRequestId,
        String itemBarcode,
        String patronId,
        Instant dueDate,
        Instant almaDueDate,
        String renewalState,
        String renewalDetail,
        List<RenewalView> renewals,
        List<MessageView> messages) {

    public record RenewalView(String requestId, String state, String detail, Instant desiredDueDate,
            Instant grantedDueDate, Instant startedAt, Instant updatedAt) {

        static RenewalView of(Renewal renewal) {
            return new RenewalView(renewal.requestId(), renewal.state().name(), renewal.detail(),
                    renewal.desiredDueDate(), renewal.grantedDueDate(), renewal.startedAt(), renewal.updatedAt());
        }
    }

    public record MessageView(long id, String direction, String peer, String protocol, String type, Instant at) {

        static MessageView of(LoggedMessage message) {
            return new MessageView(message.id(), message.direction(), message.peer(), message.protocol(),
                    message.type(), message.at());
        }
    }
}
