package org.illbridge.api;

/** The JSON body of POST /api/requests. */
public record LoanRequest(
        String requestId,
        String role,
        String partner,
        String partnerRequestId,
        String itemBarcode,
        String patronId,
        String dueDate) {
}
