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
        Instant updatedAt) {
}
