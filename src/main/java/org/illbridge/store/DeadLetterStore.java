package org.illbridge.store;

import static org.illbridge.store.Timestamps.toColumn;

import java.time.Clock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Messages that could not be delivered after every retry. */
@Repository
public class DeadLetterStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public DeadLetterStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void store(String requestId, String routeId, String originalBody, String failedBody, String cause) {
        jdbc.update("insert into dead_letter (request_id, route_id, original_body, failed_body, cause, at) "
                        + "values (?, ?, ?, ?, ?, ?)", requestId, routeId, originalBody, failedBody,
                cause == null || cause.length() <= 4000 ? cause : cause.substring(0, 4000), toColumn(clock.instant()));
    }

    public int count() {
        Integer count = jdbc.queryForObject("select count(*) from dead_letter", Integer.class);
        return count == null ? 0 : count;
    }
}
