package org.illbridge.store;

import static org.illbridge.store.Timestamps.fromColumn;
import static org.illbridge.store.Timestamps.toColumn;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Loans and their renewals. */
@Repository
public class LoanStore {

    private static final String LOAN_COLUMNS = "request_id, role, partner, partner_request_id, item_barcode, "
            + "patron_id, due_date, alma_due_date, updated_at";

    private static final String RENEWAL_COLUMNS = "id, request_id, state, detail, desired_due_date, "
            + "granted_due_date, started_at, updated_at, resume_step, outcome, outcome_note";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public LoanStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Creates the loan or replaces its fields; answers true when it was new. */
    @Transactional
    public boolean save(Loan loan) {
        Instant now = clock.instant();
        int updated = jdbc.update("update loan set role = ?, partner = ?, partner_request_id = ?, item_barcode = ?, "
                        + "patron_id = ?, due_date = ?, updated_at = ? where request_id = ?",
                loan.role().name(), loan.partner(), loan.partnerRequestId(), loan.itemBarcode(), loan.patronId(),
                toColumn(loan.dueDate()), toColumn(now), loan.requestId());
        if (updated > 0) {
            return false;
        }

        jdbc.update("insert into loan (" + LOAN_COLUMNS + ", created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                loan.requestId(), loan.role().name(), loan.partner(), loan.partnerRequestId(), loan.itemBarcode(),
                loan.patronId(), toColumn(loan.dueDate()), toColumn(loan.almaDueDate()), toColumn(now),
                toColumn(now));
        return true;
    }

    public Optional<Loan> find(String requestId) {
        return jdbc.query("select " + LOAN_COLUMNS + " from loan where request_id = ?", LoanStore::loan, requestId)
                .stream().findFirst();
    }

    public Optional<Loan> findByPartnerRequestId(String partner, String partnerRequestId) {
        return jdbc.query("select " + LOAN_COLUMNS + " from loan where partner = ? and partner_request_id = ? "
                        + "order by updated_at desc", LoanStore::loan, partner, partnerRequestId)
                .stream().findFirst();
    }

    public void updateDueDates(String requestId, Instant dueDate, Instant almaDueDate) {
        jdbc.update("update loan set due_date = ?, alma_due_date = ?, updated_at = ? where request_id = ?",
                toColumn(dueDate), toColumn(almaDueDate), toColumn(clock.instant()), requestId);
    }

    /** The current renewals in a state, most recently changed first: what staff have to look at. */
    public List<Renewal> currentRenewalsIn(RenewalState state, int limit) {
        return jdbc.query("select " + RENEWAL_COLUMNS + " from renewal r where r.state = ? and r.id = "
                        + "(select max(id) from renewal latest where latest.request_id = r.request_id) "
                        + "order by r.updated_at desc limit ?", LoanStore::renewal, state.name(), limit);
    }

    /** The loan's current renewal, if it ever had one. */
    public Optional<Renewal> currentRenewal(String requestId) {
        return jdbc.query("select " + RENEWAL_COLUMNS + " from renewal where request_id = ? order by id desc",
                LoanStore::renewal, requestId).stream().findFirst();
    }

    public List<Renewal> renewals(String requestId) {
        return jdbc.query("select " + RENEWAL_COLUMNS + " from renewal where request_id = ? order by id",
                LoanStore::renewal, requestId);
    }

    public Renewal startRenewal(String requestId, Instant desiredDueDate, ResumeStep firstStep) {
        Instant now = clock.instant();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("insert into renewal (request_id, state, desired_due_date, "
                    + "started_at, updated_at, resume_step) values (?, ?, ?, ?, ?, ?)", new String[] {"id"});
            statement.setString(1, requestId);
            statement.setString(2, RenewalState.PENDING.name());
            statement.setObject(3, toColumn(desiredDueDate));
            statement.setObject(4, toColumn(now));
            statement.setObject(5, toColumn(now));
            statement.setString(6, firstStep.name());
            return statement;
        }, key);
        long id = key.getKey().longValue();
        return new Renewal(id, requestId, RenewalState.PENDING, null, desiredDueDate, null, now, now, firstStep,
                null, null);
    }

    /**
     * Starts a renewal when the rule given says so, deciding under a lock on the loan's row, so that two requests
     * arriving at once cannot both start one; answers the new renewal, or empty when none was started.
     */
    @Transactional
    public Optional<Renewal> startRenewalIf(String requestId, Predicate<Optional<Renewal>> startsNew,
            Instant desiredDueDate, ResumeStep firstStep) {
        jdbc.queryForList("select request_id from loan where request_id = ? for update", requestId);
        if (!startsNew.test(currentRenewal(requestId))) {
            return Optional.empty();
        }
        return Optional.of(startRenewal(requestId, desiredDueDate, firstStep));
    }

    /** Whether the loan's current renewal is still being worked on. */
    public boolean hasOpenRenewal(String requestId) {
        return currentRenewal(requestId).map(renewal -> renewal.state().isOpen()).orElse(false);
    }

    /**
     * Takes the answer to the current renewal when it is in one of the given states and has none yet, in one
     * statement, so that of two answers arriving together (a lender's repeated message, two staff actions) only the
     * first is acted on; the renewal is REQUESTED from here until the answer has been carried out.
     */
    public boolean claimAnswer(String requestId, java.util.Set<RenewalState> from, boolean yes, String note) {
        Optional<Renewal> current = currentRenewal(requestId);
        if (current.isEmpty() || !from.contains(current.get().state())) {
            return false;
        }
        return jdbc.update("update renewal set outcome = ?, outcome_note = ?, state = ?, updated_at = ? "
                        + "where id = ? and outcome is null and state = ?", yes ? "Y" : "N", truncate(note),
                RenewalState.REQUESTED.name(), toColumn(clock.instant()), current.get().id(),
                current.get().state().name()) == 1;
    }

    /** Records the answer decided for the current renewal and the step that carries it on. */
    public void decide(String requestId, boolean yes, String note, ResumeStep next) {
        currentRenewal(requestId).ifPresent(current -> jdbc.update("update renewal set outcome = ?, outcome_note = ?, "
                        + "resume_step = ?, updated_at = ? where id = ?", yes ? "Y" : "N", truncate(note), next.name(),
                toColumn(clock.instant()), current.id()));
    }

    /** Records the step the current renewal goes on with. */
    public void resumeAt(String requestId, ResumeStep next) {
        currentRenewal(requestId).ifPresent(current -> jdbc.update("update renewal set resume_step = ?, "
                + "updated_at = ? where id = ?", next.name(), toColumn(clock.instant()), current.id()));
    }

    /** Moves the current renewal of a loan on; answers false when the loan has no renewal. */
    public boolean updateRenewal(String requestId, RenewalState state, String detail, Instant grantedDueDate) {
        Optional<Renewal> current = currentRenewal(requestId);
        if (current.isEmpty()) {
            return false;
        }

        jdbc.update("update renewal set state = ?, detail = ?, granted_due_date = coalesce(?, granted_due_date), "
                        + "updated_at = ? where id = ?",
                state.name(), truncate(detail), toColumn(grantedDueDate), toColumn(clock.instant()),
                current.get().id());
        return true;
    }

    /**
     * Moves the current renewal to a new state only when it is in one of the given states, so that two staff
     * actions on the same renewal cannot both go ahead; answers whether it moved.
     */
    @Transactional
    public boolean moveRenewal(String requestId, java.util.Set<RenewalState> from, RenewalState to) {
        Optional<Renewal> current = currentRenewal(requestId);
        if (current.isEmpty() || !from.contains(current.get().state())) {
            return false;
        }
        return jdbc.update("update renewal set state = ?, updated_at = ? where id = ? and state = ?", to.name(),
                toColumn(clock.instant()), current.get().id(), current.get().state().name()) == 1;
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }

    private static Loan loan(ResultSet rows, int index) throws SQLException {
        return new Loan(rows.getString("request_id"), Role.valueOf(rows.getString("role")), rows.getString("partner"),
                rows.getString("partner_request_id"), rows.getString("item_barcode"), rows.getString("patron_id"),
                fromColumn(rows, "due_date"), fromColumn(rows, "alma_due_date"), fromColumn(rows, "updated_at"));
    }

    private static Renewal renewal(ResultSet rows, int index) throws SQLException {
        return new Renewal(rows.getLong("id"), rows.getString("request_id"),
                RenewalState.valueOf(rows.getString("state")), rows.getString("detail"),
                fromColumn(rows, "desired_due_date"), fromColumn(rows, "granted_due_date"),
                fromColumn(rows, "started_at"), fromColumn(rows, "updated_at"),
                rows.getString("resume_step") == null ? null : ResumeStep.valueOf(rows.getString("resume_step")),
                rows.getString("outcome"), rows.getString("outcome_note"));
    }
}
