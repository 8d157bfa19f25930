package org.illbridge.xml;

/** The body of a message could not be read as XML at all. */
public class UnreadableXmlException extends RuntimeException {

    public UnreadableXmlException(String message) {
        super(message);
    }
}
