package org.illbridge.store;

import static org.illbridge.store.Timestamps.fromColumn;
import static org.illbridge.store.Timestamps.toColumn;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The log of every message in and out, raw as it travelled. */
@Repository
public class MessageLog {

    public static final String IN = "IN";
    public static final String OUT = "OUT";

    private static final String SELECT = "select id, request_id, direction, peer, protocol, message_type, body, at "
            + "from message_log ";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public MessageLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores a message and answers its id, so that the request id can be attached once it is known. */
    public long append(String requestId, String direction, String peer, String protocol, String type, String body) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("insert into message_log (request_id, direction, peer, "
                    + "protocol, message_type, body, at) values (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            statement.setString(1, requestId);
            statement.setString(2, direction);
            statement.setString(3, fit(peer, 100));
            statement.setString(4, protocol);
            statement.setString(5, fit(type, 100));
            statement.setString(6, body);
            statement.setObject(7, toColumn(clock.instant()));
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    /** Names what a stored message turned out to be, once it has been read. */
    public void describe(long id, String requestId, String peer, String type) {
        jdbc.update("update message_log set request_id = coalesce(?, request_id), peer = coalesce(?, peer), "
                + "message_type = coalesce(?, message_type) where id = ?", fit(requestId, 100), fit(peer, 100),
                fit(type, 100), id);
    }

    public List<LoggedMessage> forRequest(String requestId) {
        return jdbc.query(SELECT + "where request_id = ? order by id", MessageLog::message, requestId);
    }

    /** A peer's name or a message type as long as its column allows; a hostile value must not lose the message. */
    private static String fit(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    private static LoggedMessage message(ResultSet rows, int index) throws SQLException {
        return new LoggedMessage(rows.getLong("id"), rows.getString("request_id"), rows.getString("direction"),
                rows.getString("peer"), rows.getString("protocol"), rows.getString("message_type"),
                rows.getString("body"), fromColumn(rows, "at"));
    }
}
