package org.illbridge.config;

import java.util.Map;

import org.illbridge.iso18626.Iso18626Reader;
import org.illbridge.ncip.NcipReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The namespace prefixes the routes' JAXB steps write: ns1, as Alma and most peers do. */
@Configuration
public class XmlConfiguration {

    @Bean
    public Map<String, String> ncipPrefixes() {
        return Map.of(NcipReader.NAMESPACE, "ns1");
    }

    @Bean
    public Map<String, String> iso18626Prefixes() {
        return Map.of(Iso18626Reader.NAMESPACE, "ns1");
    }
}
