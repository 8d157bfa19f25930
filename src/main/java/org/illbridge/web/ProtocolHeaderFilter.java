package org.illbridge.web;

import java.util.Arrays;
import java.util.stream.Stream;

import org.apache.camel.http.common.HttpHeaderFilterStrategy;
import org.springframework.stereotype.Component;

/**
 * Keeps illbridge's own exchange headers (named illbridge*) apart from HTTP: a caller cannot set them with a
 * request header, and they never leave in a response or in a request to a peer.
 */
@Component("protocolHeaderFilter")
public class ProtocolHeaderFilter extends HttpHeaderFilterStrategy {

    private static final String OWN_HEADERS = "illbridge";

    @Override
    protected void initialize() {
        super.initialize();
        String[] prefixes = Stream.concat(Arrays.stream(CAMEL_FILTER_STARTS_WITH), Stream.of(OWN_HEADERS))
                .toArray(String[]::new);
        setInFilterStartsWith(prefixes);
        setOutFilterStartsWith(prefixes);
    }
}
