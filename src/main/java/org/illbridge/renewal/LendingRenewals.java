package org.illbridge.renewal;

import static org.illbridge.iso18626.Iso18626Rejection.UNRECOGNISED_DATA_VALUE;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.illbridge.iso18626.Iso18626Answers;
import org.illbridge.iso18626.Iso18626Rejection;
import org.illbridge.iso18626.xml.Header;
import org.illbridge.iso18626.xml.ISO18626Message;
import org.illbridge.iso18626.xml.Request;
import org.illbridge.iso18626.xml.RequestingAgencyMessage;
import org.illbridge.journal.Headers;
import org.illbridge.ncip.AlmaAnswer;
import org.illbridge.ncip.NcipMessages;
import org.illbridge.ncip.xml.NCIPMessage;
import org.illbridge.partner.Partner;
import org.illbridge.partner.PartnerDirectory;
import org.illbridge.store.AttentionList;
import org.illbridge.store.Loan;
import org.illbridge.store.LoanStore;
import org.illbridge.store.Renewal;
import org.illbridge.store.RenewalState;
import org.illbridge.store.ResumeStep;
import org.illbridge.store.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The steps of a lending renewal that the routes call: a borrower's Renew, the RenewItem to Alma, Alma's answer and
 * the RenewResponse to the borrower. The rules live in {@link RenewalDecisions}.
 */
@Component("lendingRenewals")
public class LendingRenewals {

    private static final Logger LOG = LoggerFactory.getLogger(LendingRenewals.class);

    private final LoanStore store;
    private final PartnerDirectory partners;
    private final AttentionList attention;
    private final Iso18626Answers answers;
    private final NcipMessages ncipMessages;
    private final LendingAnswers lendingAnswers;
    private final Counter misconfigured;
    private final Clock clock;

    public LendingRenewals(LoanStore store, PartnerDirectory partners, AttentionList attention,
            Iso18626Answers answers, NcipMessages ncipMessages,
            LendingAnswers lendingAnswers, MeterRegistry meters, Clock clock) {
        this.store = store;
        this.partners = partners;
        this.attention = attention;
        this.answers = answers;
        this.ncipMessages = ncipMessages;
        this.lendingAnswers = lendingAnswers;
        this.clock = clock;
        this.misconfigured = Counter.builder("illbridge.alma.misconfigured")
                .description("Alma answers that say illbridge is configured wrongly").register(meters);
    }

    /** A requester's message about one of our lending loans; a Renew starts a lending renewal. */
    public ISO18626Message requestingAgencyMessage(RequestingAgencyMessage received, Exchange exchange) {
        Message message = exchange.getMessage();
        String partner = message.getHeader(Headers.PARTNER, String.class);
        Loan loan = lendingLoan(received.getHeader(), partner).orElseThrow(() -> new Iso18626Rejection(
                UNRECOGNISED_DATA_VALUE, received.getHeader().getRequestingAgencyRequestId()));
        message.setHeader(Headers.REQUEST_ID, loan.requestId());
        String action = received.getAction().trim();
        if ("Renew".equals(action)) {
            receiveRenew(loan, null, exchange);
        } else {
            attention.add(loan.requestId(), partner, "ISO18626", "requestingAgencyMessage " + action,
                    received.getNote());
            LOG.info("{} from {} for lending request {} stored for staff", action, partner, loan.requestId());
        }
        return answers.ok(exchange);
    }

    /** A new ILL request: stored and confirmed and listed for staff; illbridge does not fill requests. */
    public ISO18626Message request(Request received, Exchange exchange) {
        String partner = exchange.getMessage().getHeader(Headers.PARTNER, String.class);
        attention.add(null, partner, "ISO18626", "request",
                "ILL request " + received.getHeader().getRequestingAgencyRequestId());
        LOG.info("ILL request {} from {} stored for staff", received.getHeader().getRequestingAgencyRequestId(),
                partner);
        return answers.ok(exchange);
    }

    /** A Renew from the borrower, whichever protocol carried it: answered N at once past the maximum. */
    public void receiveRenew(Loan loan, Instant desiredDueDate, Exchange exchange) {
        Message message = exchange.getMessage();
        message.setHeader(Headers.RENEWAL_STARTED, false);
        long renewed = store.renewals(loan.requestId()).stream()
                .filter(renewal -> renewal.state() == RenewalState.RENEWED).count();
        Optional<Renewal> started = store.startRenewalIf(loan.requestId(), RenewalDecisions::startsNew,
                RenewalDecisions.desiredDueDate(desiredDueDate, clock.instant()), ResumeStep.ASK_ALMA);
        if (started.isEmpty()) {
            LOG.info("Renew for lending request {} repeats an unfinished renewal; nothing new started",
                    loan.requestId());
            return;
        }
        message.setHeader(Headers.RENEWAL_ID, started.get().id());

        Integer maxRenewals = partners.find(loan.partner()).map(Partner::maxRenewals).orElse(null);
        if (RenewalDecisions.beyondMaximum(renewed, maxRenewals)) {
            String note = "Maximum renewals reached (" + maxRenewals + ")";
            store.decide(loan.requestId(), false, note, ResumeStep.ANSWER_BORROWER);
            store.updateRenewal(loan.requestId(), RenewalState.REFUSED, note, null);
            message.setHeader(Headers.RENEWAL_ANSWER, "N");
            message.setHeader(Headers.LENDER_NOTE, note);
            LOG.info("Renew for lending request {} refused without asking Alma: {}", loan.requestId(), note);
            return;
        }
        message.setHeader(Headers.RENEWAL_STARTED, true);
        LOG.info("Lending renewal of request {} started at the borrower's Renew", loan.requestId());
    }

    /** RenewItem for Alma, on the Alma user that stands for the borrowing library, with the borrower's wish. */
    public NCIPMessage askAlma(Exchange exchange) {
        Loan loan = loan(exchange);
        Instant desired = store.currentRenewal(loan.requestId()).map(Renewal::desiredDueDate)
                .map(wish -> RenewalDecisions.desiredDueDate(wish, clock.instant())).orElse(null);
        store.updateRenewal(loan.requestId(), RenewalState.REQUESTED, null, null);
        exchange.getMessage().setHeader(Headers.MESSAGE_TYPE, "RenewItem");
        return ncipMessages.renewItem(loan.patronId(), loan.itemBarcode(), desired);
    }

    /** Alma's answer decides the borrower's answer; a configuration error stops here for staff. */
    public void almaAnswered(AlmaAnswer answer, Exchange exchange) {
        Message message = exchange.getMessage();
        String requestId = message.getHeader(Headers.REQUEST_ID, String.class);
        if (answer == null) {
            store.updateRenewal(requestId, RenewalState.FAILED, "Alma gave no answer to RenewItem", null);
            return;
        }
        if (answer.kind() != AlmaAnswer.Kind.MISCONFIGURED
                && !store.claimAnswer(requestId, RenewalState.OPEN, answer.kind() == AlmaAnswer.Kind.DATE_DUE,
                        answer.describe())) {
            LOG.warn("Alma answered lending request {} after staff had answered the borrower: {}", requestId,
                    answer.describe());
            attention.add(requestId, "alma", "NCIP", "Alma's answer after staff decided", answer.describe());
            return;
        }
        switch (answer.kind()) {
            case DATE_DUE -> {
                Loan loan = loan(exchange);
                store.updateDueDates(requestId, answer.dateDue(), loan.almaDueDate());
                store.decide(requestId, true, null, ResumeStep.ANSWER_BORROWER);
                store.updateRenewal(requestId, RenewalState.RENEWED, null, answer.dateDue());
                message.setHeader(Headers.RENEWAL_ANSWER, "Y");
                message.setHeader(Headers.LENDER_DUE_DATE, answer.dateDue());
            }
            case MISCONFIGURED -> {
                misconfigured.increment();
                LOG.error("Alma reports a configuration error for lending request {}: {}; the borrower is not "
                        + "answered until staff retry", requestId, answer.describe());
                store.updateRenewal(requestId, RenewalState.FAILED, answer.describe(), null);
            }
            default -> {
                store.decide(requestId, false, answer.describe(), ResumeStep.ANSWER_BORROWER);
                store.updateRenewal(requestId, RenewalState.REFUSED, answer.describe(), null);
                message.setHeader(Headers.RENEWAL_ANSWER, "N");
                message.setHeader(Headers.LENDER_NOTE, answer.describe());
            }
        }
    }

    /** The borrower's answer, in the protocol the directory names for it. */
    public Object answerForBorrower(Exchange exchange) {
        return lendingAnswers.renewAnswer(loan(exchange), exchange);
    }

    /**
     * Staff decided in Alma's place. A no is the borrower's answer at once; a yes is first applied in Alma, and the
     * borrower hears it once Alma has taken the date.
     */
    public void staffAnswered(Exchange exchange) {
        Message message = exchange.getMessage();
        String requestId = message.getHeader(Headers.REQUEST_ID, String.class);
        boolean yes = "Y".equals(message.getHeader(Headers.RENEWAL_ANSWER, String.class));
        String note = message.getHeader(Headers.LENDER_NOTE, String.class);
        if (yes) {
            store.decide(requestId, true, note, ResumeStep.PUSH_TO_ALMA);
            store.updateRenewal(requestId, RenewalState.REQUESTED, note,
                    message.getHeader(Headers.LENDER_DUE_DATE, Instant.class));
            return;
        }
        store.decide(requestId, false, note, ResumeStep.ANSWER_BORROWER);
        store.updateRenewal(requestId, RenewalState.REFUSED, note, null);
    }

    /** The due date staff granted, for Alma to apply before the borrower hears it. */
    public NCIPMessage pushDueDateToAlma(Exchange exchange) {
        Loan loan = loan(exchange);
        exchange.getMessage().setHeader(Headers.MESSAGE_TYPE, "RenewItem");
        return ncipMessages.renewItem(loan.patronId(), loan.itemBarcode(),
                exchange.getMessage().getHeader(Headers.LENDER_DUE_DATE, Instant.class));
    }

    /** Alma's answer to the date staff granted: taken, the borrower hears yes; refused, staff must look. */
    public void almaTookStaffDate(AlmaAnswer answer, Exchange exchange) {
        Message message = exchange.getMessage();
        String requestId = message.getHeader(Headers.REQUEST_ID, String.class);
        Instant granted = message.getHeader(Headers.LENDER_DUE_DATE, Instant.class);
        if (answer != null && answer.kind() == AlmaAnswer.Kind.DATE_DUE) {
            store.updateDueDates(requestId, granted, RenewalDecisions.almaDueDateMismatch(granted, answer.dateDue()));
            store.resumeAt(requestId, ResumeStep.ANSWER_BORROWER);
            store.updateRenewal(requestId, RenewalState.RENEWED, message.getHeader(Headers.LENDER_NOTE, String.class),
                    granted);
            return;
        }
        String detail = answer == null ? "Alma gave no answer to the granted due date" : answer.describe();
        if (answer != null && answer.kind() == AlmaAnswer.Kind.MISCONFIGURED) {
            misconfigured.increment();
            LOG.error("Alma reports a configuration error for lending request {}: {}", requestId, detail);
        }
        message.removeHeader(Headers.RENEWAL_ANSWER);
        store.updateRenewal(requestId, RenewalState.FAILED, detail, granted);
    }

    /**
     * The borrower's confirmation (or acknowledgement) of our answer. A refusal is left for staff; a retried answer
     * that got through ends the renewal as decided.
     */
    public void answerConfirmed(Object confirmation, Exchange exchange) {
        String requestId = exchange.getMessage().getHeader(Headers.REQUEST_ID, String.class);
        String refusal = PartnerReceipts.refusal(confirmation);
        if (refusal == null) {
            store.currentRenewal(requestId)
                    .filter(renewal -> renewal.state() == RenewalState.REQUESTED && renewal.decidedYes() != null)
                    .ifPresent(retried -> store.updateRenewal(requestId, retried.decidedYes() ? RenewalState.RENEWED
                            : RenewalState.REFUSED, retried.outcomeNote(), null));
        } else {
            LOG.error("Borrower refused our answer to its Renew for lending request {}: {}", requestId, refusal);
            attention.add(requestId, exchange.getMessage().getHeader(Headers.PARTNER, String.class),
                    exchange.getMessage().getHeader(Headers.PARTNER_PROTOCOL, String.class),
                    "refused " + exchange.getMessage().getHeader(Headers.MESSAGE_TYPE), refusal);
        }
    }

    /** The lending loan a requester's message is about; only the loan's own partner can name it. */
    private Optional<Loan> lendingLoan(Header header, String partner) {
        String ours = header.getSupplyingAgencyRequestId();
        if (ours != null && !ours.isBlank()) {
            Optional<Loan> byOurId = store.find(ours.trim()).filter(loan -> loan.role() == Role.LENDING)
                    .filter(loan -> loan.partner().equalsIgnoreCase(partner));
            if (byOurId.isPresent()) {
                return byOurId;
            }
        }
        return store.findByPartnerRequestId(partner, header.getRequestingAgencyRequestId().trim())
                .filter(loan -> loan.role() == Role.LENDING);
    }

    private Loan loan(Exchange exchange) {
        String requestId = exchange.getMessage().getHeader(Headers.REQUEST_ID, String.class);
        return store.find(requestId).orElseThrow(() -> new IllegalStateException("no loan " + requestId));
    }
}
