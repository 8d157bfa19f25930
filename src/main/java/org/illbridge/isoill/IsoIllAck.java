package org.illbridge.isoill;

import org.illbridge.xml.SafeXml;
import org.illbridge.xml.UnreadableXmlException;
import org.w3c.dom.Element;

/**
 * The acknowledgement of one MLLP frame on illbridge's ISO ILL channel (element ILL-ACK in xsd/iso-ill.xsd).
 * accepted: the receiver has the APDU and it must not be sent again. rejected: the frame will never be accepted as
 * it is, and reason says why. Neither is the partner's answer to the APDU itself, which comes later as an APDU.
 */
public record IsoIllAck(boolean accepted, String reason) {

    public static final String ELEMENT = "ILL-ACK";

    private static final int MAXIMUM_REASON = 1000;

    public static IsoIllAck accepted(String reason) {
        return new IsoIllAck(true, reason);
    }

    public static IsoIllAck rejected(String reason) {
        return new IsoIllAck(false, reason);
    }

    public String status() {
        return accepted ? "accepted" : "rejected";
    }

    /** The frame's payload. The reason is escaped and stripped of control characters, which cannot break framing. */
    public String toXml() {
        String text = reason == null ? "" : escape(reason);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><" + ELEMENT + " xmlns=\"" + IsoIllCodec.NAMESPACE
                + "\" status=\"" + status() + "\">" + text + "</" + ELEMENT + ">";
    }

    /** Reads an acknowledgement frame; anything that is not an ILL-ACK throws IllegalArgumentException. */
    public static IsoIllAck parse(byte[] payload) {
        Element root;
        try {
            root = SafeXml.parse(payload).getDocumentElement();
        } catch (UnreadableXmlException unreadable) {
            throw new IllegalArgumentException("the acknowledgement is " + unreadable.getMessage());
        }
        if (!IsoIllCodec.NAMESPACE.equals(root.getNamespaceURI()) || !ELEMENT.equals(root.getLocalName())) {
            throw new IllegalArgumentException("the acknowledgement is " + root.getNodeName() + ", not " + ELEMENT);
        }
        String status = root.getAttribute("status").trim();
        String text = root.getTextContent().trim();
        String reason = text.isEmpty() ? null : text;
        return switch (status) {
            case "accepted" -> accepted(reason);
            case "rejected" -> rejected(reason);
            default -> throw new IllegalArgumentException("the acknowledgement's status is '" + status + "'");
        };
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        text.codePoints().limit(MAXIMUM_REASON).forEach(codePoint -> {
            switch (codePoint) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '\t', '\n', '\r' -> escaped.append(' ');
                default -> {
                    if (codePoint >= 0x20 && (codePoint < 0xD800 || codePoint > 0xDFFF) && codePoint != 0xFFFE
                            && codePoint != 0xFFFF) {
                        escaped.appendCodePoint(codePoint);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
