package org.illbridge.isoill;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.illbridge.isoill.xml.APDUHeader;
import org.illbridge.isoill.xml.DateDue;
import org.illbridge.isoill.xml.DateTime;
import org.illbridge.isoill.xml.Overdue;
import org.illbridge.isoill.xml.Renew;
import org.illbridge.isoill.xml.RenewAnswer;
import org.illbridge.isoill.xml.SystemId;
import org.illbridge.time.ProtocolDates;

/**
 * Reads the values renewal decisions need from inbound APDUs, in plain Java types. ISO-Dates are read as the last
 * second of that day in the zone the caller gives (the partner's, or the library's); a date that is not YYYYMMDD
 * throws IllegalArgumentException.
 */
public final class IsoIllApdus {

    private static final DateTimeFormatter ISO_TIME = DateTimeFormatter.ofPattern("HHmmss");

    private IsoIllApdus() {
    }

    /** A library's symbol: its institution-symbol, else person-symbol, else the name given. */
    public static String symbolOf(SystemId systemId) {
        if (systemId == null) {
            return null;
        }
        var symbol = systemId.getPersonOrInstitutionSymbol();
        if (symbol != null && !blank(symbol.getInstitutionSymbol())) {
            return symbol.getInstitutionSymbol().trim();
        }
        if (symbol != null && !blank(symbol.getPersonSymbol())) {
            return symbol.getPersonSymbol().trim();
        }
        var name = systemId.getNameOfPersonOrInstitution();
        if (name != null && !blank(name.getNameOfInstitution())) {
            return name.getNameOfInstitution().trim();
        }
        return name == null || blank(name.getNameOfPerson()) ? null : name.getNameOfPerson().trim();
    }

    public static IsoIllTransactionId transactionId(APDUHeader apdu) {
        return IsoIllTransactionId.of(apdu.getTransactionId());
    }

    /** The requester's wish in a Renew, or null when it names none. */
    public static Instant desiredDueDate(Renew renew, ZoneId zone) {
        return ProtocolDates.parseIsoDate(renew.getDesiredDueDate(), zone);
    }

    /** The due date a Renew-Answer grants (or, with answer false, still stands), or null when it carries none. */
    public static Instant dateDue(RenewAnswer renewAnswer, ZoneId zone) {
        return dateDue(renewAnswer.getDateDue(), zone);
    }

    public static Instant dateDue(Overdue overdue, ZoneId zone) {
        return dateDue(overdue.getDateDue(), zone);
    }

    /** Whether the item may be renewed again; the standard's default is true. */
    public static boolean renewable(RenewAnswer renewAnswer) {
        DateDue dateDue = renewAnswer.getDateDue();
        return dateDue == null || dateDue.isRenewable() == null || dateDue.isRenewable();
    }

    /** When the sender invoked the service, read in the sender's zone. */
    public static Instant serviceDateTime(APDUHeader apdu, ZoneId zone) {
        DateTime thisService = apdu.getServiceDateTime().getDateTimeOfThisService();
        LocalDate day = LocalDate.parse(thisService.getDate().trim(), DateTimeFormatter.BASIC_ISO_DATE);
        LocalTime time = blank(thisService.getTime()) ? LocalTime.MIDNIGHT
                : LocalTime.parse(thisService.getTime().trim(), ISO_TIME);
        return day.atTime(time).atZone(zone).toInstant();
    }

    private static Instant dateDue(DateDue dateDue, ZoneId zone) {
        return dateDue == null ? null : ProtocolDates.parseIsoDate(dateDue.getDateDueField(), zone);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
