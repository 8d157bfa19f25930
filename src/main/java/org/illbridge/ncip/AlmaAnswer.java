package org.illbridge.ncip;

import java.time.Instant;

/**
 * What Alma said to a RenewItem, reduced to what the renewal needs: a due date, or a problem and what kind it is.
 * The XML decides, never the HTTP status.
 */
public record AlmaAnswer(Kind kind, Instant dateDue, String problemType, String problemDetail,
        String problemElement, String problemValue) {

    public enum Kind {
        /** Alma applied the renewal and reported the due date. */
        DATE_DUE,
        /** Alma refused: a business answer, never retried. */
        REFUSED,
        /** Alma says illbridge is configured wrongly; staff must fix it and retry. */
        MISCONFIGURED,
        /** Alma could not process it now; worth a bounded number of retries. */
        TEMPORARY_FAILURE
    }

    public static AlmaAnswer dateDue(Instant dateDue) {
        return new AlmaAnswer(Kind.DATE_DUE, dateDue, null, null, null, null);
    }

    public static AlmaAnswer problem(String type, String detail, String element, String value) {
        Kind kind = ProblemTypes.isMisconfiguration(type) ? Kind.MISCONFIGURED
                : ProblemTypes.isTemporaryFailure(type) ? Kind.TEMPORARY_FAILURE
                : Kind.REFUSED;
        return new AlmaAnswer(kind, null, type, detail, element, value);
    }

    /** The problem in words, for renewalDetail and for a partner's note. */
    public String describe() {
        if (kind == Kind.DATE_DUE) {
            return "due " + dateDue;
        }
        StringBuilder text = new StringBuilder(problemType == null ? "Problem" : problemType);
        if (problemDetail != null && !problemDetail.isBlank()) {
            text.append(": ").append(problemDetail.trim());
        }
        if (problemElement != null && !problemElement.isBlank()) {
            text.append(" (").append(problemElement.trim()).append(')');
        }
        return text.toString();
    }
}
