package org.illbridge.isoill;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.illbridge.config.IllbridgeProperties;
import org.illbridge.isoill.xml.APDUHeader;
import org.illbridge.isoill.xml.DateDue;
import org.illbridge.isoill.xml.ErrorReport;
import org.illbridge.isoill.xml.ILLAPDU;
import org.illbridge.isoill.xml.ProviderErrorReport;
import org.illbridge.isoill.xml.Renew;
import org.illbridge.isoill.xml.RenewAnswer;
import org.illbridge.isoill.xml.StatusOrErrorReport;
import org.illbridge.time.ProtocolDates;
import org.springframework.stereotype.Component;

/**
 * Builds the ISO ILL APDUs illbridge sends. The bean methods fill in our own symbol (illbridge.iso18626.agency-id,
 * our symbol towards every partner), the time of sending and the library's zone; the static ones take every value,
 * for callers and tests that decide those themselves. Due dates are written as the day they fall on in the zone
 * given, which should be the partner's.
 */
@Component("isoIllMessages")
public class IsoIllMessages {

    /** Transaction-Id-Problem values of a provider-error-report. */
    public static final String UNKNOWN_TRANSACTION_ID = "unknown-transaction-id";
    public static final String INVALID_TRANSACTION_ID = "invalid-transaction-id";
    public static final String DUPLICATE_TRANSACTION_ID = "duplicate-transaction-id";

    private final IllbridgeProperties properties;
    private final Clock clock;

    public IsoIllMessages(IllbridgeProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Our Renew, as requester, to the responder that lent the item. */
    public ILLAPDU renew(IsoIllTransactionId transactionId, String responderId, Instant desiredDueDate,
            ZoneId partnerZone, String requesterNote) {
        return renew(headerNow(transactionId, us(), responderId), desiredDueDate, partnerZone, requesterNote);
    }

    /** Our Renew-Answer, as responder, to the requester that borrowed our item. */
    public ILLAPDU renewAnswer(IsoIllTransactionId transactionId, String requesterId, boolean answer,
            Instant dateDue, Boolean renewable, ZoneId partnerZone, String responderNote) {
        return renewAnswer(headerNow(transactionId, requesterId, us()), answer, dateDue, renewable, partnerZone,
                responderNote);
    }

    /** The Status-Or-Error-Report for an APDU whose transaction we do not know, echoing its parties. */
    public ILLAPDU unknownTransaction(APDUHeader received, String note) {
        IsoIllHeader header = headerNow(IsoIllApdus.transactionId(received),
                IsoIllApdus.symbolOf(received.getRequesterId()), IsoIllApdus.symbolOf(received.getResponderId()));
        return statusOrErrorReport(header, UNKNOWN_TRANSACTION_ID, correlationOf(received), note);
    }

    public static ILLAPDU renew(IsoIllHeader header, Instant desiredDueDate, ZoneId zone, String requesterNote) {
        Renew renew = header.applyTo(new Renew());
        renew.setDesiredDueDate(ProtocolDates.formatIsoDate(desiredDueDate, zone));
        renew.setRequesterNote(requesterNote);
        ILLAPDU envelope = new ILLAPDU();
        envelope.setRenew(renew);
        return envelope;
    }

    public static ILLAPDU renewAnswer(IsoIllHeader header, boolean answer, Instant dateDue, Boolean renewable,
            ZoneId zone, String responderNote) {
        RenewAnswer renewAnswer = header.applyTo(new RenewAnswer());
        renewAnswer.setAnswer(answer);
        if (dateDue != null) {
            DateDue due = new DateDue();
            due.setDateDueField(ProtocolDates.formatIsoDate(dateDue, zone));
            due.setRenewable(renewable);
            renewAnswer.setDateDue(due);
        }
        renewAnswer.setResponderNote(responderNote);
        ILLAPDU envelope = new ILLAPDU();
        envelope.setRenewAnswer(renewAnswer);
        return envelope;
    }

    /**
     * A Status-Or-Error-Report whose error-report is a provider-error-report with a Transaction-Id-Problem.
     * correlation-information names the APDU in error, for example "Renew 20300105 090000".
     */
    public static ILLAPDU statusOrErrorReport(IsoIllHeader header, String transactionIdProblem,
            String correlationInformation, String note) {
        ProviderErrorReport providerErrorReport = new ProviderErrorReport();
        providerErrorReport.setTransactionIdProblem(transactionIdProblem);
        ErrorReport errorReport = new ErrorReport();
        errorReport.setCorrelationInformation(correlationInformation);
        errorReport.setReportSource("provider");
        errorReport.setProviderErrorReport(providerErrorReport);

        StatusOrErrorReport report = header.applyTo(new StatusOrErrorReport());
        report.setErrorReport(errorReport);
        report.setNote(note);
        ILLAPDU envelope = new ILLAPDU();
        envelope.setStatusOrErrorReport(report);
        return envelope;
    }

    /** The APDU type and its service-date-time as the sender wrote it. */
    public static String correlationOf(APDUHeader apdu) {
        var thisService = apdu.getServiceDateTime().getDateTimeOfThisService();
        String time = thisService.getTime() == null ? "" : " " + thisService.getTime().trim();
        return IsoIllCodec.apduType(apdu) + " " + thisService.getDate().trim() + time;
    }

    private IsoIllHeader headerNow(IsoIllTransactionId transactionId, String requesterId, String responderId) {
        return new IsoIllHeader(transactionId, requesterId, responderId, clock.instant(), properties.getTimeZone());
    }

    private String us() {
        return properties.getIso18626().getAgencyId();
    }
}
