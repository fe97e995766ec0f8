package io.rightline.distribution.outbox;

import java.util.Optional;

/**
 * The transactional outbox of the distribution schema. Call {@link #append} inside the transaction
 * that makes the change, so the event exists exactly when the change does.
 *
 * <pre>{@code
 * long id = outbox.append(new OutboxEvent("maintenance-notice", noticeId, "maintenance-notice.announced", json));
 * }</pre>
 */
public interface Outbox {
    /** Appends an event and returns its outbox id. */
    long append(OutboxEvent event);

    /** The stored event with this id, if any. */
    Optional<OutboxEntry> find(long id);

    /** Number of events not yet published. */
    long unpublishedCount();
}
