package org.illbridge.renewal;

import static org.illbridge.iso18626.Iso18626Rejection.UNRECOGNISED_DATA_VALUE;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.illbridge.config.IllbridgeProperties;
import org.illbridge.iso18626.Iso18626Answers;
import org.illbridge.iso18626.Iso18626Rejection;
import org.illbridge.iso18626.xml.ISO18626Message;
import org.illbridge.iso18626.xml.SupplyingAgencyMessage;
import org.illbridge.journal.Headers;
import org.illbridge.partner.PartnerDirectory;
import org.illbridge.store.AttentionList;
import org.illbridge.store.Loan;
import org.illbridge.store.LoanStore;
import org.illbridge.store.Role;
import org.illbridge.time.ProtocolDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A lender's ISO 18626 supplyingAgencyMessage about one of our borrowing loans: a renewal answer, a recall or an
 * overdue is marked for the routes that tell Alma; anything else is kept for staff.
 */
@Component("supplierMessages")
public class SupplierMessages {

    private static final Logger LOG = LoggerFactory.getLogger(SupplierMessages.class);

    private final LoanStore store;
    private final PartnerDirectory partners;
    private final AttentionList attention;
    private final Iso18626Answers answers;
    private final IllbridgeProperties properties;

    public SupplierMessages(LoanStore store, PartnerDirectory partners, AttentionList attention,
            Iso18626Answers answers, IllbridgeProperties properties) {
        this.store = store;
        this.partners = partners;
        this.attention = attention;
        this.answers = answers;
        this.properties = properties;
    }

    public ISO18626Message supplyingAgencyMessage(SupplyingAgencyMessage supplied, Exchange exchange) {
        Message message = exchange.getMessage();
        String requestId = supplied.getHeader().getRequestingAgencyRequestId().trim();
        Optional<Loan> found = store.find(requestId).filter(loan -> loan.role() == Role.BORROWING);
        if (found.isEmpty()) {
            throw new Iso18626Rejection(UNRECOGNISED_DATA_VALUE, requestId);
        }
        Loan loan = found.get();
        String sender = message.getHeader(Headers.PARTNER, String.class);
        if (!loan.partner().equalsIgnoreCase(sender)) {
            throw new Iso18626Rejection(UNRECOGNISED_DATA_VALUE, sender);
        }
        message.setHeader(Headers.REQUEST_ID, requestId);

        String reason = trim(supplied.getMessageInfo().getReasonForMessage());
        String answerYesNo = supplied.getMessageInfo().getAnswerYesNo();
        String status = supplied.getStatusInfo() == null ? null : trim(supplied.getStatusInfo().getStatus());
        boolean outstanding = store.hasOpenRenewal(requestId);
        if (RenewalDecisions.isRenewAnswer(reason, answerYesNo, outstanding) && outstanding) {
            String dueDate = supplied.getStatusInfo() == null ? null : supplied.getStatusInfo().getDueDate();
            LenderSaid.take(store, attention, message, answerYesNo.trim().toUpperCase().startsWith("Y"),
                    lenderDate(dueDate, loan), supplied.getMessageInfo().getNote(), "ISO18626");
        } else if ("Recalled".equals(status) && outstanding) {
            LenderSaid.take(store, attention, message, false, null, "recalled", "ISO18626");
        } else if ("Overdue".equals(status)) {
            message.setHeader(Headers.ALMA_STATUS, properties.getNcip().getItemOverdueStatus());
            LOG.info("Lender reports request {} overdue; Alma is told", requestId);
        } else {
            attention.add(requestId, sender, "ISO18626", "supplyingAgencyMessage " + reason,
                    status == null ? supplied.getMessageInfo().getNote() : "status " + status);
            LOG.info("{} from {} for request {} stored for staff", reason, sender, requestId);
        }
        return answers.ok(exchange);
    }

    private Instant lenderDate(String dueDate, Loan loan) {
        ZoneId zone = partners.find(loan.partner()).map(partner -> partner.zoneOr(properties.getTimeZone()))
                .orElse(properties.getTimeZone());
        try {
            return ProtocolDates.parse(dueDate, zone);
        } catch (IllegalArgumentException unreadable) {
            throw new Iso18626Rejection(UNRECOGNISED_DATA_VALUE, "dueDate " + dueDate);
        }
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
