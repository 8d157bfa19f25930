package org.illbridge.renewal;

import java.time.Instant;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.illbridge.config.IllbridgeProperties;
import org.illbridge.iso18626.Iso18626Messages;
import org.illbridge.isoill.IsoIllHeaders;
import org.illbridge.isoill.IsoIllMessages;
import org.illbridge.isoill.IsoIllTransactionId;
import org.illbridge.journal.Headers;
import org.illbridge.partner.Partner;
import org.illbridge.partner.PartnerDirectory;
import org.illbridge.store.Loan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Writes the answer to a borrower's Renew in the borrower's protocol and sets where it goes. */
@Component
public class LendingAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(LendingAnswers.class);

    private final PartnerDirectory partners;
    private final Iso18626Messages iso18626Messages;
    private final IsoIllMessages isoIllMessages;
    private final IllbridgeProperties properties;

    public LendingAnswers(PartnerDirectory partners, Iso18626Messages iso18626Messages,
            IsoIllMessages isoIllMessages, IllbridgeProperties properties) {
        this.partners = partners;
        this.iso18626Messages = iso18626Messages;
        this.isoIllMessages = isoIllMessages;
        this.properties = properties;
    }

    public Object renewAnswer(Loan loan, Exchange exchange) {
        Message message = exchange.getMessage();
        Optional<Partner> found = partners.find(loan.partner());
        if (found.isEmpty()) {
            LOG.error("Lending request {} cannot be answered: partner {} is not in the directory",
                    loan.requestId(), loan.partner());
            message.setHeader(Headers.PARTNER_PROTOCOL, "NONE");
            return null;
        }

        Partner borrower = found.get();
        boolean yes = "Y".equals(message.getHeader(Headers.RENEWAL_ANSWER, String.class));
        Instant dueDate = yes ? message.getHeader(Headers.LENDER_DUE_DATE, Instant.class) : loan.dueDate();
        String note = message.getHeader(Headers.LENDER_NOTE, String.class);
        PartnerRoute.set(message, borrower);
        if (borrower.protocol() == Partner.Protocol.ISO_ILL) {
            message.setHeader(Headers.MESSAGE_TYPE, "Renew-Answer");
            // The borrower's own transaction-id when its Renew is at hand; rebuilt from the loan otherwise.
            IsoIllTransactionId transactionId = message.getHeader(IsoIllHeaders.TRANSACTION_ID,
                    IsoIllTransactions.of(loan, properties.getIso18626().getAgencyId()), IsoIllTransactionId.class);
            return isoIllMessages.renewAnswer(transactionId, borrower.symbol(), yes, dueDate, null,
                    properties.getTimeZone(), note);
        }
        message.setHeader(Headers.MESSAGE_TYPE, "supplyingAgencyMessage RenewResponse");
        return iso18626Messages.renewResponse(loan, borrower, yes, dueDate, note);
    }
}
