package org.illbridge.isoill;

import java.time.Instant;
import java.time.ZoneId;

import org.illbridge.isoill.xml.APDUHeader;
import org.illbridge.isoill.xml.DateTime;
import org.illbridge.isoill.xml.ServiceDateTime;
import org.illbridge.time.ProtocolDates;

/**
 * The five components every APDU starts with, as plain values: the transaction, its requester and responder by
 * symbol, and when the service is invoked. The service-date-time is written in the sender's local time, as the
 * standard has it, in the zone given.
 */
public record IsoIllHeader(
        IsoIllTransactionId transactionId,
        String requesterId,
        String responderId,
        Instant serviceDateTime,
        ZoneId zone) {

    /** The protocol-version-num illbridge writes: version-2. */
    public static final int PROTOCOL_VERSION = 2;

    /** Fills the header components of an APDU. */
    public <T extends APDUHeader> T applyTo(T apdu) {
        apdu.setProtocolVersionNum(PROTOCOL_VERSION);
        apdu.setTransactionId(transactionId.toXml());

        DateTime thisService = new DateTime();
        thisService.setDate(ProtocolDates.formatIsoDate(serviceDateTime, zone));
        thisService.setTime(ProtocolDates.formatIsoTime(serviceDateTime, zone));
        ServiceDateTime service = new ServiceDateTime();
        service.setDateTimeOfThisService(thisService);
        apdu.setServiceDateTime(service);

        apdu.setRequesterId(IsoIllTransactionId.institution(requesterId));
        apdu.setResponderId(IsoIllTransactionId.institution(responderId));
        return apdu;
    }
}
