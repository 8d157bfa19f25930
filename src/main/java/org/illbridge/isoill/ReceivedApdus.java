package org.illbridge.isoill;

import java.time.Clock;
import java.time.ZoneOffset;

import org.apache.camel.Exchange;
import org.illbridge.isoill.xml.APDUHeader;
import org.illbridge.journal.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The APDUs a partner has already delivered, by transaction-id, APDU type and service-date-time. A sender whose
 * acknowledgement was lost sends the same frame again; it is acknowledged again but not acted on twice. A frame is
 * claimed before it is processed, and the claim is released when processing fails, so that the sender's next
 * attempt is processed.
 */
@Component("receivedApdus")
public class ReceivedApdus {

    private static final Logger LOG = LoggerFactory.getLogger(ReceivedApdus.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ReceivedApdus(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Claims an APDU; sets illbridgeIsoIllDuplicate to true when it was received before. */
    public void firstTime(APDUHeader apdu, Exchange exchange) {
        IsoIllTransactionId id = IsoIllApdus.transactionId(apdu);
        var thisService = apdu.getServiceDateTime().getDateTimeOfThisService();
        String serviceDateTime = thisService.getDate().trim()
                + (thisService.getTime() == null ? "" : thisService.getTime().trim());
        String type = IsoIllCodec.apduType(apdu);
        Integer before = jdbc.queryForObject("select count(*) from iso_ill_received where initial_requester_id = ? "
                + "and transaction_group_qualifier = ? and transaction_qualifier = ? and sub_transaction_qualifier = ? "
                + "and apdu_type = ? and service_date_time = ?", Integer.class, orEmpty(id.initialRequesterId()),
                id.transactionGroupQualifier(), id.transactionQualifier(), orEmpty(id.subTransactionQualifier()), type,
                serviceDateTime);
        if (before != null && before > 0) {
            receivedBefore(type, id, serviceDateTime, exchange);
            return;
        }

        // Two connections may deliver the same APDU at once: the unique key lets only one of them claim it.
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.update(connection -> {
                var statement = connection.prepareStatement("insert into iso_ill_received (initial_requester_id, "
                        + "transaction_group_qualifier, transaction_qualifier, sub_transaction_qualifier, apdu_type, "
                        + "service_date_time, partner, received_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                        new String[] {"id"});
                statement.setString(1, orEmpty(id.initialRequesterId()));
                statement.setString(2, id.transactionGroupQualifier());
                statement.setString(3, id.transactionQualifier());
                statement.setString(4, orEmpty(id.subTransactionQualifier()));
                statement.setString(5, type);
                statement.setString(6, serviceDateTime);
                statement.setString(7, exchange.getMessage().getHeader(Headers.PARTNER, String.class));
                statement.setObject(8, clock.instant().atOffset(ZoneOffset.UTC));
                return statement;
            }, key);
        } catch (DuplicateKeyException claimedMeanwhile) {
            receivedBefore(type, id, serviceDateTime, exchange);
            return;
        }
        exchange.setProperty(IsoIllHeaders.RECEIVED_ID, key.getKey().longValue());
        exchange.getMessage().setHeader(IsoIllHeaders.DUPLICATE, false);
    }

    /** Releases the claim of a frame whose processing failed, so that the sender's next attempt is processed. */
    public void forget(Exchange exchange) {
        Long id = exchange.getProperty(IsoIllHeaders.RECEIVED_ID, Long.class);
        if (id != null) {
            jdbc.update("delete from iso_ill_received where id = ?", id);
            exchange.removeProperty(IsoIllHeaders.RECEIVED_ID);
        }
    }

    private static void receivedBefore(String type, IsoIllTransactionId id, String serviceDateTime,
            Exchange exchange) {
        LOG.info("ISO ILL {} for transaction {} of {} was received before", type, id, serviceDateTime);
        exchange.getMessage().setHeader(IsoIllHeaders.DUPLICATE, true);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
