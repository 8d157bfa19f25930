package org.illbridge.partner;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;

import org.illbridge.config.IllbridgeProperties;
import org.illbridge.store.PartnerStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The partners illbridge can reach, and how. Partners in the configuration are added at start-up when the
 * directory does not know them yet; from then on the directory, managed through the API, is what counts.
 */
@Component
public class PartnerDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(PartnerDirectory.class);

    private final IllbridgeProperties properties;
    private final PartnerStore store;

    public PartnerDirectory(IllbridgeProperties properties, PartnerStore store) {
        this.properties = properties;
        this.store = store;
    }

    @PostConstruct
    void seedFromConfiguration() {
        for (IllbridgeProperties.Partner configured : properties.getPartners()) {
            if (configured.getSymbol() == null || configured.getSymbol().isBlank()) {
                continue;
            }
            if (store.find(configured.getSymbol()).isEmpty()) {
                store.save(fromConfiguration(configured));
                LOG.info("Partner {} added to the directory from configuration", configured.getSymbol());
            }
        }
    }

    public Optional<Partner> find(String symbol) {
        if (symbol == null || symbol.isBlank()) {
            return Optional.empty();
        }
        return store.find(symbol.trim());
    }

    public List<Partner> all() {
        return store.all();
    }

    public boolean save(Partner partner) {
        return store.save(partner);
    }

    static Partner fromConfiguration(IllbridgeProperties.Partner configured) {
        return new Partner(configured.getSymbol().trim(), configured.getAgencyIdType(),
                Partner.Protocol.valueOf(configured.getProtocol().trim().toUpperCase()), configured.getUrl(),
                configured.getHost(), configured.getPort(), configured.getTimeZone(), configured.getAccountId(),
                configured.getSecurityCode(), configured.getProfile(), configured.getDueDateOffset(),
                configured.getMaxRenewals());
    }
}
