package org.illbridge.api;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.illbridge.partner.Partner;
import org.illbridge.partner.PartnerDirectory;
import org.illbridge.partner.PartnerProfile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The partner directory: who the partners are and how illbridge reaches them. */
@RestController
@RequestMapping("/api/partners")
public class PartnersController {

    private final PartnerDirectory directory;

    public PartnersController(PartnerDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    public List<PartnerView> all() {
        return directory.all().stream().map(PartnerView::of).toList();
    }

    @GetMapping("/{symbol}")
    public PartnerView get(@PathVariable String symbol) {
        return directory.find(symbol).map(PartnerView::of)
                .orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "no partner " + symbol));
    }

    /** Creates or replaces a partner; a security code left out keeps the one stored. */
    @PutMapping("/{symbol}")
    public ResponseEntity<PartnerView> put(@PathVariable String symbol, @RequestBody PartnerView body) {
        Partner partner = validated(symbol, body);
        boolean created = directory.save(partner);
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(PartnerView.of(partner));
    }

    private Partner validated(String symbol, PartnerView body) {
        if (blank(symbol) || symbol.trim().length() > 100) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "a symbol has 1 to 100 characters");
        }
        if (body.url() != null && !body.url().isBlank() && !body.url().matches("(?i)https?://\\S+")) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "url must be an http or https URL");
        }
        if (body.port() != null && (body.port() < 1 || body.port() > 65535)) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "port must be between 1 and 65535");
        }
        if (!blank(body.profile()) && !PartnerProfile.isKnown(body.profile())) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "profile must be one of " + PartnerProfile.names());
        }
        if (longer(body.agencyIdType(), 50) || longer(body.url(), 1000) || longer(body.host(), 255)
                || longer(body.accountId(), 200) || longer(body.securityCode(), 200)) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "a field is longer than the directory keeps");
        }
        Partner.Protocol protocol;
        try {
            protocol = Partner.Protocol.valueOf(body.protocol() == null ? "ISO18626"
                    : body.protocol().trim().toUpperCase());
        } catch (IllegalArgumentException unknown) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "protocol must be ISO18626 or ISO_ILL");
        }
        if (protocol == Partner.Protocol.ISO18626 && blank(body.url())) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "an ISO18626 partner needs url");
        }
        if (protocol == Partner.Protocol.ISO_ILL && (blank(body.host()) || body.port() == null)) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "an ISO_ILL partner needs host and port");
        }
        if (body.maxRenewals() != null && body.maxRenewals() < 0) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "maxRenewals cannot be negative");
        }
        String securityCode = body.securityCode() != null ? body.securityCode()
                : directory.find(symbol).map(Partner::securityCode).orElse(null);
        Duration offset;
        try {
            offset = blank(body.dueDateOffset()) ? null : Duration.parse(body.dueDateOffset().trim());
        } catch (DateTimeParseException badOffset) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "dueDateOffset must be an ISO-8601 duration such as P2D");
        }
        if (offset != null && offset.isNegative()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "dueDateOffset cannot be negative");
        }
        try {
            return new Partner(symbol.trim(), blank(body.agencyIdType()) ? "ISIL" : body.agencyIdType().trim(),
                    protocol, body.url(), body.host(), body.port(),
                    blank(body.timeZone()) ? null : ZoneId.of(body.timeZone().trim()), body.accountId(),
                    securityCode, blank(body.profile()) ? null : body.profile().trim(), offset, body.maxRenewals());
        } catch (DateTimeException badZone) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "timeZone must be a zone id such as Europe/Oslo");
        }
    }

    private static boolean longer(String value, int length) {
        return value != null && value.length() > length;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
