package org.illbridge.delivery;

/** A peer could not be reached or gave no protocol answer: worth retrying. */
public class TransportFailureException extends RuntimeException {

    public TransportFailureException(String message) {
        super(message);
    }
}
