package io.rightline.distribution.outbox;

import java.time.Instant;

/**
 * An event as stored in the outbox.
 *
 * @param id position in the outbox; events are published in this order
 * @param event the event
 * @param occurredAt when it was written
 */
public record OutboxEntry(long id, OutboxEvent event, Instant occurredAt) {}
