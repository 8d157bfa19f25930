package org.illbridge.isoill;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.illbridge.isoill.xml.APDUHeader;
import org.illbridge.isoill.xml.ILLAPDU;
import org.illbridge.xml.SafeXml;
import org.illbridge.xml.UnreadableXmlException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What every inbound frame must be before anything acts on it: one ILL-APDU holding exactly one APDU, the header
 * the standard requires, and dates, times and booleans that mean something, where JAXB would quietly read nonsense
 * as 0 or false. Failures are {@link IsoIllRejection}s that say what is wrong.
 */
final class ApduChecks {

    /** The longest symbol and transaction-id part kept; the store's columns are this wide. */
    static final int MAXIMUM_SYMBOL = 100;
    static final int MAXIMUM_QUALIFIER = 200;

    private static final Pattern ISO_DATE = Pattern.compile("\\d{8}");
    private static final Pattern ISO_TIME = Pattern.compile("([01]\\d|2[0-3])[0-5]\\d[0-5]\\d");
    private static final Set<String> BOOLEANS = Set.of("true", "false", "1", "0");
    private static final Set<String> BOOLEAN_ELEMENTS = Set.of("answer", "renewable", "retry-flag", "forward-flag");
    private static final Set<String> DATE_ELEMENTS = Set.of("date", "desired-due-date", "date-due-field",
            "date-received", "date-returned", "date-checked-in");
    private static final Set<String> CONTAINERS = Set.of("service-date-time", "date-time-of-this-service",
            "date-time-of-original-service", "date-due");

    private ApduChecks() {
    }

    /** Parses a frame safely and checks its structure and values. */
    static Document parse(byte[] body) {
        Document document;
        try {
            document = SafeXml.parse(body);
        } catch (UnreadableXmlException unreadable) {
            throw new IsoIllRejection(unreadable.getMessage());
        }
        checkValues(apduElement(document));
        return document;
    }

    /** The one APDU element of an ILL-APDU document. */
    static Element apduElement(Document document) {
        Element root = document.getDocumentElement();
        if (!IsoIllCodec.NAMESPACE.equals(root.getNamespaceURI())
                || !IsoIllCodec.ENVELOPE.equals(root.getLocalName())) {
            throw new IsoIllRejection("the root element must be " + IsoIllCodec.ENVELOPE + " in namespace "
                    + IsoIllCodec.NAMESPACE);
        }
        List<Element> children = new ArrayList<>();
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                children.add(element);
            }
        }
        if (children.size() != 1) {
            throw new IsoIllRejection(IsoIllCodec.ENVELOPE + " must hold exactly one APDU, not " + children.size());
        }
        Element apdu = children.get(0);
        if (!IsoIllCodec.NAMESPACE.equals(apdu.getNamespaceURI()) || !ApduTypes.isApdu(apdu.getLocalName())) {
            throw new IsoIllRejection(apdu.getNodeName() + " is not an ISO 10161 APDU in namespace "
                    + IsoIllCodec.NAMESPACE);
        }
        return apdu;
    }

    /** The APDU of an unmarshalled envelope, with the header components the standard requires. */
    static APDUHeader check(ILLAPDU envelope) {
        APDUHeader apdu = envelope == null ? null : ApduTypes.apduOf(envelope);
        if (apdu == null) {
            throw new IsoIllRejection(IsoIllCodec.ENVELOPE + " could not be read");
        }
        String type = ApduTypes.nameOf(apdu);
        if (apdu.getProtocolVersionNum() != 1 && apdu.getProtocolVersionNum() != 2) {
            throw new IsoIllRejection(type + ": protocol-version-num must be 1 or 2");
        }
        IsoIllTransactionId id = IsoIllTransactionId.of(apdu.getTransactionId());
        if (id == null || id.transactionGroupQualifier() == null || id.transactionQualifier() == null) {
            throw new IsoIllRejection(type + ": transaction-id needs transaction-group-qualifier and "
                    + "transaction-qualifier");
        }
        if (Stream.of(id.initialRequesterId(), id.transactionGroupQualifier(), id.transactionQualifier(),
                id.subTransactionQualifier()).anyMatch(part -> part != null && part.length() > MAXIMUM_QUALIFIER)) {
            throw new IsoIllRejection(type + ": a part of transaction-id is longer than " + MAXIMUM_QUALIFIER);
        }
        var serviceDateTime = apdu.getServiceDateTime();
        if (serviceDateTime == null || serviceDateTime.getDateTimeOfThisService() == null
                || serviceDateTime.getDateTimeOfThisService().getDate() == null) {
            throw new IsoIllRejection(type + ": service-date-time needs date-time-of-this-service");
        }
        return apdu;
    }

    private static void checkValues(Element parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element element) || !IsoIllCodec.NAMESPACE.equals(element.getNamespaceURI())) {
                continue;
            }
            String name = element.getLocalName();
            String text = element.getTextContent().trim();
            if (CONTAINERS.contains(name)) {
                checkValues(element);
            } else if (BOOLEAN_ELEMENTS.contains(name) && !BOOLEANS.contains(text)) {
                throw new IsoIllRejection(name + " is not a boolean: " + text);
            } else if (DATE_ELEMENTS.contains(name)) {
                checkIsoDate(name, text);
            } else if ("time".equals(name) && !ISO_TIME.matcher(text).matches()) {
                throw new IsoIllRejection("time is not an ISO-Time (HHMMSS): " + text);
            }
        }
    }

    private static void checkIsoDate(String name, String text) {
        if (!ISO_DATE.matcher(text).matches()) {
            throw new IsoIllRejection(name + " is not an ISO-Date (YYYYMMDD): " + text);
        }
        try {
            LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeException notADay) {
            throw new IsoIllRejection(name + " is not a day of the calendar: " + text);
        }
    }
}
