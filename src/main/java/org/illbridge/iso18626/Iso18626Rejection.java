package org.illbridge.iso18626;

/** A message that is confirmed with messageStatus ERROR instead of being processed. */
public class Iso18626Rejection extends RuntimeException {

    public static final String BADLY_FORMED_MESSAGE = "BadlyFormedMessage";
    public static final String UNRECOGNISED_DATA_VALUE = "UnrecognisedDataValue";
    public static final String UNRECOGNISED_DATA_ELEMENT = "UnrecognisedDataElement";
    public static final String UNSUPPORTED_ACTION_TYPE = "UnsupportedActionType";
    public static final String UNSUPPORTED_REASON_FOR_MESSAGE_TYPE = "UnsupportedReasonForMessageType";

    private final String errorType;

    public Iso18626Rejection(String errorType, String errorValue) {
        super(errorValue);
        this.errorType = errorType;
    }

    public String getErrorType() {
        return errorType;
    }

    public String getErrorValue() {
        return getMessage();
    }
}
