package org.illbridge.renewal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.illbridge.store.Renewal;
import org.illbridge.store.RenewalState;

/** The rules a renewal follows, free of transport and storage so that they can be checked on their own. */
public final class RenewalDecisions {

    /** What to do with a renewal request for a loan. */
    public enum Start {
        /** A renewal of this loan is already on its way: answer as before, start nothing. */
        SAME_AGAIN,
        /** Start a new renewal. */
        START
    }

    private RenewalDecisions() {
    }

    /**
     * A renewal still under way, or FAILED and waiting for staff, is the same request asked again; only a final
     * answer (RENEWED, REFUSED) lets a new renewal start.
     */
    public static Start onRenewalRequest(Optional<Renewal> current) {
        boolean unfinished = current.isPresent()
                && (current.get().state().isOpen() || current.get().state() == RenewalState.FAILED);
        return unfinished ? Start.SAME_AGAIN : Start.START;
    }

    /** Whether a renewal request starts a new renewal, given the loan's current one. */
    public static boolean startsNew(Optional<Renewal> current) {
        return onRenewalRequest(current) == Start.START;
    }

    /** Whether a borrower has had as many renewals as the partner allows; no maximum means no limit. */
    public static boolean beyondMaximum(long renewalsGranted, Integer maxRenewals) {
        return maxRenewals != null && renewalsGranted >= maxRenewals;
    }

    /** The patron's wish, kept only when it lies in the future: a date in the past is ignored, not refused. */
    public static Instant desiredDueDate(Instant desired, Instant now) {
        return desired != null && desired.isAfter(now) ? desired : null;
    }

    /**
     * Whether a supplier's message answers our Renew. A supplier that sends the right reasonForMessage is taken at
     * its word; some (Alma among them) send another reason, so an answerYesNo while our Renew is outstanding counts
     * as the answer too.
     */
    public static boolean isRenewAnswer(String reasonForMessage, String answerYesNo, boolean renewOutstanding) {
        boolean hasAnswer = answerYesNo != null && !answerYesNo.isBlank();
        if ("RenewResponse".equals(reasonForMessage)) {
            return hasAnswer;
        }
        return hasAnswer && renewOutstanding;
    }

    /** The due date for the patron in Alma: the lender's date, earlier by the partner's offset when it has one. */
    public static Instant almaDueDate(Instant lenderDueDate, Duration offset) {
        if (lenderDueDate == null || offset == null || offset.isZero()) {
            return lenderDueDate;
        }
        return lenderDueDate.minus(offset);
    }

    /**
     * The due date Alma reported, when it is not the one we asked for: shown to staff, while the lender's date
     * stays the loan's due date. Dates within the same second count as equal.
     */
    public static Instant almaDueDateMismatch(Instant askedOfAlma, Instant reportedByAlma) {
        if (reportedByAlma == null || askedOfAlma == null) {
            return null;
        }
        long apart = Math.abs(Duration.between(askedOfAlma, reportedByAlma).toSeconds());
        return apart < 1 ? null : reportedByAlma;
    }
}
