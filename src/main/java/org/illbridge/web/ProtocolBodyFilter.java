package org.illbridge.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.illbridge.config.IllbridgeProperties;
import org.illbridge.time.ProtocolDates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the body of a protocol message once, in the encoding the XML itself declares (byte order mark, then the
 * XML declaration, then the Content-Type charset, then UTF-8), so that the routes see the characters the peer
 * wrote. Undecodable bytes become replacement characters instead of failing the request. Bodies over the size
 * limit are refused, in the door's protocol, before they are read further.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProtocolBodyFilter extends OncePerRequestFilter {

    private static final Pattern DECLARED_ENCODING = Pattern.compile(
            "^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._\\-]+)[\"']");

    private final int maxBodyBytes;
    private final String ncipVersion;
    private final Clock clock;

    public ProtocolBodyFilter(@Value("${illbridge.max-message-bytes:1048576}") int maxBodyBytes,
            IllbridgeProperties properties, Clock clock) {
        this.maxBodyBytes = maxBodyBytes;
        this.ncipVersion = properties.getNcip().getVersion();
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !("POST".equals(request.getMethod())
                && (path.equals("/ncip") || path.equals("/iso18626") || path.startsWith("/sandbox/")));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBodyBytes) {
            tooLarge(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(maxBodyBytes + 1);
        if (body.length > maxBodyBytes) {
            tooLarge(request, response);
            return;
        }
        chain.doFilter(new DecodedBody(request, body, encodingOf(body, request.getCharacterEncoding())), response);
    }

    /** A message over the limit is refused in its own protocol, without being read further or stored. */
    private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String detail = "the message is larger than " + maxBodyBytes + " bytes";
        String now = ProtocolDates.format(clock.instant());
        String answer = request.getRequestURI().equals("/iso18626") ? """
                <?xml version="1.0" encoding="UTF-8"?>
                <ns1:ISO18626Message xmlns:ns1="http://illtransactions.org/2013/iso18626" ns1:version="1.2">
                <ns1:requestConfirmation><ns1:confirmationHeader><ns1:timestamp>%s</ns1:timestamp>
                <ns1:timestampReceived>%s</ns1:timestampReceived><ns1:messageStatus>ERROR</ns1:messageStatus>
                </ns1:confirmationHeader><ns1:errorData><ns1:errorType>BadlyFormedMessage</ns1:errorType>
                <ns1:errorValue>%s</ns1:errorValue></ns1:errorData></ns1:requestConfirmation></ns1:ISO18626Message>
                """.formatted(now, now, detail) : """
                <?xml version="1.0" encoding="UTF-8"?>
                <ns1:NCIPMessage xmlns:ns1="http://www.niso.org/2008/ncip" ns1:version="%s">
                <ns1:Problem><ns1:ProblemType>Invalid Message Syntax Error</ns1:ProblemType>
                <ns1:ProblemDetail>%s</ns1:ProblemDetail></ns1:Problem></ns1:NCIPMessage>
                """.formatted(ncipVersion, detail);
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("application/xml; charset=UTF-8");
        response.getOutputStream().write(answer.getBytes(StandardCharsets.UTF_8));
    }

    /** The charset a peer wrote its XML in. */
    static Charset encodingOf(byte[] body, String contentTypeCharset) {
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (body.length >= 2 && ((body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF
                || (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE)) {
            return StandardCharsets.UTF_16;
        }
        String start = new String(body, 0, Math.min(body.length, 200), StandardCharsets.ISO_8859_1).stripLeading();
        Matcher declared = DECLARED_ENCODING.matcher(start);
        if (declared.find()) {
            return charset(declared.group(1));
        }
        return contentTypeCharset == null ? StandardCharsets.UTF_8 : charset(contentTypeCharset);
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }

    private static final class DecodedBody extends HttpServletRequestWrapper {

        private final byte[] body;
        private final Charset charset;

        DecodedBody(HttpServletRequest request, byte[] body, Charset charset) {
            super(request);
            this.body = body;
            this.charset = charset;
        }

        @Override
        public String getCharacterEncoding() {
            return charset.name();
        }

        @Override
        public void setCharacterEncoding(String encoding) {
            // the body's own encoding stays in force
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public boolean isFinished() {
                    return false;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }
    }
}
