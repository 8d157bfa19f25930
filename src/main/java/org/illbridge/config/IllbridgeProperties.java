package org.illbridge.config;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything an installation configures under {@code illbridge.*}: who we are towards Alma and towards
 * partners, how renewals are handled, and the partners we know at start-up.
 */
@ConfigurationProperties(prefix = "illbridge")
public class IllbridgeProperties {

    /** Our NCIP agency id, sent as FromAgencyId to Alma. */
    private String agencyId = "ILLBRIDGE";

    /** The library's time zone, applied to dates that arrive without one. */
    private ZoneId timeZone = ZoneId.of("UTC");

    private final Alma alma = new Alma();
    private final Ncip ncip = new Ncip();
    private final Iso18626 iso18626 = new Iso18626();
    private final IsoIll isoIll = new IsoIll();
    private final Renewal renewal = new Renewal();
    private final Sandbox sandbox = new Sandbox();
    private List<Partner> partners = new ArrayList<>();

    public String getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(String agencyId) {
        this.agencyId = agencyId;
    }

    public ZoneId getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(ZoneId timeZone) {
        this.timeZone = timeZone;
    }

    public Alma getAlma() {
        return alma;
    }

    public Ncip getNcip() {
        return ncip;
    }

    public Iso18626 getIso18626() {
        return iso18626;
    }

    public IsoIll getIsoIll() {
        return isoIll;
    }

    public Renewal getRenewal() {
        return renewal;
    }

    public Sandbox getSandbox() {
        return sandbox;
    }

    public List<Partner> getPartners() {
        return partners;
    }

    public void setPartners(List<Partner> partners) {
        this.partners = partners;
    }

    public static class Alma {

        /** Alma's NCIP responder, https://host/view/NCIPServlet. */
        private String ncipUrl = "http://localhost:8080/sandbox/alma/ncip";

        /** Alma's institution code, sent as ToAgencyId. */
        private String agencyId = "ALMA";

        /** The partner code configured in Alma for illbridge. */
        private String applicationProfileType = "ILLBRIDGE";

        public String getNcipUrl() {
            return ncipUrl;
        }

        public void setNcipUrl(String ncipUrl) {
            this.ncipUrl = ncipUrl;
        }

        public String getAgencyId() {
            return agencyId;
        }

        public void setAgencyId(String agencyId) {
            this.agencyId = agencyId;
        }

        public String getApplicationProfileType() {
            return applicationProfileType;
        }

        public void setApplicationProfileType(String applicationProfileType) {
            this.applicationProfileType = applicationProfileType;
        }
    }

    public static class Ncip {

        /** The value of ns1:version on every NCIP message we send. */
        private String version = "http://www.niso.org/schemas/ncip/v2_0/imp1/xsd/ncip_v2_0.xsd";

        /** CirculationStatus literal sent to Alma while a renewal waits for the lender. */
        private String renewStillPendingStatus = "Renew Still Pending";

        private String itemNotRenewedStatus = "Item Not Renewed";

        private String itemOverdueStatus = "Item Overdue";

        /** How often a Temporary Processing Failure from Alma is retried before it counts as a refusal. */
        private int temporaryFailureRetries = 3;

        public String getVersion() {
            return version;
        }

        public void setVersion(String version) {
            this.version = version;
        }

        public String getRenewStillPendingStatus() {
            return renewStillPendingStatus;
        }

        public void setRenewStillPendingStatus(String renewStillPendingStatus) {
            this.renewStillPendingStatus = renewStillPendingStatus;
        }

        public String getItemNotRenewedStatus() {
            return itemNotRenewedStatus;
        }

        public void setItemNotRenewedStatus(String itemNotRenewedStatus) {
            this.itemNotRenewedStatus = itemNotRenewedStatus;
        }

        public String getItemOverdueStatus() {
            return itemOverdueStatus;
        }

        public void setItemOverdueStatus(String itemOverdueStatus) {
            this.itemOverdueStatus = itemOverdueStatus;
        }

        public int getTemporaryFailureRetries() {
            return temporaryFailureRetries;
        }

        public void setTemporaryFailureRetries(int temporaryFailureRetries) {
            this.temporaryFailureRetries = temporaryFailureRetries;
        }
    }

    public static class Iso18626 {

        private String agencyIdType = "ISIL";

        private String agencyId = "US-ILLBRIDGE";

        /** The version attribute on ISO 18626 messages we send. */
        private String version = "1.2";

        public String getAgencyIdType() {
            return agencyIdType;
        }

        public void setAgencyIdType(String agencyIdType) {
            this.agencyIdType = agencyIdType;
        }

        public String getAgencyId() {
            return agencyId;
        }

        public void setAgencyId(String agencyId) {
            this.agencyId = agencyId;
        }

        public String getVersion() {
            return version;
        }

        public void setVersion(String version) {
            this.version = version;
        }
    }

    public static class IsoIll {

        /** The MLLP listener for ISO ILL partners. */
        private int port = 2575;

        public int getPort() {
            return port;
        }

        public void setPort(int port) {
            this.port = port;
        }
    }

    public static class Renewal {

        /** Ask the lender without waiting for a staff action. */
        private boolean autoForward = true;

        /** On the lending side, ask Alma without waiting for a staff action. */
        private boolean lendingAuto = true;

        /** Told to Alma as DateOfExpectedReply in the Pending answer. */
        private Duration expectedReplyWithin = Duration.ofDays(3);

        public boolean isAutoForward() {
            return autoForward;
        }

        public void setAutoForward(boolean autoForward) {
            this.autoForward = autoForward;
        }

        public boolean isLendingAuto() {
            return lendingAuto;
        }

        public void setLendingAuto(boolean lendingAuto) {
            this.lendingAuto = lendingAuto;
        }

        public Duration getExpectedReplyWithin() {
            return expectedReplyWithin;
        }

        public void setExpectedReplyWithin(Duration expectedReplyWithin) {
            this.expectedReplyWithin = expectedReplyWithin;
        }
    }

    public static class Sandbox {

        private boolean enabled;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }

    /** A partner library as configured; the partner directory is seeded from these. */
    public static class Partner {

        private String symbol;
        private String agencyIdType = "ISIL";
        private String protocol = "ISO18626";
        private String url;
        private String host;
        private Integer port;
        private ZoneId timeZone;
        private String accountId;
        private String securityCode;
        private String profile;
        private Duration dueDateOffset;
        private Integer maxRenewals;

        public String getSymbol() {
            return symbol;
        }

        public void setSymbol(String symbol) {
            this.symbol = symbol;
        }

        public String getAgencyIdType() {
            return agencyIdType;
        }

        public void setAgencyIdType(String agencyIdType) {
            this.agencyIdType = agencyIdType;
        }

        public String getProtocol() {
            return protocol;
        }

        public void setProtocol(String protocol) {
            this.protocol = protocol;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public String getHost() {
            return host;
        }

        public void setHost(String host) {
            this.host = host;
        }

        public Integer getPort() {
            return port;
        }

        public void setPort(Integer port) {
            this.port = port;
        }

        public ZoneId getTimeZone() {
            return timeZone;
        }

        public void setTimeZone(ZoneId timeZone) {
            this.timeZone = timeZone;
        }

        public String getAccountId() {
            return accountId;
        }

        public void setAccountId(String accountId) {
            this.accountId = accountId;
        }

        public String getSecurityCode() {
            return securityCode;
        }

        public void setSecurityCode(String securityCode) {
            this.securityCode = securityCode;
        }

        public String getProfile() {
            return profile;
        }

        public void setProfile(String profile) {
            this.profile = profile;
        }

        public Duration getDueDateOffset() {
            return dueDateOffset;
        }

        public void setDueDateOffset(Duration dueDateOffset) {
            this.dueDateOffset = dueDateOffset;
        }

        public Integer getMaxRenewals() {
            return maxRenewals;
        }

        public void setMaxRenewals(Integer maxRenewals) {
            this.maxRenewals = maxRenewals;
        }
    }
}
