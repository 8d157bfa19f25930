package org.illbridge.renewal;

import org.illbridge.iso18626.PartnerConfirmation;
import org.illbridge.isoill.IsoIllAck;

/** Reads a partner's receipt of our message, in either protocol, as accepted or refused with a reason. */
final class PartnerReceipts {

    private PartnerReceipts() {
    }

    /** The reason the partner refused our message, or null when it took it. */
    static String refusal(Object receipt) {
        if (receipt instanceof PartnerConfirmation confirmation && !confirmation.ok()) {
            return confirmation.describe();
        }
        if (receipt instanceof IsoIllAck ack && !ack.accepted()) {
            return ack.reason() == null ? "rejected" : ack.reason();
        }
        return null;
    }
}
