package org.illbridge.api;

import org.illbridge.partner.Partner;

/**
 * A partner as the API shows and takes it. The security code is write-only: it is never shown, only whether one
 * is set.
 */
public record PartnerView(
        String symbol,
        String agencyIdType,
        String protocol,
        String url,
        String host,
        Integer port,
        String timeZone,
        String accountId,
        String securityCode,
        Boolean securityCodeSet,
        String profile,
        String dueDateOffset,
        Integer maxRenewals) {

    static PartnerView of(Partner partner) {
        return new PartnerView(partner.symbol(), partner.agencyIdType(), partner.protocol().name(), partner.url(),
                partner.host(), partner.port(), partner.timeZone() == null ? null : partner.timeZone().getId(),
                partner.accountId(), null, partner.securityCode() != null, partner.profile(),
                partner.dueDateOffset() == null ? null : partner.dueDateOffset().toString(), partner.maxRenewals());
    }
}
