package org.illbridge.renewal;

import org.apache.camel.Message;
import org.illbridge.journal.Headers;
import org.illbridge.partner.Partner;

/** The headers the outbound routes read to reach a partner. */
final class PartnerRoute {

    private PartnerRoute() {
    }

    static void set(Message message, Partner partner) {
        message.setHeader(Headers.PARTNER, partner.symbol());
        message.setHeader(Headers.PARTNER_PROTOCOL, partner.protocol().name());
        message.setHeader(Headers.PARTNER_URL, partner.url());
        message.setHeader(Headers.PARTNER_HOST, partner.host());
        message.setHeader(Headers.PARTNER_PORT, partner.port());
    }
}
