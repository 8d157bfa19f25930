package org.illbridge.store;

import java.time.Instant;

/** A loan illbridge tracks, as stored. */
public record Loan(
        String requestId,
        Role role,
        String partner,
        String partnerRequestId,
        String itemBarcode,
        String patronId,
        Instant dueDate,
        Instant almaDueDate,
        Instant updatedAt) {
}
