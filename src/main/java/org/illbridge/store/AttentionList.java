package org.illbridge.store;

import static org.illbridge.store.Timestamps.fromColumn;
import static org.illbridge.store.Timestamps.toColumn;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Messages that were stored and confirmed but that illbridge does not act on, for staff to look at. */
@Repository
public class AttentionList {

    /** One entry of the list. */
    public record Entry(long id, String requestId, String partner, String protocol, String messageType,
            String summary, Instant at) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public AttentionList(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void add(String requestId, String partner, String protocol, String messageType, String summary) {
        jdbc.update("insert into attention (request_id, partner, protocol, message_type, summary, at) "
                        + "values (?, ?, ?, ?, ?, ?)", requestId, partner, protocol, messageType,
                summary == null || summary.length() <= 2000 ? summary : summary.substring(0, 2000),
                toColumn(clock.instant()));
    }

    public List<Entry> recent(int limit) {
        return jdbc.query("select id, request_id, partner, protocol, message_type, summary, at from attention "
                        + "order by id desc limit ?", (rows, index) -> new Entry(rows.getLong("id"),
                        rows.getString("request_id"), rows.getString("partner"), rows.getString("protocol"),
                        rows.getString("message_type"), rows.getString("summary"), fromColumn(rows, "at")),
                limit);
    }
}
