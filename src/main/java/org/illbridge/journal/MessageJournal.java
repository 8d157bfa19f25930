package org.illbridge.journal;

import org.apache.camel.Exchange;
import org.illbridge.store.MessageLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes every message into the message log before it is acted on: inbound bodies as they arrived, outbound
 * bodies as they leave, and the answers exchanged on the same connection.
 */
@Component("messageJournal")
public class MessageJournal {

    private static final Logger LOG = LoggerFactory.getLogger(MessageJournal.class);

    private final MessageLog log;

    public MessageJournal(MessageLog log) {
        this.log = log;
    }

    /** An inbound message, stored as it came; the body becomes its text for the reader. */
    public void received(Exchange exchange, String peer, String protocol) {
        String body = exchange.getMessage().getBody(String.class);
        String text = body == null ? "" : body;
        exchange.getMessage().setBody(text);
        long id = log.append(null, MessageLog.IN, peer, protocol, null, text);
        exchange.getMessage().setHeader(Headers.MESSAGE_LOG_ID, id);
        LOG.debug("{} in from {}: {}", protocol, peer, text);
    }

    /** An answer we give on the connection a message came in on. */
    public void answered(Exchange exchange, String peer, String protocol) {
        String body = exchange.getMessage().getBody(String.class);
        String requestId = exchange.getMessage().getHeader(Headers.REQUEST_ID, String.class);
        Long inboundId = exchange.getMessage().getHeader(Headers.MESSAGE_LOG_ID, Long.class);
        if (inboundId != null) {
            log.describe(inboundId, requestId, peer, exchange.getMessage().getHeader(Headers.MESSAGE_TYPE,
                    String.class));
        }
        log.append(requestId, MessageLog.OUT, peerOr(peer), protocol,
                exchange.getMessage().getHeader(Headers.ANSWER_TYPE, String.class), body);
        LOG.debug("{} answer to {}: {}", protocol, peer, body);
    }

    /** A message we send on our own initiative, stored before it leaves. */
    public void sent(Exchange exchange, String peer, String protocol) {
        String body = exchange.getMessage().getBody(String.class);
        log.append(exchange.getMessage().getHeader(Headers.REQUEST_ID, String.class), MessageLog.OUT, peerOr(peer),
                protocol, exchange.getMessage().getHeader(Headers.MESSAGE_TYPE, String.class), body);
        LOG.debug("{} out to {}: {}", protocol, peer, body);
    }

    /** The answer a peer gave to a message we sent, stored before it is read. */
    public void answerReceived(String requestId, String peer, String protocol, String type, String body) {
        log.append(requestId, MessageLog.IN, peerOr(peer), protocol, type, body);
    }

    private static String peerOr(String peer) {
        return peer == null || peer.isBlank() ? "unknown" : peer;
    }
}
