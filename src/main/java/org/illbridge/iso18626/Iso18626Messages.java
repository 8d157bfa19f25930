package org.illbridge.iso18626;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.illbridge.config.IllbridgeProperties;
import org.illbridge.iso18626.xml.AgencyId;
import org.illbridge.iso18626.xml.Header;
import org.illbridge.iso18626.xml.ISO18626Message;
import org.illbridge.iso18626.xml.MessageInfo;
import org.illbridge.iso18626.xml.RequestingAgencyAuthentication;
import org.illbridge.iso18626.xml.RequestingAgencyMessage;
import org.illbridge.iso18626.xml.SchemeValuePair;
import org.illbridge.iso18626.xml.StatusInfo;
import org.illbridge.iso18626.xml.SupplyingAgencyMessage;
import org.illbridge.partner.Partner;
import org.illbridge.store.Loan;
import org.springframework.stereotype.Component;

/** Builds the ISO 18626 messages illbridge sends to partners. */
@Component
public class Iso18626Messages {

    private final IllbridgeProperties properties;
    private final Clock clock;

    public Iso18626Messages(IllbridgeProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Our Renew to the lender of a borrowing loan; the patron's wish, if any, travels in the note. */
    public ISO18626Message renew(Loan loan, Partner lender, String note) {
        Header header = new Header();
        header.setSupplyingAgencyId(agencyId(lender.agencyIdType(), lender.symbol()));
        header.setRequestingAgencyId(ourAgencyId());
        header.setMultipleItemRequestId(lender.quirks().multipleItemRequestId());
        header.setTimestamp(lender.quirks().formatDate(clock.instant(), zoneOf(lender)));
        header.setRequestingAgencyRequestId(loan.requestId());
        header.setSupplyingAgencyRequestId(loan.partnerRequestId());
        if (lender.accountId() != null || lender.securityCode() != null) {
            RequestingAgencyAuthentication authentication = new RequestingAgencyAuthentication();
            authentication.setAccountId(lender.accountId());
            authentication.setSecurityCode(lender.securityCode());
            header.setRequestingAgencyAuthentication(authentication);
        }

        RequestingAgencyMessage message = new RequestingAgencyMessage();
        message.setHeader(header);
        message.setAction("Renew");
        message.setNote(note);
        ISO18626Message envelope = new ISO18626Message();
        envelope.setVersion(lender.quirks().iso18626Version());
        envelope.setRequestingAgencyMessage(message);
        return envelope;
    }

    /** Our answer to a borrower's Renew of a lending loan: RenewResponse with answerYesNo and the due date. */
    public ISO18626Message renewResponse(Loan loan, Partner borrower, boolean renewed, Instant dueDate, String note) {
        String now = borrower.quirks().formatDate(clock.instant(), zoneOf(borrower));
        Header header = new Header();
        header.setSupplyingAgencyId(ourAgencyId());
        header.setRequestingAgencyId(agencyId(borrower.agencyIdType(), borrower.symbol()));
        header.setMultipleItemRequestId(borrower.quirks().multipleItemRequestId());
        header.setTimestamp(now);
        header.setRequestingAgencyRequestId(loan.partnerRequestId() == null ? loan.requestId()
                : loan.partnerRequestId());
        header.setSupplyingAgencyRequestId(loan.requestId());

        MessageInfo info = new MessageInfo();
        info.setReasonForMessage("RenewResponse");
        info.setAnswerYesNo(renewed ? "Y" : "N");
        info.setNote(note);
        StatusInfo status = new StatusInfo();
        status.setStatus("Loaned");
        status.setDueDate(borrower.quirks().formatDate(dueDate, zoneOf(borrower)));
        status.setLastChange(now);

        SupplyingAgencyMessage message = new SupplyingAgencyMessage();
        message.setHeader(header);
        message.setMessageInfo(info);
        message.setStatusInfo(status);
        ISO18626Message envelope = new ISO18626Message();
        envelope.setVersion(borrower.quirks().iso18626Version());
        envelope.setSupplyingAgencyMessage(message);
        return envelope;
    }

    private ZoneId zoneOf(Partner partner) {
        return partner.zoneOr(properties.getTimeZone());
    }

    public AgencyId ourAgencyId() {
        return agencyId(properties.getIso18626().getAgencyIdType(), properties.getIso18626().getAgencyId());
    }

    public static AgencyId agencyId(String type, String value) {
        SchemeValuePair agencyIdType = new SchemeValuePair();
        agencyIdType.setValue(type);
        AgencyId agencyId = new AgencyId();
        agencyId.setAgencyIdType(agencyIdType);
        agencyId.setAgencyIdValue(value);
        return agencyId;
    }
}
