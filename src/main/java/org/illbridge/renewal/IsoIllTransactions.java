package org.illbridge.renewal;

import java.util.Optional;

import org.illbridge.isoill.IsoIllTransactionId;
import org.illbridge.store.Loan;
import org.illbridge.store.LoanStore;
import org.illbridge.store.Role;

/**
 * How illbridge ties an ISO ILL transaction-id to a loan. A borrowing loan's transaction was started by us: our
 * symbol is the initial-requester-id and our request id both qualifiers. A lending loan's transaction was started
 * by the borrower: its symbol and its request id (the loan's partnerRequestId).
 */
public final class IsoIllTransactions {

    private IsoIllTransactions() {
    }

    public static IsoIllTransactionId of(Loan loan, String ourSymbol) {
        if (loan.role() == Role.BORROWING) {
            return new IsoIllTransactionId(ourSymbol, loan.requestId(), loan.requestId(), null);
        }
        String theirs = loan.partnerRequestId() == null ? loan.requestId() : loan.partnerRequestId();
        return new IsoIllTransactionId(loan.partner(), theirs, theirs, null);
    }

    /** The loan of our own (borrowing) transaction an APDU belongs to, when the APDU comes from its lender. */
    public static Optional<Loan> borrowing(LoanStore store, IsoIllTransactionId transactionId, String partner) {
        if (transactionId == null || transactionId.transactionQualifier() == null || partner == null) {
            return Optional.empty();
        }
        return store.find(transactionId.transactionQualifier()).filter(loan -> loan.role() == Role.BORROWING)
                .filter(loan -> loan.partner().equalsIgnoreCase(partner));
    }

    /**
     * The loan of a borrower's transaction an APDU belongs to, by its request id or, failing that, by ours; only
     * the loan's own partner can name it.
     */
    public static Optional<Loan> lending(LoanStore store, IsoIllTransactionId transactionId, String partner) {
        if (transactionId == null || transactionId.transactionQualifier() == null || partner == null) {
            return Optional.empty();
        }
        Optional<Loan> byTheirs = store.findByPartnerRequestId(partner, transactionId.transactionQualifier())
                .filter(loan -> loan.role() == Role.LENDING);
        return byTheirs.isPresent() ? byTheirs
                : store.find(transactionId.transactionQualifier()).filter(loan -> loan.role() == Role.LENDING)
                        .filter(loan -> loan.partner().equalsIgnoreCase(partner));
    }
}
