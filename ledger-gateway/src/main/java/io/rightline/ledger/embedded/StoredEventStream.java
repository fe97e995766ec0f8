package io.rightline.ledger.embedded;

import io.rightline.ledger.BlockEvent;
import io.rightline.ledger.ChaincodeEvent;
import io.rightline.ledger.EventPosition;
import io.rightline.ledger.EventStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Event streams read from the committed tables: a cursor, a small buffer, and a wait on the committed height when the
 * buffer runs dry. Checkpoints go to table {@code ledger.checkpoints}.
 */
abstract sealed class StoredEventStream<E> implements EventStream<E> {
    private static final int PAGE = 256;

    final BlockStore store;
    private final HeightMonitor height;
    private final String consumerId;
    private final Deque<E> buffer = new ArrayDeque<>();

    StoredEventStream(BlockStore store, HeightMonitor height, String consumerId) {
        this.store = store;
        this.height = height;
        this.consumerId = consumerId;
    }

    @Override
    public Optional<E> next(Duration timeout) {
        if (buffer.isEmpty()) {
            long seen = height.height();
            fill(PAGE);
            if (buffer.isEmpty()) {
                try {
                    height.awaitAbove(seen, timeout);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
                fill(PAGE);
            }
        }
        return Optional.ofNullable(buffer.poll());
    }

    @Override
    public void checkpoint(E event) {
        if (consumerId == null) {
            throw new IllegalStateException("stream opened without a consumer id has no checkpoint");
        }
        store.saveCheckpoint(consumerId, position(event));
    }

    @Override
    public void close() {
        buffer.clear();
    }

    private void fill(int limit) {
        buffer.addAll(read(limit));
    }

    abstract List<E> read(int limit);

    abstract EventPosition position(E event);

    /** Chaincode events after a cursor (tx -1 = from the start of the block). */
    static final class Chaincode extends StoredEventStream<ChaincodeEvent> {
        private long block;
        private int tx;

        Chaincode(BlockStore store, HeightMonitor height, String consumerId, long block, int tx) {
            super(store, height, consumerId);
            this.block = block;
            this.tx = tx;
        }

        @Override
        List<ChaincodeEvent> read(int limit) {
            List<ChaincodeEvent> events = store.eventsAfter(block, tx, limit);
            if (!events.isEmpty()) {
                EventPosition last = events.getLast().position();
                block = last.blockNumber();
                tx = last.txNumber();
            }
            return events;
        }

        @Override
        EventPosition position(ChaincodeEvent event) {
            return event.position();
        }
    }

    /** Blocks from a block number on. */
    static final class Blocks extends StoredEventStream<BlockEvent> {
        private long next;

        Blocks(BlockStore store, HeightMonitor height, String consumerId, long first) {
            super(store, height, consumerId);
            this.next = first;
        }

        @Override
        List<BlockEvent> read(int limit) {
            List<BlockEvent> blocks = store.blocksFrom(next, Math.min(limit, 16));
            if (!blocks.isEmpty()) {
                next = blocks.getLast().blockNumber() + 1;
            }
            return blocks;
        }

        @Override
        EventPosition position(BlockEvent event) {
            return new EventPosition(event.blockNumber(), 0);
        }
    }
}
