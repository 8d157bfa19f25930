package org.illbridge.iso18626;

import java.nio.charset.StandardCharsets;


import org.apache.camel.Exchange;
import org.illbridge.delivery.TransportFailureException;
import org.illbridge.iso18626.xml.ConfirmationHeader;
import org.illbridge.iso18626.xml.ErrorData;
import org.illbridge.iso18626.xml.ISO18626Message;
import org.illbridge.journal.Headers;
import org.illbridge.journal.MessageJournal;
import org.springframework.stereotype.Component;

/**
 * Reads the confirmation a partner answered on the HTTP connection. A confirmation is an answer whatever the HTTP
 * status; anything else is a transport failure and is retried.
 */
@Component("partnerAnswers")
public class PartnerAnswers {

    private final MessageJournal journal;

    public PartnerAnswers(MessageJournal journal) {
        this.journal = journal;
    }

    public PartnerConfirmation read(Exchange exchange) {
        Integer status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        byte[] body = exchange.getMessage().getBody(byte[].class);
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        String requestId = exchange.getMessage().getHeader(Headers.REQUEST_ID, String.class);
        String partner = exchange.getMessage().getHeader(Headers.PARTNER, String.class);

        ISO18626Message message;
        try {
            message = Iso18626Jaxb.read(body);
        } catch (RuntimeException notIso18626) {
            journal.answerReceived(requestId, partner, "ISO18626", "HTTP " + status, text);
            throw new TransportFailureException(partner + " answered HTTP " + status + " without ISO 18626");
        }

        ConfirmationHeader header = null;
        ErrorData errorData = null;
        String type = "confirmation";
        if (message.getRequestingAgencyMessageConfirmation() != null) {
            header = message.getRequestingAgencyMessageConfirmation().getConfirmationHeader();
            errorData = message.getRequestingAgencyMessageConfirmation().getErrorData();
            type = "requestingAgencyMessageConfirmation";
        } else if (message.getSupplyingAgencyMessageConfirmation() != null) {
            header = message.getSupplyingAgencyMessageConfirmation().getConfirmationHeader();
            errorData = message.getSupplyingAgencyMessageConfirmation().getErrorData();
            type = "supplyingAgencyMessageConfirmation";
        } else if (message.getRequestConfirmation() != null) {
            header = message.getRequestConfirmation().getConfirmationHeader();
            errorData = message.getRequestConfirmation().getErrorData();
            type = "requestConfirmation";
        }
        journal.answerReceived(requestId, partner, "ISO18626", type, text);
        exchange.getMessage().setHeader(Headers.ANSWER_TYPE, type);
        if (header == null) {
            throw new TransportFailureException(partner + " answered without a confirmation");
        }

        boolean ok = "OK".equalsIgnoreCase(header.getMessageStatus() == null ? "" : header.getMessageStatus().trim());
        return new PartnerConfirmation(ok, errorData == null ? null : errorData.getErrorType(),
                errorData == null ? null : errorData.getErrorValue());
    }
}
