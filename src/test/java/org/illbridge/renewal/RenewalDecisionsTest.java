package org.illbridge.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.illbridge.ncip.AlmaAnswer;
import org.illbridge.store.Renewal;
import org.illbridge.store.RenewalState;
import org.junit.jupiter.api.Test;

class RenewalDecisionsTest {

    private static final Instant NOW = Instant.parse("2030-01-01T12:00:00Z");

    private static Optional<Renewal> renewal(RenewalState state) {
        return Optional.of(new Renewal(1, "R", state, null, null, null, NOW, NOW, null, null, null));
    }

    @Test
    void anOpenRenewalIsAskedAgainAndAClosedOneStartsAnew() {
        assertThat(RenewalDecisions.onRenewalRequest(renewal(RenewalState.PENDING)))
                .isEqualTo(RenewalDecisions.Start.SAME_AGAIN);
        assertThat(RenewalDecisions.onRenewalRequest(renewal(RenewalState.REQUESTED)))
                .isEqualTo(RenewalDecisions.Start.SAME_AGAIN);
        assertThat(RenewalDecisions.onRenewalRequest(renewal(RenewalState.REFUSED)))
                .isEqualTo(RenewalDecisions.Start.START);
        assertThat(RenewalDecisions.onRenewalRequest(renewal(RenewalState.FAILED)))
                .isEqualTo(RenewalDecisions.Start.SAME_AGAIN);
        assertThat(RenewalDecisions.onRenewalRequest(Optional.empty())).isEqualTo(RenewalDecisions.Start.START);
    }

    @Test
    void aWishInThePastIsIgnored() {
        assertThat(RenewalDecisions.desiredDueDate(NOW.minusSeconds(1), NOW)).isNull();
        assertThat(RenewalDecisions.desiredDueDate(NOW.plusSeconds(60), NOW)).isEqualTo(NOW.plusSeconds(60));
        assertThat(RenewalDecisions.desiredDueDate(null, NOW)).isNull();
    }

    @Test
    void aWrongReasonForMessageStillAnswersAnOutstandingRenew() {
        assertThat(RenewalDecisions.isRenewAnswer("RenewResponse", "Y", false)).isTrue();
        assertThat(RenewalDecisions.isRenewAnswer("StatusChange", "N", true)).isTrue();
        assertThat(RenewalDecisions.isRenewAnswer("StatusChange", "Y", false)).isFalse();
        assertThat(RenewalDecisions.isRenewAnswer("StatusChange", null, true)).isFalse();
        assertThat(RenewalDecisions.isRenewAnswer("RenewResponse", " ", true)).isFalse();
    }

    @Test
    void theOffsetMakesAlmasDateEarlierAndTheMismatchCheckAllowsForIt() {
        Instant lender = Instant.parse("2030-02-10T23:59:59Z");
        Instant asked = RenewalDecisions.almaDueDate(lender, Duration.ofDays(2));

        assertThat(asked).isEqualTo(Instant.parse("2030-02-08T23:59:59Z"));
        assertThat(RenewalDecisions.almaDueDate(lender, null)).isEqualTo(lender);
        assertThat(RenewalDecisions.almaDueDateMismatch(asked, asked.plusMillis(400))).isNull();
        assertThat(RenewalDecisions.almaDueDateMismatch(asked, lender)).isEqualTo(lender);
    }

    @Test
    void loansSharingABarcodeAreToldApartByAgencyId() {
        List<Map<String, Object>> candidates = List.of(
                Map.of("request_id", "NEWER", "partner", "DK-1"),
                Map.of("REQUEST_ID", "OLDER", "PARTNER", "DK-2"));

        assertThat(LoanMatcher.choose(candidates, "DK-2")).isEqualTo("OLDER");
        assertThat(LoanMatcher.choose(candidates, null)).isEqualTo("NEWER");
        assertThat(LoanMatcher.choose(candidates, "SOMEONE")).isEqualTo("NEWER");
        assertThat(LoanMatcher.choose(List.of(), "DK-2")).isNull();
    }

    @Test
    void almaProblemsAreRefusalsExceptTemporaryFailuresAndMisconfiguration() {
        assertThat(AlmaAnswer.problem("Item Not Renewable", null, null, null).kind())
                .isEqualTo(AlmaAnswer.Kind.REFUSED);
        assertThat(AlmaAnswer.problem("Unknown partner", null, null, null).kind())
                .isEqualTo(AlmaAnswer.Kind.MISCONFIGURED);
        assertThat(AlmaAnswer.problem("Agency Authentication Failed", null, null, null).kind())
                .isEqualTo(AlmaAnswer.Kind.MISCONFIGURED);
        assertThat(AlmaAnswer.problem("Temporary Processing Failure", null, null, null).kind())
                .isEqualTo(AlmaAnswer.Kind.TEMPORARY_FAILURE);
        assertThat(AlmaAnswer.problem("Unknown User", "no such patron", "//RenewItem/UserId", "x").describe())
                .isEqualTo("Unknown User: no such patron (//RenewItem/UserId)");
    }
}
