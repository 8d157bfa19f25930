package org.illbridge.store;

import java.time.Instant;

/** A message as kept in the message log. */
public record LoggedMessage(
        long id,
        String requestId,
        String direction,
        String peer,
        String protocol,
        String type,
        String body,
        Instant at) {
}
