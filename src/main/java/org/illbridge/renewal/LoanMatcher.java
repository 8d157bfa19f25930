package org.illbridge.renewal;

import java.util.List;
import java.util.Map;

/**
 * Picks the loan an Alma RenewItem is about from the loans that carry its item barcode. The barcode decides; an
 * AgencyId, when Alma sends one, only chooses between loans that share a barcode.
 */
public final class LoanMatcher {

    private LoanMatcher() {
    }

    /**
     * @param candidates rows with {@code request_id} and {@code partner}, newest first
     * @return the chosen request id, or null when no loan has the barcode
     */
    public static String choose(List<Map<String, Object>> candidates, String agencyId) {
        if (candidates == null || candidates.isEmpty()) {
            return null;
        }
        if (candidates.size() > 1 && agencyId != null && !agencyId.isBlank()) {
            for (Map<String, Object> candidate : candidates) {
                if (agencyId.trim().equalsIgnoreCase(String.valueOf(value(candidate, "partner")))) {
                    return String.valueOf(value(candidate, "request_id"));
                }
            }
        }
        return String.valueOf(value(candidates.get(0), "request_id"));
    }

    private static Object value(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value != null ? value : row.get(column.toUpperCase());
    }
}
