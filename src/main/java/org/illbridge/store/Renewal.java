package org.illbridge.store;

import java.time.Instant;

/** One renewal of a loan. */
public record Renewal(
        long id,
        String requestId,
        RenewalState state,
        String detail,
        Instant desiredDueDate,
        Instant grantedDueDate,
        Instant startedAt,
        Instant updatedAt,
        ResumeStep resumeStep,
        String outcome,
        String outcomeNote) {

    /** Whether the answer already decided for this renewal is yes; null when none is decided yet. */
    public Boolean decidedYes() {
        return outcome == null ? null : "Y".equals(outcome);
    }
}
