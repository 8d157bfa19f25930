package org.illbridge.renewal;

import java.time.ZoneId;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.illbridge.config.IllbridgeProperties;
import org.illbridge.isoill.IsoIllApdus;
import org.illbridge.isoill.IsoIllHeaders;
import org.illbridge.isoill.IsoIllMessages;
import org.illbridge.isoill.IsoIllTransactionId;
import org.illbridge.isoill.xml.APDUHeader;
import org.illbridge.isoill.xml.ILLAPDU;
import org.illbridge.isoill.xml.Overdue;
import org.illbridge.isoill.xml.Recall;
import org.illbridge.isoill.xml.Renew;
import org.illbridge.isoill.xml.RenewAnswer;
import org.illbridge.journal.Headers;
import org.illbridge.partner.PartnerDirectory;
import org.illbridge.store.AttentionList;
import org.illbridge.store.Loan;
import org.illbridge.store.LoanStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the ISO ILL APDUs a partner sends mean for our loans. Each method leaves the same headers the ISO 18626 side
 * leaves, so that both protocols go on through the same renewal routes; an APDU for a transaction we do not know
 * is answered with a Status-Or-Error-Report (the body, with illbridgeRenewalAnswer unset).
 */
@Component("isoIllRenewals")
public class IsoIllRenewals {

    private static final Logger LOG = LoggerFactory.getLogger(IsoIllRenewals.class);

    /** Header set when the body is a Status-Or-Error-Report for the partner. */
    public static final String ERROR_REPORT = "illbridgeIsoIllErrorReport";

    private final LoanStore store;
    private final PartnerDirectory partners;
    private final LendingRenewals lending;
    private final AttentionList attention;
    private final IsoIllMessages messages;
    private final IllbridgeProperties properties;

    public IsoIllRenewals(LoanStore store, PartnerDirectory partners, LendingRenewals lending,
            AttentionList attention, IsoIllMessages messages, IllbridgeProperties properties) {
        this.store = store;
        this.partners = partners;
        this.lending = lending;
        this.attention = attention;
        this.messages = messages;
        this.properties = properties;
    }

    /** A borrower's Renew of our item. */
    public Object renew(Renew renew, Exchange exchange) {
        Optional<Loan> loan = IsoIllTransactions.lending(store, transactionId(exchange), partner(exchange));
        if (loan.isEmpty()) {
            return unknownTransaction(renew, exchange);
        }
        exchange.getMessage().setHeader(Headers.REQUEST_ID, loan.get().requestId());
        lending.receiveRenew(loan.get(), IsoIllApdus.desiredDueDate(renew, zoneOf(loan.get())), exchange);
        return renew;
    }

    /** The lender's Renew-Answer to our Renew. */
    public Object renewAnswer(RenewAnswer answer, Exchange exchange) {
        Optional<Loan> loan = IsoIllTransactions.borrowing(store, transactionId(exchange), partner(exchange));
        if (loan.isEmpty()) {
            return unknownTransaction(answer, exchange);
        }
        Message message = exchange.getMessage();
        message.setHeader(Headers.REQUEST_ID, loan.get().requestId());
        if (!store.hasOpenRenewal(loan.get().requestId())) {
            attention.add(loan.get().requestId(), partner(exchange), "ISO_ILL", "Renew-Answer",
                    "arrived with no renewal outstanding");
            return answer;
        }
        LenderSaid.take(store, attention, message, answer.isAnswer(),
                IsoIllApdus.dateDue(answer, zoneOf(loan.get())), answer.getResponderNote(), "ISO_ILL");
        return answer;
    }

    /** The lender wants its item back: an open renewal ends refused. */
    public Object recall(Recall recall, Exchange exchange) {
        Optional<Loan> loan = IsoIllTransactions.borrowing(store, transactionId(exchange), partner(exchange));
        if (loan.isEmpty()) {
            return unknownTransaction(recall, exchange);
        }
        exchange.getMessage().setHeader(Headers.REQUEST_ID, loan.get().requestId());
        if (store.hasOpenRenewal(loan.get().requestId())) {
            LenderSaid.take(store, attention, exchange.getMessage(), false, null, "recalled", "ISO_ILL");
        } else {
            attention.add(loan.get().requestId(), partner(exchange), "ISO_ILL", "Recall", recall.getResponderNote());
        }
        return recall;
    }

    /** The lender reports its item overdue: Alma is told. */
    public Object overdue(Overdue overdue, Exchange exchange) {
        Optional<Loan> loan = IsoIllTransactions.borrowing(store, transactionId(exchange), partner(exchange));
        if (loan.isEmpty()) {
            return unknownTransaction(overdue, exchange);
        }
        exchange.getMessage().setHeader(Headers.REQUEST_ID, loan.get().requestId());
        exchange.getMessage().setHeader(Headers.ALMA_STATUS, properties.getNcip().getItemOverdueStatus());
        return overdue;
    }

    /** Any other APDU: kept for staff when its transaction is ours, reported unknown otherwise. */
    public Object other(Exchange exchange) {
        Object apdu = exchange.getMessage().getBody();
        IsoIllTransactionId transactionId = transactionId(exchange);
        Optional<Loan> loan = IsoIllTransactions.borrowing(store, transactionId, partner(exchange))
                .or(() -> IsoIllTransactions.lending(store, transactionId, partner(exchange)));
        if (loan.isEmpty() && apdu instanceof APDUHeader header) {
            return unknownTransaction(header, exchange);
        }
        String requestId = loan.map(Loan::requestId).orElse(null);
        exchange.getMessage().setHeader(Headers.REQUEST_ID, requestId);
        attention.add(requestId, partner(exchange), "ISO_ILL",
                exchange.getMessage().getHeader(Headers.MESSAGE_TYPE, String.class), String.valueOf(transactionId));
        return apdu;
    }

    private ILLAPDU unknownTransaction(APDUHeader received, Exchange exchange) {
        String partner = partner(exchange);
        LOG.warn("ISO ILL {} from {} names unknown transaction {}", exchange.getMessage()
                .getHeader(Headers.MESSAGE_TYPE), partner, transactionId(exchange));
        Message message = exchange.getMessage();
        message.setHeader(ERROR_REPORT, true);
        partners.find(partner).ifPresent(found -> PartnerRoute.set(message, found));
        return messages.unknownTransaction(received, "illbridge knows no loan for transaction "
                + transactionId(exchange));
    }

    private ZoneId zoneOf(Loan loan) {
        return partners.find(loan.partner()).map(partner -> partner.zoneOr(properties.getTimeZone()))
                .orElse(properties.getTimeZone());
    }

    private static IsoIllTransactionId transactionId(Exchange exchange) {
        return exchange.getMessage().getHeader(IsoIllHeaders.TRANSACTION_ID, IsoIllTransactionId.class);
    }

    private static String partner(Exchange exchange) {
        return exchange.getMessage().getHeader(Headers.PARTNER, String.class);
    }
}
