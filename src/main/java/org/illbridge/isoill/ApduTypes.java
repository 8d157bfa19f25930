package org.illbridge.isoill;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.xml.bind.annotation.XmlRootElement;

import org.illbridge.isoill.xml.APDUHeader;
import org.illbridge.isoill.xml.ILLAPDU;

/** The twenty ISO 10161 APDUs by their ASN.1 names, in the order of the standard's ILL-APDU CHOICE. */
final class ApduTypes {

    private static final Map<String, Function<ILLAPDU, APDUHeader>> APDUS = new LinkedHashMap<>();

    static {
        APDUS.put("ILL-Request", ILLAPDU::getILLRequest);
        APDUS.put("Forward-Notification", ILLAPDU::getForwardNotification);
        APDUS.put("Shipped", ILLAPDU::getShipped);
        APDUS.put("ILL-Answer", ILLAPDU::getILLAnswer);
        APDUS.put("Conditional-Reply", ILLAPDU::getConditionalReply);
        APDUS.put("Cancel", ILLAPDU::getCancel);
        APDUS.put("Cancel-Reply", ILLAPDU::getCancelReply);
        APDUS.put("Received", ILLAPDU::getReceived);
        APDUS.put("Recall", ILLAPDU::getRecall);
        APDUS.put("Returned", ILLAPDU::getReturned);
        APDUS.put("Checked-In", ILLAPDU::getCheckedIn);
        APDUS.put("Overdue", ILLAPDU::getOverdue);
        APDUS.put("Renew", ILLAPDU::getRenew);
        APDUS.put("Renew-Answer", ILLAPDU::getRenewAnswer);
        APDUS.put("Lost", ILLAPDU::getLost);
        APDUS.put("Damaged", ILLAPDU::getDamaged);
        APDUS.put("Message", ILLAPDU::getMessage);
        APDUS.put("Status-Query", ILLAPDU::getStatusQuery);
        APDUS.put("Status-Or-Error-Report", ILLAPDU::getStatusOrErrorReport);
        APDUS.put("Expired", ILLAPDU::getExpired);
    }

    private ApduTypes() {
    }

    static boolean isApdu(String name) {
        return APDUS.containsKey(name);
    }

    static APDUHeader apduOf(ILLAPDU envelope) {
        return APDUS.values().stream().map(getter -> getter.apply(envelope)).filter(apdu -> apdu != null)
                .findFirst().orElse(null);
    }

    /** The ASN.1 name of an APDU object, read from its class's XML root element. */
    static String nameOf(APDUHeader apdu) {
        XmlRootElement root = apdu.getClass().getAnnotation(XmlRootElement.class);
        return root == null ? apdu.getClass().getSimpleName() : root.name();
    }
}
