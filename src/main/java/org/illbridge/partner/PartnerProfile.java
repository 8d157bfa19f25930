package org.illbridge.partner;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.illbridge.time.ProtocolDates;

/**
 * Known quirks of a partner's system, switched on by the partner's {@code profile}. The tolerances illbridge
 * applies to what it reads hold for every partner; a profile only changes what illbridge writes.
 */
public enum PartnerProfile {

    /** ISO 18626:2017, version 1.2, dates as UTC instants with Z. */
    STANDARD("1.2", true, false),

    /** A partner on the 2021 revision of ISO 18626, whose message headers have no multipleItemRequestId. */
    ISO18626_2021("2021", false, false),

    /** A partner whose system wants dates in its own zone with an offset rather than Z. */
    LOCAL_TIME("1.2", true, true);

    private final String iso18626Version;
    private final boolean multipleItemRequestId;
    private final boolean localDates;

    PartnerProfile(String iso18626Version, boolean multipleItemRequestId, boolean localDates) {
        this.iso18626Version = iso18626Version;
        this.multipleItemRequestId = multipleItemRequestId;
        this.localDates = localDates;
    }

    /** The header's multipleItemRequestId: mandatory (and empty) in 2017, absent from the 2021 headers. */
    public String multipleItemRequestId() {
        return multipleItemRequestId ? "" : null;
    }

    /** The profile a partner's configured name stands for; unknown or empty names mean the standard. */
    public static PartnerProfile of(String name) {
        if (name == null || name.isBlank()) {
            return STANDARD;
        }
        String key = name.trim().toUpperCase().replace('-', '_');
        for (PartnerProfile profile : values()) {
            if (profile.name().equals(key)) {
                return profile;
            }
        }
        return STANDARD;
    }

    public static boolean isKnown(String name) {
        return name != null && java.util.Arrays.stream(values())
                .anyMatch(profile -> profile.name().equals(name.trim().toUpperCase().replace('-', '_')));
    }

    /** The names a partner's profile can take, as written in configuration. */
    public static java.util.List<String> names() {
        return java.util.Arrays.stream(values()).map(profile -> profile.name().toLowerCase().replace('_', '-'))
                .toList();
    }

    public String iso18626Version() {
        return iso18626Version;
    }

    /** A date as this partner wants to read it. */
    public String formatDate(Instant instant, ZoneId partnerZone) {
        if (instant == null || !localDates) {
            return ProtocolDates.format(instant);
        }
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS)
                .atZone(partnerZone).toOffsetDateTime());
    }
}
