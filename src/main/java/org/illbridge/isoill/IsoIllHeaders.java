package org.illbridge.isoill;

/**
 * Names of the exchange headers and properties the ISO ILL routes and beans share, beside the common ones in
 * {@link org.illbridge.journal.Headers}.
 */
public final class IsoIllHeaders {

    /** The transaction-id of an inbound APDU, as an {@link IsoIllTransactionId}. */
    public static final String TRANSACTION_ID = "illbridgeIsoIllTransactionId";

    /** True when an inbound APDU was received before and is acknowledged again without being processed. */
    public static final String DUPLICATE = "illbridgeIsoIllDuplicate";

    /** Where an outbound APDU goes: the partner's MLLP host and port. */
    public static final String PARTNER_HOST = "illbridgePartnerHost";
    public static final String PARTNER_PORT = "illbridgePartnerPort";

    /** Set by the listener when a frame could not be cut cleanly from the stream; the frame is rejected. */
    public static final String FRAME_PROBLEM = "illbridgeMllpFrameProblem";

    /** The address the frame came from. */
    public static final String REMOTE_ADDRESS = "illbridgeMllpRemoteAddress";

    /** Exchange property: the acknowledgement to write back, as XML; absent means close without one. */
    public static final String ACKNOWLEDGEMENT = "illbridgeIsoIllAcknowledgement";

    /** Exchange property: the id of the received-APDU record that claims this frame, released on failure. */
    public static final String RECEIVED_ID = "illbridgeIsoIllReceivedId";

    private IsoIllHeaders() {
    }
}
