package org.illbridge.partner;

import java.time.Duration;
import java.time.ZoneId;

/** A partner library as the directory knows it. */
public record Partner(
        String symbol,
        String agencyIdType,
        Protocol protocol,
        String url,
        String host,
        Integer port,
        ZoneId timeZone,
        String accountId,
        String securityCode,
        String profile,
        Duration dueDateOffset,
        Integer maxRenewals) {

    public enum Protocol {
        ISO18626,
        ISO_ILL
    }

    public PartnerProfile quirks() {
        return PartnerProfile.of(profile);
    }

    /** The partner's zone for dates it sends without one, or the library's when none is configured. */
    public ZoneId zoneOr(ZoneId libraryZone) {
        return timeZone != null ? timeZone : libraryZone;
    }
}
