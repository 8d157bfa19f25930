package org.illbridge.partner;

import java.util.List;
import java.util.Optional;

import org.illbridge.config.IllbridgeProperties;
import org.springframework.stereotype.Component;

/** The partners illbridge can reach, and how. */
@Component
public class PartnerDirectory {

    private final IllbridgeProperties properties;

    public PartnerDirectory(IllbridgeProperties properties) {
        this.properties = properties;
    }

    public Optional<Partner> find(String symbol) {
        if (symbol == null) {
            return Optional.empty();
        }
        return all().stream().filter(partner -> partner.symbol().equalsIgnoreCase(symbol.trim())).findFirst();
    }

    public List<Partner> all() {
        return properties.getPartners().stream().map(PartnerDirectory::fromConfiguration).toList();
    }

    static Partner fromConfiguration(IllbridgeProperties.Partner configured) {
        return new Partner(configured.getSymbol(), configured.getAgencyIdType(),
                Partner.Protocol.valueOf(configured.getProtocol().trim().toUpperCase()), configured.getUrl(),
                configured.getHost(), configured.getPort(), configured.getTimeZone(), configured.getAccountId(),
                configured.getSecurityCode(), configured.getProfile(), configured.getDueDateOffset(),
                configured.getMaxRenewals());
    }
}
