package org.illbridge.sandbox;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;

import org.apache.camel.Exchange;
import org.illbridge.iso18626.Iso18626Jaxb;
import org.illbridge.iso18626.xml.ConfirmationHeader;
import org.illbridge.iso18626.xml.Header;
import org.illbridge.iso18626.xml.ISO18626Message;
import org.illbridge.iso18626.xml.MessageInfo;
import org.illbridge.iso18626.xml.RequestingAgencyMessage;
import org.illbridge.iso18626.xml.RequestingAgencyMessageConfirmation;
import org.illbridge.iso18626.xml.StatusInfo;
import org.illbridge.iso18626.xml.SupplyingAgencyMessage;
import org.illbridge.time.ProtocolDates;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A simulated ISO 18626 lender for trying illbridge out: it confirms every message and answers a Renew a moment
 * later with RenewResponse Y, granting the patron's desired due date when the Renew's note names one, else a due
 * date four weeks on.
 */
@Component("sandboxPartner")
@ConditionalOnProperty(name = "illbridge.sandbox.enabled", havingValue = "true")
public class SandboxPartner {

    /** Header carrying the RenewResponse the partner will send back to illbridge. */
    public static final String RENEW_ANSWER = "sandboxRenewAnswer";

    private static final Pattern DESIRED = Pattern.compile("Desired due date: (\\S+Z)");

    private final JAXBContext context;
    private final Clock clock;

    public SandboxPartner(Clock clock) throws JAXBException {
        this.context = JAXBContext.newInstance(ISO18626Message.class);
        this.clock = clock;
    }

    public String receive(String body, Exchange exchange) throws JAXBException {
        ISO18626Message received = Iso18626Jaxb.read(body);
        RequestingAgencyMessage request = received.getRequestingAgencyMessage();
        String now = ProtocolDates.format(clock.instant());

        ConfirmationHeader confirmationHeader = new ConfirmationHeader();
        confirmationHeader.setTimestamp(now);
        confirmationHeader.setTimestampReceived(request == null ? now : request.getHeader().getTimestamp());
        confirmationHeader.setMessageStatus(request == null ? "ERROR" : "OK");
        RequestingAgencyMessageConfirmation confirmation = new RequestingAgencyMessageConfirmation();
        confirmation.setConfirmationHeader(confirmationHeader);
        ISO18626Message answer = new ISO18626Message();
        answer.setVersion("1.2");
        answer.setRequestingAgencyMessageConfirmation(confirmation);
        if (request != null) {
            confirmationHeader.setSupplyingAgencyId(request.getHeader().getSupplyingAgencyId());
            confirmationHeader.setRequestingAgencyId(request.getHeader().getRequestingAgencyId());
            confirmationHeader.setRequestingAgencyRequestId(request.getHeader().getRequestingAgencyRequestId());
            confirmation.setAction(request.getAction());
            if ("Renew".equals(request.getAction())) {
                exchange.getMessage().setHeader(RENEW_ANSWER, write(renewResponse(request.getHeader(),
                        granted(request.getNote()))));
            }
        }
        return write(answer);
    }

    private Instant granted(String note) {
        Matcher desired = DESIRED.matcher(note == null ? "" : note);
        return desired.find() ? Instant.parse(desired.group(1)) : clock.instant().plus(Duration.ofDays(28));
    }

    private ISO18626Message renewResponse(Header requestHeader, Instant dueDate) {
        Header header = new Header();
        header.setSupplyingAgencyId(requestHeader.getSupplyingAgencyId());
        header.setRequestingAgencyId(requestHeader.getRequestingAgencyId());
        header.setMultipleItemRequestId("");
        header.setTimestamp(ProtocolDates.format(clock.instant()));
        header.setRequestingAgencyRequestId(requestHeader.getRequestingAgencyRequestId());
        header.setSupplyingAgencyRequestId(requestHeader.getSupplyingAgencyRequestId());
        MessageInfo info = new MessageInfo();
        info.setReasonForMessage("RenewResponse");
        info.setAnswerYesNo("Y");
        info.setNote("Renewed by the sandbox lender");
        StatusInfo status = new StatusInfo();
        status.setStatus("Loaned");
        status.setDueDate(ProtocolDates.format(dueDate));
        status.setLastChange(header.getTimestamp());
        SupplyingAgencyMessage message = new SupplyingAgencyMessage();
        message.setHeader(header);
        message.setMessageInfo(info);
        message.setStatusInfo(status);
        ISO18626Message envelope = new ISO18626Message();
        envelope.setVersion("1.2");
        envelope.setSupplyingAgencyMessage(message);
        return envelope;
    }

    private String write(ISO18626Message message) throws JAXBException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        context.createMarshaller().marshal(message, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
