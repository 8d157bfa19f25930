package org.illbridge.renewal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.illbridge.config.IllbridgeProperties;
import org.illbridge.delivery.DeadLetters;
import org.illbridge.iso18626.Iso18626Messages;
import org.illbridge.isoill.IsoIllMessages;
import org.illbridge.journal.Headers;
import org.illbridge.ncip.AlmaAnswer;
import org.illbridge.ncip.NcipAnswers;
import org.illbridge.ncip.NcipMessages;
import org.illbridge.ncip.NcipProblemException;
import org.illbridge.ncip.ProblemTypes;
import org.illbridge.ncip.xml.NCIPMessage;
import org.illbridge.ncip.xml.RenewItem;
import org.illbridge.partner.Partner;
import org.illbridge.partner.PartnerDirectory;
import org.illbridge.store.AttentionList;
import org.illbridge.store.Loan;
import org.illbridge.store.LoanStore;
import org.illbridge.store.Renewal;
import org.illbridge.store.RenewalState;
import org.illbridge.store.ResumeStep;
import org.illbridge.time.ProtocolDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The steps of a borrowing renewal that the routes call: Alma's RenewItem, the Renew to the lender, the lender's
 * answer and Alma's answer to the new due date. Each step reads and writes the request store; the rules live in
 * {@link RenewalDecisions}.
 */
@Component("borrowingRenewals")
public class BorrowingRenewals {

    private static final Logger LOG = LoggerFactory.getLogger(BorrowingRenewals.class);

    /** Header with the due date we asked Alma to apply, to compare with the one Alma reports. */
    public static final String ASKED_OF_ALMA = "illbridgeAskedOfAlma";

    private final LoanStore store;
    private final PartnerDirectory partners;
    private final AttentionList attention;
    private final NcipAnswers ncipAnswers;
    private final NcipMessages ncipMessages;
    private final Iso18626Messages iso18626Messages;
    private final IsoIllMessages isoIllMessages;
    private final IllbridgeProperties properties;
    private final Clock clock;

    public BorrowingRenewals(LoanStore store, PartnerDirectory partners, AttentionList attention,
            NcipAnswers ncipAnswers,
            NcipMessages ncipMessages, Iso18626Messages iso18626Messages, IsoIllMessages isoIllMessages,
            IllbridgeProperties properties, Clock clock) {
        this.store = store;
        this.partners = partners;
        this.attention = attention;
        this.ncipAnswers = ncipAnswers;
        this.ncipMessages = ncipMessages;
        this.iso18626Messages = iso18626Messages;
        this.isoIllMessages = isoIllMessages;
        this.properties = properties;
        this.clock = clock;
    }

    /** Alma's RenewItem: answered at once with Pending, or with Unknown Item. */
    @SuppressWarnings("unchecked")
    public NCIPMessage receiveRenewItem(RenewItem renewItem, Exchange exchange) {
        Message message = exchange.getMessage();
        String barcode = renewItem.getItemId().getItemIdentifierValue().trim();
        String agencyId = renewItem.getItemId().getAgencyId() == null ? null
                : renewItem.getItemId().getAgencyId().getValue();
        String requestId = LoanMatcher.choose(message.getHeader(Headers.CANDIDATES, List.class), agencyId);
        message.setHeader(Headers.RENEWAL_STARTED, false);
        if (requestId == null) {
            return ncipAnswers.renewItemProblem(new NcipProblemException(ProblemTypes.UNKNOWN_ITEM,
                    "illbridge has no borrowed item with this barcode", "//RenewItem/ItemId/ItemIdentifierValue",
                    barcode), exchange);
        }
        message.setHeader(Headers.REQUEST_ID, requestId);

        Instant now = clock.instant();
        Instant expectedReply = now.plus(properties.getRenewal().getExpectedReplyWithin());
        Instant desired = RenewalDecisions.desiredDueDate(
                ProtocolDates.parse(renewItem.getDesiredDateDue(), properties.getTimeZone()), now);
        Optional<Renewal> started = store.startRenewalIf(requestId, RenewalDecisions::startsNew, desired,
                ResumeStep.FORWARD_TO_LENDER);
        if (started.isEmpty()) {
            LOG.info("RenewItem for request {} repeats an unfinished renewal; answered Pending again", requestId);
            return ncipAnswers.renewItemPending(expectedReply, exchange);
        }
        message.setHeader(Headers.RENEWAL_ID, started.get().id());
        rememberPatron(requestId, renewItem);
        message.setHeader(Headers.RENEWAL_STARTED, true);
        LOG.info("Renewal of request {} started at Alma's RenewItem", requestId);
        return ncipAnswers.renewItemPending(expectedReply, exchange);
    }

    /** CirculationStatusUpdated Renew Still Pending, for Alma. */
    public NCIPMessage renewStillPending(Exchange exchange) {
        Loan loan = loan(exchange);
        exchange.getMessage().setHeader(Headers.MESSAGE_TYPE, "CirculationStatusUpdated");
        return ncipMessages.circulationStatusUpdated(loan.itemBarcode(),
                properties.getNcip().getRenewStillPendingStatus());
    }

    /** The Renew for the lender; the renewal is REQUESTED from here on. */
    public Object forwardToLender(Exchange exchange) {
        Message message = exchange.getMessage();
        Loan loan = loan(exchange);
        Optional<Partner> lender = partners.find(loan.partner());
        if (lender.isEmpty()) {
            LOG.error("Renewal of request {} cannot be forwarded: partner {} is not in the directory",
                    loan.requestId(), loan.partner());
            store.updateRenewal(loan.requestId(), RenewalState.FAILED,
                    "partner " + loan.partner() + " is not in the partner directory", null);
            message.setHeader(Headers.PARTNER_PROTOCOL, "NONE");
            return null;
        }

        Partner partner = lender.get();
        Instant desired = store.currentRenewal(loan.requestId()).map(Renewal::desiredDueDate).orElse(null);
        store.updateRenewal(loan.requestId(), RenewalState.REQUESTED, null, null);
        PartnerRoute.set(message, partner);
        if (partner.protocol() == Partner.Protocol.ISO_ILL) {
            message.setHeader(Headers.MESSAGE_TYPE, "Renew");
            return isoIllMessages.renew(IsoIllTransactions.of(loan, properties.getIso18626().getAgencyId()),
                    partner.symbol(), desired, properties.getTimeZone(), null);
        }
        message.setHeader(Headers.MESSAGE_TYPE, "requestingAgencyMessage Renew");
        String note = desired == null ? null : "Desired due date: " + ProtocolDates.format(desired);
        return iso18626Messages.renew(loan, partner, note);
    }

    /** The lender's confirmation (or acknowledgement) of our Renew: a refusal means it will not answer it. */
    public void renewConfirmed(Object confirmation, Exchange exchange) {
        String requestId = exchange.getMessage().getHeader(Headers.REQUEST_ID, String.class);
        String refusal = PartnerReceipts.refusal(confirmation);
        if (refusal != null) {
            LOG.error("Lender refused our Renew message for request {}: {}", requestId, refusal);
            store.updateRenewal(requestId, RenewalState.FAILED, "the lender did not accept the Renew: " + refusal,
                    null);
        }
    }

    /** CirculationStatusUpdated with the status a lender's message calls for, such as Item Overdue. */
    public NCIPMessage tellAlmaStatus(Exchange exchange) {
        Loan loan = loan(exchange);
        exchange.getMessage().setHeader(Headers.MESSAGE_TYPE, "CirculationStatusUpdated");
        return ncipMessages.circulationStatusUpdated(loan.itemBarcode(),
                exchange.getMessage().getHeader(Headers.ALMA_STATUS, String.class));
    }

    /**
     * Alma's answer to a CirculationStatusUpdated. A Problem is not a refusal of anything; it is kept for staff,
     * and one that says illbridge is misconfigured leaves the renewal FAILED unless the message was only a
     * notification.
     */
    public void almaStatusAnswered(AlmaAnswer answer, Exchange exchange) {
        if (answer == null || answer.kind() == AlmaAnswer.Kind.DATE_DUE) {
            return;
        }
        String requestId = exchange.getMessage().getHeader(Headers.REQUEST_ID, String.class);
        boolean notification = exchange.getProperty(DeadLetters.NOTIFICATION) != null;
        if (answer.kind() == AlmaAnswer.Kind.MISCONFIGURED && !notification) {
            LOG.error("Alma reports a configuration error for request {}: {}", requestId, answer.describe());
            store.updateRenewal(requestId, RenewalState.FAILED, answer.describe(), null);
            return;
        }
        LOG.warn("Alma answered CirculationStatusUpdated for request {} with {}", requestId, answer.describe());
        attention.add(requestId, "alma", "NCIP", "Problem answering CirculationStatusUpdated", answer.describe());
    }

    /** The lender said yes: the loan takes the lender's date, and Alma is asked to apply it. */
    public NCIPMessage applyInAlma(Exchange exchange) {
        Message message = exchange.getMessage();
        Loan loan = loan(exchange);
        Instant lenderDueDate = message.getHeader(Headers.LENDER_DUE_DATE, Instant.class);
        Duration offset = partners.find(loan.partner()).map(Partner::dueDateOffset).orElse(null);
        Instant askedOfAlma = RenewalDecisions.almaDueDate(lenderDueDate, offset);

        String note = message.getHeader(Headers.LENDER_NOTE, String.class);
        store.decide(loan.requestId(), true, note, ResumeStep.APPLY_IN_ALMA);
        store.updateDueDates(loan.requestId(), lenderDueDate, null);
        store.updateRenewal(loan.requestId(), RenewalState.REQUESTED, note, lenderDueDate);
        message.setHeader(ASKED_OF_ALMA, askedOfAlma);
        message.setHeader(Headers.MESSAGE_TYPE, "RenewItem");
        return ncipMessages.renewItem(loan.patronId(), loan.itemBarcode(), askedOfAlma);
    }

    /** The lender said no: the renewal is refused and Alma hears Item Not Renewed. */
    public NCIPMessage itemNotRenewed(Exchange exchange) {
        Loan loan = loan(exchange);
        String note = exchange.getMessage().getHeader(Headers.LENDER_NOTE, String.class);
        String detail = note == null || note.isBlank() ? "refused by the lender" : note.trim();
        store.decide(loan.requestId(), false, detail, ResumeStep.TELL_ALMA_NOT_RENEWED);
        store.updateRenewal(loan.requestId(), RenewalState.REFUSED, detail, null);
        exchange.getMessage().setHeader(Headers.MESSAGE_TYPE, "CirculationStatusUpdated");
        return ncipMessages.circulationStatusUpdated(loan.itemBarcode(),
                properties.getNcip().getItemNotRenewedStatus());
    }

    /** Alma's answer to the lender's due date closes the renewal, or leaves it FAILED for staff. */
    public void almaApplied(AlmaAnswer answer, Exchange exchange) {
        Message message = exchange.getMessage();
        String requestId = message.getHeader(Headers.REQUEST_ID, String.class);
        Instant lenderDueDate = message.getHeader(Headers.LENDER_DUE_DATE, Instant.class);
        if (answer != null && answer.kind() == AlmaAnswer.Kind.DATE_DUE && lenderDueDate == null) {
            // The lender said yes without a date: the date Alma applied is the loan's date.
            store.updateDueDates(requestId, answer.dateDue(), null);
            store.updateRenewal(requestId, RenewalState.RENEWED,
                    message.getHeader(Headers.LENDER_NOTE, String.class), answer.dateDue());
            LOG.info("Renewal of request {} completed: due {} as Alma applied it", requestId, answer.dateDue());
            return;
        }
        if (answer != null && answer.kind() == AlmaAnswer.Kind.DATE_DUE) {
            Instant mismatch = RenewalDecisions.almaDueDateMismatch(message.getHeader(ASKED_OF_ALMA, Instant.class),
                    answer.dateDue());
            if (mismatch != null) {
                LOG.warn("Alma reports due date {} for request {}, not the {} asked for", mismatch, requestId,
                        message.getHeader(ASKED_OF_ALMA));
            }
            store.updateDueDates(requestId, lenderDueDate, mismatch);
            store.updateRenewal(requestId, RenewalState.RENEWED,
                    message.getHeader(Headers.LENDER_NOTE, String.class), lenderDueDate);
            LOG.info("Renewal of request {} completed: due {}", requestId, lenderDueDate);
            return;
        }

        String detail = answer == null ? "Alma gave no answer to the new due date" : answer.describe();
        if (answer != null && answer.kind() == AlmaAnswer.Kind.MISCONFIGURED) {
            LOG.error("Alma reports a configuration error for request {}: {}", requestId, detail);
        }
        store.updateRenewal(requestId, RenewalState.FAILED, detail, lenderDueDate);
    }

    private void rememberPatron(String requestId, RenewItem renewItem) {
        Loan loan = store.find(requestId).orElseThrow();
        if ((loan.patronId() == null || loan.patronId().isBlank()) && renewItem.getUserId() != null
                && renewItem.getUserId().getUserIdentifierValue() != null) {
            store.save(new Loan(loan.requestId(), loan.role(), loan.partner(), loan.partnerRequestId(),
                    loan.itemBarcode(), renewItem.getUserId().getUserIdentifierValue().trim(), loan.dueDate(),
                    loan.almaDueDate(), loan.updatedAt()));
        }
    }

    private Loan loan(Exchange exchange) {
        String requestId = exchange.getMessage().getHeader(Headers.REQUEST_ID, String.class);
        return store.find(requestId).orElseThrow(() -> new IllegalStateException("no loan " + requestId));
    }
}
