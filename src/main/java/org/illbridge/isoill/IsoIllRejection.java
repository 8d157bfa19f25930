package org.illbridge.isoill;

/**
 * A frame that will never be accepted as it is: not XML, not one ILL-APDU, or an APDU without what the standard
 * requires. It is answered with a rejecting acknowledgement that carries the reason; the sender must not resend it
 * unchanged.
 */
public class IsoIllRejection extends RuntimeException {

    public IsoIllRejection(String reason) {
        super(reason);
    }
}
