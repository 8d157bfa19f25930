package org.illbridge.config;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(IllbridgeProperties.class)
public class IllbridgeConfiguration {

    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
