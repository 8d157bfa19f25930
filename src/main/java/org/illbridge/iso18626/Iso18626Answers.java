package org.illbridge.iso18626;

import static org.illbridge.iso18626.Iso18626Rejection.BADLY_FORMED_MESSAGE;

import java.time.Clock;
import java.time.Instant;

import org.apache.camel.Exchange;
import org.illbridge.config.IllbridgeProperties;
import org.illbridge.iso18626.xml.ConfirmationHeader;
import org.illbridge.iso18626.xml.ErrorData;
import org.illbridge.iso18626.xml.Header;
import org.illbridge.iso18626.xml.ISO18626Message;
import org.illbridge.iso18626.xml.RequestConfirmation;
import org.illbridge.iso18626.xml.RequestingAgencyMessageConfirmation;
import org.illbridge.iso18626.xml.SupplyingAgencyMessageConfirmation;
import org.illbridge.journal.Headers;
import org.illbridge.time.ProtocolDates;
import org.illbridge.xml.UnreadableXmlException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The confirmations illbridge answers ISO 18626 messages with, OK or ERROR. */
@Component("iso18626Answers")
public class Iso18626Answers {

    /** The header of the message being confirmed, kept on the exchange by the reader. */
    public static final String HEADER_PROPERTY = "illbridgeIso18626Header";

    private static final Logger LOG = LoggerFactory.getLogger(Iso18626Answers.class);

    private final IllbridgeProperties properties;
    private final Clock clock;

    public Iso18626Answers(IllbridgeProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    public ISO18626Message ok(Exchange exchange) {
        return confirmation(exchange, null);
    }

    public ISO18626Message error(String errorType, String errorValue, Exchange exchange) {
        ErrorData errorData = new ErrorData();
        errorData.setErrorType(errorType);
        errorData.setErrorValue(errorValue);
        return confirmation(exchange, errorData);
    }

    /** The ERROR confirmation for a message that failed, of the kind that matches the message when it is known. */
    public ISO18626Message errorFor(Exception failure, String kind, Exchange exchange) {
        if (kind == null) {
            exchange.getMessage().setHeader(Headers.MESSAGE_KIND, Iso18626Reader.REQUEST);
        }
        Iso18626Rejection rejection = asRejection(failure);
        return error(rejection.getErrorType(), rejection.getErrorValue(), exchange);
    }

    private ISO18626Message confirmation(Exchange exchange, ErrorData errorData) {
        Header received = exchange.getProperty(HEADER_PROPERTY, Header.class);
        ConfirmationHeader header = new ConfirmationHeader();
        String now = ProtocolDates.format(clock.instant());
        header.setTimestamp(now);
        header.setTimestampReceived(now);
        header.setMessageStatus(errorData == null ? "OK" : "ERROR");
        if (received != null) {
            header.setSupplyingAgencyId(received.getSupplyingAgencyId());
            header.setRequestingAgencyId(received.getRequestingAgencyId());
            header.setRequestingAgencyRequestId(received.getRequestingAgencyRequestId());
            header.setMultipleItemRequestId(received.getMultipleItemRequestId());
            header.setTimestampReceived(timestampReceived(received.getTimestamp(), now));
        }

        ISO18626Message message = new ISO18626Message();
        message.setVersion(properties.getIso18626().getVersion());
        String kind = exchange.getMessage().getHeader(Headers.MESSAGE_KIND, Iso18626Reader.REQUEST, String.class);
        switch (kind) {
            case Iso18626Reader.SUPPLYING_AGENCY_MESSAGE -> {
                SupplyingAgencyMessageConfirmation confirmation = new SupplyingAgencyMessageConfirmation();
                confirmation.setConfirmationHeader(header);
                confirmation.setReasonForMessage(exchange.getProperty(Iso18626Reader.REASON_PROPERTY,
                        String.class));
                confirmation.setErrorData(errorData);
                message.setSupplyingAgencyMessageConfirmation(confirmation);
            }
            case Iso18626Reader.REQUESTING_AGENCY_MESSAGE -> {
                RequestingAgencyMessageConfirmation confirmation = new RequestingAgencyMessageConfirmation();
                confirmation.setConfirmationHeader(header);
                confirmation.setAction(exchange.getProperty(Iso18626Reader.ACTION_PROPERTY, String.class));
                confirmation.setErrorData(errorData);
                message.setRequestingAgencyMessageConfirmation(confirmation);
            }
            default -> {
                RequestConfirmation confirmation = new RequestConfirmation();
                confirmation.setConfirmationHeader(header);
                confirmation.setErrorData(errorData);
                message.setRequestConfirmation(confirmation);
            }
        }
        exchange.getMessage().setHeader(Headers.ANSWER_TYPE, kind + "Confirmation");
        return message;
    }

    /** The sender's timestamp in the form we write; one that is not a date is replaced by the time we read it. */
    private String timestampReceived(String sent, String now) {
        try {
            Instant read = ProtocolDates.parse(sent, properties.getTimeZone());
            return read == null ? now : ProtocolDates.format(read);
        } catch (IllegalArgumentException notADate) {
            return now;
        }
    }

    private static Iso18626Rejection asRejection(Exception failure) {
        Throwable cause = failure;
        while (cause != null) {
            if (cause instanceof Iso18626Rejection rejection) {
                return rejection;
            }
            if (cause instanceof UnreadableXmlException || cause instanceof jakarta.xml.bind.JAXBException) {
                return new Iso18626Rejection(BADLY_FORMED_MESSAGE, "the message could not be read");
            }
            cause = cause.getCause();
        }
        LOG.error("ISO 18626 message could not be processed", failure);
        return new Iso18626Rejection(BADLY_FORMED_MESSAGE, "the message could not be processed");
    }
}
