package org.illbridge.ncip;

import static org.illbridge.ncip.ProblemTypes.INVALID_MESSAGE_SYNTAX_ERROR;
import static org.illbridge.ncip.ProblemTypes.TEMPORARY_PROCESSING_FAILURE;
import static org.illbridge.ncip.ProblemTypes.UNSUPPORTED_SERVICE;

import java.time.Instant;

import org.apache.camel.Exchange;
import org.illbridge.journal.Headers;
import org.illbridge.ncip.xml.NCIPMessage;
import org.illbridge.ncip.xml.Pending;
import org.illbridge.ncip.xml.RenewItemResponse;
import org.illbridge.time.ProtocolDates;
import org.illbridge.xml.UnreadableXmlException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The answers illbridge gives on /ncip. */
@Component("ncipAnswers")
public class NcipAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(NcipAnswers.class);

    private final NcipMessages messages;

    public NcipAnswers(NcipMessages messages) {
        this.messages = messages;
    }

    public NCIPMessage renewItemPending(Instant dateOfExpectedReply, Exchange exchange) {
        Pending pending = new Pending();
        pending.setDateOfExpectedReply(ProtocolDates.format(dateOfExpectedReply));
        RenewItemResponse response = new RenewItemResponse();
        response.setPending(pending);
        exchange.getMessage().setHeader(Headers.ANSWER_TYPE, "RenewItemResponse");
        return messages.envelope(response);
    }

    public NCIPMessage renewItemProblem(NcipProblemException problem, Exchange exchange) {
        RenewItemResponse response = new RenewItemResponse();
        response.getProblem().add(messages.problem(problem.getProblemType(), problem.getProblemDetail(),
                problem.getProblemElement(), problem.getProblemValue()));
        exchange.getMessage().setHeader(Headers.ANSWER_TYPE, "RenewItemResponse");
        return messages.envelope(response);
    }

    public NCIPMessage unsupportedService(String messageType, Exchange exchange) {
        exchange.getMessage().setHeader(Headers.ANSWER_TYPE, "Problem");
        return messages.problemEnvelope(new NcipProblemException(UNSUPPORTED_SERVICE,
                "illbridge answers RenewItem only; " + messageType + " is not supported", messageType, null));
    }

    /** The Problem for a message that failed; a renewal request keeps its RenewItemResponse form. */
    public NCIPMessage problemFor(Exception failure, Exchange exchange) {
        NcipProblemException problem = asProblem(failure);
        String type = exchange.getMessage().getHeader(Headers.MESSAGE_TYPE, String.class);
        if ("RenewItem".equals(type)) {
            return renewItemProblem(problem, exchange);
        }
        exchange.getMessage().setHeader(Headers.ANSWER_TYPE, "Problem");
        return messages.problemEnvelope(problem);
    }

    private static NcipProblemException asProblem(Exception failure) {
        if (failure instanceof NcipProblemException problem) {
            return problem;
        }
        Throwable cause = failure;
        while (cause != null) {
            if (cause instanceof NcipProblemException problem) {
                return problem;
            }
            if (cause instanceof UnreadableXmlException || cause instanceof jakarta.xml.bind.JAXBException) {
                return new NcipProblemException(INVALID_MESSAGE_SYNTAX_ERROR, "The message could not be read",
                        "NCIPMessage", null);
            }
            cause = cause.getCause();
        }
        LOG.error("NCIP message could not be processed", failure);
        return new NcipProblemException(TEMPORARY_PROCESSING_FAILURE,
                "illbridge could not process the message now; try again later", null, null);
    }
}
