package org.illbridge.ncip;

import java.nio.charset.StandardCharsets;

import org.apache.camel.Exchange;
import org.illbridge.config.IllbridgeProperties;
import org.illbridge.delivery.TransportFailureException;
import org.illbridge.journal.Headers;
import org.illbridge.journal.MessageJournal;
import org.illbridge.ncip.xml.NCIPMessage;
import org.illbridge.ncip.xml.Problem;
import org.illbridge.ncip.xml.RenewItemResponse;
import org.illbridge.time.ProtocolDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads what Alma answered on the HTTP connection. An NCIP body is an answer whatever the HTTP status; anything
 * else (no body, HTML, a 5xx page) is a transport failure and is retried.
 */
@Component("almaAnswers")
public class AlmaAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(AlmaAnswers.class);

    private final NcipReader reader;
    private final MessageJournal journal;
    private final IllbridgeProperties properties;

    public AlmaAnswers(NcipReader reader, MessageJournal journal, IllbridgeProperties properties) {
        this.reader = reader;
        this.journal = journal;
        this.properties = properties;
    }

    public AlmaAnswer read(Exchange exchange) {
        Integer status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        byte[] body = exchange.getMessage().getBody(byte[].class);
        String requestId = exchange.getMessage().getHeader(Headers.REQUEST_ID, String.class);
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);

        NCIPMessage message;
        try {
            message = NcipJaxb.read(reader.parse(body));
        } catch (RuntimeException notNcip) {
            journal.answerReceived(requestId, "alma", "NCIP", "HTTP " + status, text);
            throw new TransportFailureException("Alma answered HTTP " + status + " without an NCIP message");
        }

        AlmaAnswer answer = answerIn(message);
        String type = message.getRenewItemResponse() != null ? "RenewItemResponse"
                : message.getCirculationStatusUpdatedResponse() != null ? "CirculationStatusUpdatedResponse"
                : "Problem";
        journal.answerReceived(requestId, "alma", "NCIP", type, text);
        exchange.getMessage().setHeader(Headers.ANSWER_TYPE, type);
        if (answer != null && answer.kind() == AlmaAnswer.Kind.TEMPORARY_FAILURE) {
            throw new TemporaryProcessingFailure(answer);
        }
        if (answer != null && answer.kind() != AlmaAnswer.Kind.DATE_DUE) {
            LOG.warn("Alma answered {} with a Problem for request {}: {}", type, requestId, answer.describe());
        }
        return answer;
    }

    private AlmaAnswer answerIn(NCIPMessage message) {
        if (!message.getProblem().isEmpty()) {
            return problem(message.getProblem().get(0));
        }
        RenewItemResponse renewal = message.getRenewItemResponse();
        if (renewal != null) {
            if (!renewal.getProblem().isEmpty()) {
                return problem(renewal.getProblem().get(0));
            }
            if (renewal.getPending() != null) {
                return AlmaAnswer.problem(ProblemTypes.ITEM_NOT_RENEWABLE,
                        "Alma answered Pending instead of applying the due date", null, null);
            }
            try {
                return AlmaAnswer.dateDue(ProtocolDates.parse(renewal.getDateDue(), properties.getTimeZone()));
            } catch (IllegalArgumentException unreadable) {
                return AlmaAnswer.problem(ProblemTypes.INVALID_DATE, "Alma's DateDue could not be read",
                        "//RenewItemResponse/DateDue", renewal.getDateDue());
            }
        }
        if (message.getCirculationStatusUpdatedResponse() != null
                && !message.getCirculationStatusUpdatedResponse().getProblem().isEmpty()) {
            return problem(message.getCirculationStatusUpdatedResponse().getProblem().get(0));
        }
        return null;
    }

    private static AlmaAnswer problem(Problem problem) {
        String type = problem.getProblemType() == null ? null : problem.getProblemType().getValue();
        return AlmaAnswer.problem(type == null ? null : type.trim(), problem.getProblemDetail(),
                problem.getProblemElement(), problem.getProblemValue());
    }
}
