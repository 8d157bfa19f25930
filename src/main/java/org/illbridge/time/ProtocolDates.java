package org.illbridge.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * Reads the date forms real peers send and writes the one form illbridge sends.
 *
 * <p>Peers send xs:dateTime with or without a zone, with or without fractions of a second, and some write the
 * offset without a colon ({@code +0000}). A date without a zone is read in the zone given by the caller, which is
 * the library's or the partner's configured zone.
 */
public final class ProtocolDates {

    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Instant EARLIEST = Instant.parse("0001-01-02T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-30T23:59:59Z");

    private ProtocolDates() {
    }

    /** Reads an xs:dateTime (or a bare date, taken as the end of that day); null or blank gives null. */
    public static Instant parse(String text, ZoneId zoneWhenAbsent) {
        if (text == null || text.isBlank()) {
            return null;
        }

        String value = text.trim();
        if (value.endsWith("z")) {
            value = value.substring(0, value.length() - 1) + "Z";
        }
        value = OFFSET_WITHOUT_COLON.matcher(value).replaceFirst("$1:$2");
        return withinFourDigitYears(read(value, zoneWhenAbsent, text), text).truncatedTo(ChronoUnit.SECONDS);
    }

    private static Instant read(String value, ZoneId zoneWhenAbsent, String text) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException withoutZone) {
            // fall through to the forms without an offset
        }
        try {
            return LocalDateTime.parse(value).atZone(zoneWhenAbsent).toInstant();
        } catch (DateTimeException notDateTime) {
            // fall through to a bare date
        }
        try {
            return endOfDay(LocalDate.parse(value), zoneWhenAbsent);
        } catch (DateTimeException unreadable) {
            throw new IllegalArgumentException("not a date: " + text, unreadable);
        }
    }

    /** Years outside 0001-9999 cannot be written as xs:dateTime by every peer, nor meant by any loan. */
    private static Instant withinFourDigitYears(Instant instant, String text) {
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new IllegalArgumentException("not a date within the years 0001 to 9999: " + text);
        }
        return instant;
    }

    /** The form illbridge sends: an instant in UTC with Z, seconds always present. */
    public static String format(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Reads an ISO 10161 ISO-Date (YYYYMMDD) as the last second of that day in the given zone. */
    public static Instant parseIsoDate(String yyyymmdd, ZoneId zone) {
        if (yyyymmdd == null || yyyymmdd.isBlank()) {
            return null;
        }
        try {
            return endOfDay(LocalDate.parse(yyyymmdd.trim(), ISO_DATE), zone);
        } catch (DateTimeException unreadable) {
            throw new IllegalArgumentException("not an ISO-Date (YYYYMMDD): " + yyyymmdd, unreadable);
        }
    }

    /** Writes the day an instant falls on in the given zone as an ISO 10161 ISO-Date. */
    public static String formatIsoDate(Instant instant, ZoneId zone) {
        return instant == null ? null : ISO_DATE.format(instant.atZone(zone).toLocalDate());
    }

    /** Writes the time of day an instant falls on in the given zone as an ISO 10161 ISO-Time (HHMMSS). */
    public static String formatIsoTime(Instant instant, ZoneId zone) {
        return instant == null ? null : DateTimeFormatter.ofPattern("HHmmss").format(instant.atZone(zone));
    }

    private static Instant endOfDay(LocalDate day, ZoneId zone) {
        return day.atTime(LocalTime.of(23, 59, 59)).atZone(zone).toInstant();
    }
}
