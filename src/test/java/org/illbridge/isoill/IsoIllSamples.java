package org.illbridge.isoill;

/** ISO ILL APDUs in illbridge's XML form, written by hand as a partner would write them. */
final class IsoIllSamples {

    static final String NAMESPACE = "http://illbridge.org/2026/iso-ill";

    private IsoIllSamples() {
    }

    /** The header every APDU starts with; the partner is the requester, we (US) the responder. */
    static String header(String group, String qualifier, String date, String time, String requester,
            String responder) {
        return """
                <protocol-version-num>2</protocol-version-num>
                <transaction-id>
                  <initial-requester-id><person-or-institution-symbol>
                    <institution-symbol>%s</institution-symbol>
                  </person-or-institution-symbol></initial-requester-id>
                  <transaction-group-qualifier>%s</transaction-group-qualifier>
                  <transaction-qualifier>%s</transaction-qualifier>
                </transaction-id>
                <service-date-time><date-time-of-this-service>
                  <date>%s</date><time>%s</time>
                </date-time-of-this-service></service-date-time>
                <requester-id><person-or-institution-symbol>
                  <institution-symbol>%s</institution-symbol>
                </person-or-institution-symbol></requester-id>
                <responder-id><person-or-institution-symbol>
                  <institution-symbol>%s</institution-symbol>
                </person-or-institution-symbol></responder-id>
                """.formatted(requester, group, qualifier, date, time, requester, responder);
    }

    static String envelope(String apdu, String header, String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <ILL-APDU xmlns="%s">
                  <%s>
                %s%s
                  </%s>
                </ILL-APDU>
                """.formatted(NAMESPACE, apdu, header, body, apdu);
    }

    /** A borrowing partner asks us to renew. */
    static String renew(String partner, String us, String qualifier, String time, String desiredDueDate) {
        return envelope("Renew", header("G1", qualifier, "20300105", time, partner, us),
                "<desired-due-date>" + desiredDueDate + "</desired-due-date><requester-note>please</requester-note>");
    }

    /** A lending partner answers our Renew; we are the requester. */
    static String renewAnswer(String partner, String us, String qualifier, boolean answer, String dateDue) {
        return envelope("Renew-Answer", header("G1", qualifier, "20300106", "101500", us, partner),
                "<answer>" + answer + "</answer><date-due><date-due-field>" + dateDue
                        + "</date-due-field><renewable>false</renewable></date-due>"
                        + "<responder-note>last time</responder-note>");
    }

    static String recall(String partner, String us, String qualifier) {
        return envelope("Recall", header("G1", qualifier, "20300107", "080000", us, partner),
                "<responder-note>needed back</responder-note>");
    }

    static String overdue(String partner, String us, String qualifier) {
        return envelope("Overdue", header("G1", qualifier, "20300108", "080000", us, partner),
                "<date-due><date-due-field>20300101</date-due-field></date-due>");
    }

    static String message(String partner, String us, String qualifier) {
        return envelope("Message", header("G1", qualifier, "20300109", "080000", partner, us),
                "<note>hello</note>");
    }
}
