package org.illbridge.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Protocol messages as peers write them, for tests. */
public final class Messages {

    public static final String NCIP_VERSION = "http://www.niso.org/schemas/ncip/v2_0/imp1/xsd/ncip_v2_0.xsd";

    private Messages() {
    }

    /** Alma's RenewItem as Alma writes it: prefixed, qualified version, InitiationHeader, AgencyIds. */
    public static String almaRenewItem(String barcode, String desiredDateDue) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <ns1:NCIPMessage xmlns:ns1="http://www.niso.org/2008/ncip" ns1:version="%s">
                  <ns1:RenewItem>
                    <ns1:InitiationHeader>
                      <ns1:FromAgencyId><ns1:AgencyId>01TEST_INST</ns1:AgencyId></ns1:FromAgencyId>
                      <ns1:ToAgencyId><ns1:AgencyId>ILLBRIDGE</ns1:AgencyId></ns1:ToAgencyId>
                    </ns1:InitiationHeader>
                    <ns1:UserId>
                      <ns1:AgencyId>01TEST_INST</ns1:AgencyId>
                      <ns1:UserIdentifierValue>PATRON-1</ns1:UserIdentifierValue>
                    </ns1:UserId>
                    <ns1:ItemId>
                      <ns1:AgencyId>01TEST_INST</ns1:AgencyId>
                      <ns1:ItemIdentifierValue>%s</ns1:ItemIdentifierValue>
                    </ns1:ItemId>
                    %s
                  </ns1:RenewItem>
                </ns1:NCIPMessage>
                """.formatted(NCIP_VERSION, barcode,
                desiredDateDue == null ? "" : "<ns1:DesiredDateDue>" + desiredDateDue + "</ns1:DesiredDateDue>");
    }

    public static String renewItemResponseDateDue(String barcode, String dateDue) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <ns1:NCIPMessage xmlns:ns1="http://www.niso.org/2008/ncip" ns1:version="%s">
                  <ns1:RenewItemResponse>
                    <ns1:ItemId><ns1:ItemIdentifierValue>%s</ns1:ItemIdentifierValue></ns1:ItemId>
                    <ns1:DateDue>%s</ns1:DateDue>
                  </ns1:RenewItemResponse>
                </ns1:NCIPMessage>
                """.formatted(NCIP_VERSION, barcode, dateDue);
    }

    /** A Problem the way Alma writes it: no Scheme, an XPath as ProblemElement, an internal id as value. */
    public static String renewItemResponseProblem(String problemType, String detail) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <ns1:NCIPMessage xmlns:ns1="http://www.niso.org/2008/ncip" ns1:version="%s">
                  <ns1:RenewItemResponse>
                    <ns1:Problem>
                      <ns1:ProblemType>%s</ns1:ProblemType>
                      <ns1:ProblemDetail>%s</ns1:ProblemDetail>
                      <ns1:ProblemElement>//RenewItem/ItemId</ns1:ProblemElement>
                      <ns1:ProblemValue>2398471230004561</ns1:ProblemValue>
                    </ns1:Problem>
                  </ns1:RenewItemResponse>
                </ns1:NCIPMessage>
                """.formatted(NCIP_VERSION, problemType, detail);
    }

    public static String circulationStatusUpdatedResponse() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <ns1:NCIPMessage xmlns:ns1="http://www.niso.org/2008/ncip" ns1:version="%s">
                  <ns1:CirculationStatusUpdatedResponse/>
                </ns1:NCIPMessage>
                """.formatted(NCIP_VERSION);
    }

    /** How the simulated Alma answers by default: it applies the due date it was asked for. */
    public static FakePeer.Reply almaApplies(String body) {
        if (body.contains("CirculationStatusUpdated")) {
            return FakePeer.Reply.ok(circulationStatusUpdatedResponse());
        }
        String desired = between(body, "DesiredDateDue");
        return FakePeer.Reply.ok(renewItemResponseDateDue(between(body, "ItemIdentifierValue"),
                desired == null ? "2031-06-30T23:59:59Z" : desired));
    }

    /** A simulated Alma that answers RenewItem as given and applies everything else as {@link #almaApplies}. */
    public static java.util.function.Function<String, FakePeer.Reply> almaAnswersRenewItem(FakePeer.Reply reply) {
        return body -> body.contains("<ns1:RenewItem>") ? reply : almaApplies(body);
    }

    /** How a partner confirms what it receives: the matching confirmation, OK. */
    public static FakePeer.Reply partnerConfirms(String body) {
        String kind = body.contains("supplyingAgencyMessage>") ? "supplyingAgencyMessageConfirmation"
                : "requestingAgencyMessageConfirmation";
        return FakePeer.Reply.ok("""
                <?xml version="1.0" encoding="UTF-8"?>
                <ISO18626Message xmlns="http://illtransactions.org/2013/iso18626" version="1.2">
                  <%s>
                    <confirmationHeader>
                      <timestamp>2030-01-01T10:00:00Z</timestamp>
                      <timestampReceived>2030-01-01T10:00:00Z</timestampReceived>
                      <messageStatus>OK</messageStatus>
                    </confirmationHeader>
                  </%s>
                </ISO18626Message>
                """.formatted(kind, kind));
    }

    /** A borrower's message about one of our lending loans. */
    public static String requestingAgencyMessage(String borrower, String us, String borrowerRequestId,
            String ourRequestId, String action) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <ISO18626Message xmlns="http://illtransactions.org/2013/iso18626" version="1.2">
                  <requestingAgencyMessage>
                    <header>
                      <supplyingAgencyId><agencyIdType>ISIL</agencyIdType><agencyIdValue>%s</agencyIdValue></supplyingAgencyId>
                      <requestingAgencyId><agencyIdType>ISIL</agencyIdType><agencyIdValue>%s</agencyIdValue></requestingAgencyId>
                      <multipleItemRequestId/>
                      <timestamp>2030-01-05T09:00:00.000+01:00</timestamp>
                      <requestingAgencyRequestId>%s</requestingAgencyRequestId>
                      %s
                    </header>
                    <action>%s</action>
                  </requestingAgencyMessage>
                </ISO18626Message>
                """.formatted(us, borrower, borrowerRequestId,
                ourRequestId == null ? "" : "<supplyingAgencyRequestId>" + ourRequestId + "</supplyingAgencyRequestId>",
                action);
    }

    /** The lender's answer to our Renew. */
    public static String supplyingAgencyMessage(String lender, String us, String requestId, String reasonForMessage,
            String answerYesNo, String dueDate, String note) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <ISO18626Message xmlns="http://illtransactions.org/2013/iso18626" version="1.2">
                  <supplyingAgencyMessage>
                    <header>
                      <supplyingAgencyId><agencyIdType>ISIL</agencyIdType><agencyIdValue>%s</agencyIdValue></supplyingAgencyId>
                      <requestingAgencyId><agencyIdType>ISIL</agencyIdType><agencyIdValue>%s</agencyIdValue></requestingAgencyId>
                      <timestamp>2030-01-05T09:00:00Z</timestamp>
                      <requestingAgencyRequestId>%s</requestingAgencyRequestId>
                      <supplyingAgencyRequestId>LENDER-%s</supplyingAgencyRequestId>
                    </header>
                    <messageInfo>
                      <reasonForMessage>%s</reasonForMessage>
                      %s
                      %s
                    </messageInfo>
                    <statusInfo>
                      <status>Loaned</status>
                      %s
                      <lastChange>2030-01-05T09:00:00Z</lastChange>
                    </statusInfo>
                  </supplyingAgencyMessage>
                </ISO18626Message>
                """.formatted(lender, us, requestId, requestId, reasonForMessage,
                answerYesNo == null ? "" : "<answerYesNo>" + answerYesNo + "</answerYesNo>",
                note == null ? "" : "<note>" + note + "</note>",
                dueDate == null ? "" : "<dueDate>" + dueDate + "</dueDate>");
    }

    /** The text of the first element with this local name, whatever its prefix. */
    public static String between(String xml, String localName) {
        Matcher matcher = Pattern.compile("<(?:\\w+:)?" + localName + "(?:\\s[^>]*)?>([^<]*)</").matcher(xml);
        return matcher.find() ? matcher.group(1).trim() : null;
    }
}
