package org.illbridge.store;

import static org.illbridge.store.Timestamps.toColumn;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.illbridge.partner.Partner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The partner directory as stored. */
@Repository
public class PartnerStore {

    private static final String COLUMNS = "symbol, agency_id_type, protocol, url, host, port, time_zone, "
            + "account_id, security_code, profile, due_date_offset, max_renewals";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public PartnerStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Partner> find(String symbol) {
        return jdbc.query("select " + COLUMNS + " from partner where upper(symbol) = upper(?)", PartnerStore::partner,
                symbol).stream().findFirst();
    }

    public List<Partner> all() {
        return jdbc.query("select " + COLUMNS + " from partner order by symbol", PartnerStore::partner);
    }

    /** Stores the partner; answers true when it was new. */
    public boolean save(Partner partner) {
        Object[] values = {partner.agencyIdType(), partner.protocol().name(), partner.url(), partner.host(),
            partner.port(), partner.timeZone() == null ? null : partner.timeZone().getId(), partner.accountId(),
            partner.securityCode(), partner.profile(),
            partner.dueDateOffset() == null ? null : partner.dueDateOffset().toString(), partner.maxRenewals(),
            toColumn(clock.instant()), partner.symbol()};
        int updated = jdbc.update("update partner set agency_id_type = ?, protocol = ?, url = ?, host = ?, port = ?, "
                + "time_zone = ?, account_id = ?, security_code = ?, profile = ?, due_date_offset = ?, "
                + "max_renewals = ?, updated_at = ? where upper(symbol) = upper(?)", values);
        if (updated > 0) {
            return false;
        }
        jdbc.update("insert into partner (agency_id_type, protocol, url, host, port, time_zone, account_id, "
                + "security_code, profile, due_date_offset, max_renewals, updated_at, symbol) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
        return true;
    }

    private static Partner partner(ResultSet rows, int index) throws SQLException {
        String zone = rows.getString("time_zone");
        String offset = rows.getString("due_date_offset");
        int port = rows.getInt("port");
        Integer portValue = rows.wasNull() ? null : port;
        int maxRenewals = rows.getInt("max_renewals");
        Integer maxRenewalsValue = rows.wasNull() ? null : maxRenewals;
        return new Partner(rows.getString("symbol"), rows.getString("agency_id_type"),
                Partner.Protocol.valueOf(rows.getString("protocol")), rows.getString("url"), rows.getString("host"),
                portValue, zone == null ? null : ZoneId.of(zone), rows.getString("account_id"),
                rows.getString("security_code"), rows.getString("profile"),
                offset == null ? null : Duration.parse(offset), maxRenewalsValue);
    }
}
