package org.illbridge.store;

/** The step a renewal goes on with when staff retry it after a failure. */
public enum ResumeStep {
    /** Borrowing: ask the lender. */
    FORWARD_TO_LENDER,
    /** Borrowing: the lender said yes; Alma must apply the due date. */
    APPLY_IN_ALMA,
    /** Borrowing: the lender said no; Alma must hear Item Not Renewed. */
    TELL_ALMA_NOT_RENEWED,
    /** Lending: ask Alma. */
    ASK_ALMA,
    /** Lending: the answer is decided; the borrower must hear it. */
    ANSWER_BORROWER,
    /** Lending: staff granted a due date; Alma must apply it. */
    PUSH_TO_ALMA
}
