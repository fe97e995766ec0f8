package io.rightline.distribution.outbox;

import java.util.Objects;

/**
 * A change announced to the rest of the system, written to the outbox in the same transaction as the
 * change itself.
 *
 * @param aggregateType kind of thing that changed, e.g. {@code maintenance-notice}
 * @param aggregateId identifier of the thing that changed
 * @param eventType what happened, e.g. {@code maintenance-notice.announced}
 * @param payload the event as JSON
 */
public record OutboxEvent(String aggregateType, String aggregateId, String eventType, String payload) {
    public OutboxEvent {
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(payload, "payload");
    }
}
