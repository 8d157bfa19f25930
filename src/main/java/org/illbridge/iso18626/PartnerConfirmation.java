package org.illbridge.iso18626;

/** A partner's synchronous confirmation of a message we sent. */
public record PartnerConfirmation(boolean ok, String errorType, String errorValue) {

    public String describe() {
        if (ok) {
            return "OK";
        }
        return errorValue == null || errorValue.isBlank() ? errorType : errorType + ": " + errorValue;
    }
}
