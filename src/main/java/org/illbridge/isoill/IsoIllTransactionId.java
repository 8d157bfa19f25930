package org.illbridge.isoill;

import org.illbridge.isoill.xml.PersonOrInstitutionSymbol;
import org.illbridge.isoill.xml.SystemId;
import org.illbridge.isoill.xml.TransactionId;

/**
 * An ISO 10161 transaction-id as plain values. The initial-requester-id names the library that started the
 * transaction; the transaction-group-qualifier and transaction-qualifier (and, for a partitioned request, the
 * sub-transaction-qualifier) make it unique there. The initial-requester-id is carried as an institution-symbol.
 */
public record IsoIllTransactionId(
        String initialRequesterId,
        String transactionGroupQualifier,
        String transactionQualifier,
        String subTransactionQualifier) {

    /** Reads the transaction-id of an APDU. */
    public static IsoIllTransactionId of(TransactionId transactionId) {
        if (transactionId == null) {
            return null;
        }
        return new IsoIllTransactionId(IsoIllApdus.symbolOf(transactionId.getInitialRequesterId()),
                trim(transactionId.getTransactionGroupQualifier()), trim(transactionId.getTransactionQualifier()),
                trim(transactionId.getSubTransactionQualifier()));
    }

    /** The transaction-id element of an APDU we send. */
    public TransactionId toXml() {
        TransactionId transactionId = new TransactionId();
        transactionId.setInitialRequesterId(institution(initialRequesterId));
        transactionId.setTransactionGroupQualifier(transactionGroupQualifier);
        transactionId.setTransactionQualifier(transactionQualifier);
        transactionId.setSubTransactionQualifier(subTransactionQualifier);
        return transactionId;
    }

    /** A System-Id naming a library by its institution-symbol, or null for no symbol. */
    public static SystemId institution(String symbol) {
        if (symbol == null || symbol.isBlank()) {
            return null;
        }
        PersonOrInstitutionSymbol institutionSymbol = new PersonOrInstitutionSymbol();
        institutionSymbol.setInstitutionSymbol(symbol);
        SystemId systemId = new SystemId();
        systemId.setPersonOrInstitutionSymbol(institutionSymbol);
        return systemId;
    }

    /** For logs: initial-requester-id/transaction-group-qualifier/transaction-qualifier[/sub-transaction-qualifier]. */
    @Override
    public String toString() {
        String text = (initialRequesterId == null ? "" : initialRequesterId) + "/" + transactionGroupQualifier + "/"
                + transactionQualifier;
        return subTransactionQualifier == null ? text : text + "/" + subTransactionQualifier;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
