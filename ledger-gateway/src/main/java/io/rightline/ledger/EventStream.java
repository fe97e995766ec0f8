package io.rightline.ledger;

import java.time.Duration;
import java.util.Optional;

/**
 * A pull stream of ledger events in ledger order. A stream opened for a consumer id resumes strictly after that
 * consumer's durable checkpoint; {@link #checkpoint(Object)} advances it. Checkpoint after processing an event and a
 * restarted consumer sees every later event exactly once.
 *
 * <pre>{@code
 * try (EventStream<ChaincodeEvent> events = ledger.chaincodeEvents("playback-index")) {
 *     events.next(Duration.ofSeconds(1)).ifPresent(event -> {
 *         index.apply(event);
 *         events.checkpoint(event);
 *     });
 * }
 * }</pre>
 *
 * @param <E> {@link ChaincodeEvent} or {@link BlockEvent}
 */
public interface EventStream<E> extends AutoCloseable {

    /** The next event, waiting at most {@code timeout} for one to be committed. */
    Optional<E> next(Duration timeout);

    /** Durably records that the consumer has processed {@code event}; fails for a stream without a consumer id. */
    void checkpoint(E event);

    @Override
    void close();
}
