package org.illbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.TimeZone;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the request store must do on every database it runs on. */
abstract class StoreContract {

    private final TimeZone original = TimeZone.getDefault();

    protected LoanStore loans;
    protected MessageLog messages;
    protected DeadLetterStore deadLetters;

    protected abstract DataSource dataSource();

    @BeforeEach
    void migrate() {
        DataSource dataSource = dataSource();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").cleanDisabled(false).load()
                .clean();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        loans = new LoanStore(jdbc, Clock.systemUTC());
        messages = new MessageLog(jdbc, Clock.systemUTC());
        deadLetters = new DeadLetterStore(jdbc, Clock.systemUTC());
    }

    @AfterEach
    void restoreTimeZone() {
        TimeZone.setDefault(original);
    }

    private static Loan loan(String requestId, Instant dueDate) {
        return new Loan(requestId, Role.BORROWING, "DK-820010", "L-" + requestId, "BAR-" + requestId, "P-1",
                dueDate, null, null);
    }

    @Test
    void aDueDateWithAnOffsetReadsBackAsTheSameInstantInUtcAndInOslo() {
        Instant due = OffsetDateTime.parse("2030-03-15T23:59:59+02:00").toInstant();

        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        loans.save(loan("TZ-1", due));
        Instant readInUtc = loans.find("TZ-1").orElseThrow().dueDate();
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Oslo"));
        Instant readInOslo = loans.find("TZ-1").orElseThrow().dueDate();
        loans.save(loan("TZ-2", due));
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        Instant writtenInOsloReadInUtc = loans.find("TZ-2").orElseThrow().dueDate();

        assertThat(readInUtc).isEqualTo(due);
        assertThat(readInOslo).isEqualTo(due);
        assertThat(writtenInOsloReadInUtc).isEqualTo(due);
    }

    @Test
    void savingAnExistingLoanUpdatesIt() {
        assertThat(loans.save(loan("UP-1", null))).isTrue();

        assertThat(loans.save(new Loan("UP-1", Role.LENDING, "DK-1", "X", "NEW-BAR", "P-2", null, null, null)))
                .isFalse();

        Loan stored = loans.find("UP-1").orElseThrow();
        assertThat(stored.role()).isEqualTo(Role.LENDING);
        assertThat(stored.itemBarcode()).isEqualTo("NEW-BAR");
        assertThat(loans.findByPartnerRequestId("DK-1", "X")).isPresent();
    }

    @Test
    void aNewRenewalAfterAFinalOneStartsANewRowAndKeepsTheHistory() {
        loans.save(loan("RN-1", null));
        loans.startRenewal("RN-1", null, ResumeStep.FORWARD_TO_LENDER);
        loans.decide("RN-1", false, "no", ResumeStep.TELL_ALMA_NOT_RENEWED);
        loans.updateRenewal("RN-1", RenewalState.REFUSED, "no", null);

        loans.startRenewal("RN-1", Instant.parse("2031-01-01T00:00:00Z"), ResumeStep.FORWARD_TO_LENDER);

        assertThat(loans.renewals("RN-1")).extracting(Renewal::state)
                .containsExactly(RenewalState.REFUSED, RenewalState.PENDING);
        assertThat(loans.currentRenewal("RN-1").orElseThrow().desiredDueDate())
                .isEqualTo(Instant.parse("2031-01-01T00:00:00Z"));
        assertThat(loans.renewals("RN-1").get(0)).satisfies(first -> {
            assertThat(first.decidedYes()).isFalse();
            assertThat(first.outcomeNote()).isEqualTo("no");
            assertThat(first.resumeStep()).isEqualTo(ResumeStep.TELL_ALMA_NOT_RENEWED);
        });
        assertThat(loans.currentRenewal("RN-1").orElseThrow().decidedYes()).isNull();
    }

    @Test
    void theMessageLogKeepsRawBodiesAndTheirRequest() {
        loans.save(loan("ML-1", null));
        long id = messages.append(null, MessageLog.IN, "alma", "NCIP", null, "<x>æøå</x>");

        messages.describe(id, "ML-1", "alma", "RenewItem");

        assertThat(messages.forRequest("ML-1")).singleElement().satisfies(message -> {
            assertThat(message.body()).isEqualTo("<x>æøå</x>");
            assertThat(message.type()).isEqualTo("RenewItem");
            assertThat(message.at()).isNotNull();
        });
    }

    @Test
    void deadLettersAreKept() {
        deadLetters.store("DL-1", "to-alma", "<original/>", "<payload/>", "connection refused");

        assertThat(deadLetters.count()).isEqualTo(1);
    }
}
