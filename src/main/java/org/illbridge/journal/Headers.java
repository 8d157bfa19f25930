package org.illbridge.journal;

/** Names of the exchange headers the routes and beans share. */
public final class Headers {

    public static final String REQUEST_ID = "illbridgeRequestId";
    public static final String MESSAGE_TYPE = "illbridgeMessageType";
    public static final String MESSAGE_KIND = "illbridgeMessageKind";
    public static final String ANSWER_TYPE = "illbridgeAnswerType";
    public static final String MESSAGE_LOG_ID = "illbridgeMessageLogId";
    public static final String PARTNER = "illbridgePartner";
    public static final String PARTNER_URL = "illbridgePartnerUrl";
    public static final String PARTNER_PROTOCOL = "illbridgePartnerProtocol";
    public static final String PARTNER_HOST = "illbridgePartnerHost";
    public static final String PARTNER_PORT = "illbridgePartnerPort";
    public static final String CANDIDATES = "illbridgeCandidates";
    public static final String RENEWAL_STARTED = "illbridgeRenewalStarted";
    /** The renewal an exchange works on, so that a late failure is not charged to a newer renewal. */
    public static final String RENEWAL_ID = "illbridgeRenewalId";
    public static final String RENEWAL_ANSWER = "illbridgeRenewalAnswer";
    public static final String LENDER_DUE_DATE = "illbridgeLenderDueDate";
    public static final String LENDER_NOTE = "illbridgeLenderNote";
    public static final String ALMA_STATUS = "illbridgeAlmaStatus";

    private Headers() {
    }
}
