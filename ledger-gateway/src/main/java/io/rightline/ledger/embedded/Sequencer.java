package io.rightline.ledger.embedded;

import io.rightline.ledger.LedgerErrorCode;
import io.rightline.ledger.LedgerException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The orderer's block cutter on one thread: a batch is cut when it holds {@code maxMessageCount} transactions, when it
 * reaches {@code preferredMaxBytes}, or {@code batchTimeout} after its first transaction arrived.
 */
final class Sequencer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Sequencer.class);

    private final BlockingQueue<PendingTransaction> queue = new LinkedBlockingQueue<>();
    private final int maxMessageCount;
    private final int preferredMaxBytes;
    private final long batchTimeoutNanos;
    private final Consumer<List<PendingTransaction>> cutBatches;
    private final Thread thread;
    private volatile boolean running = true;

    Sequencer(
            int maxMessageCount, int preferredMaxBytes, Duration batchTimeout, Consumer<List<PendingTransaction>> cut) {
        this.maxMessageCount = maxMessageCount;
        this.preferredMaxBytes = preferredMaxBytes;
        this.batchTimeoutNanos = batchTimeout.toNanos();
        this.cutBatches = cut;
        this.thread = Thread.ofPlatform().name("ledger-sequencer").daemon().unstarted(this::run);
    }

    void start() {
        thread.start();
    }

    void order(PendingTransaction transaction) {
        if (!running) {
            transaction
                    .outcome()
                    .completeExceptionally(new LedgerException(
                            LedgerErrorCode.LEDGER_UNAVAILABLE, "ledger closed", transaction.txId(), null, null));
            return;
        }
        queue.add(transaction);
    }

    private void run() {
        try {
            while (running || !queue.isEmpty()) {
                PendingTransaction first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first != null) {
                    cutBatches.accept(collect(first));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("sequencer stopped", e);
            running = false;
        }
    }

    private List<PendingTransaction> collect(PendingTransaction first) throws InterruptedException {
        List<PendingTransaction> batch = new ArrayList<>();
        batch.add(first);
        long bytes = first.size();
        long deadline = System.nanoTime() + batchTimeoutNanos;
        while (batch.size() < maxMessageCount && bytes < preferredMaxBytes) {
            PendingTransaction next = queue.poll();
            if (next == null) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    break;
                }
                next = queue.poll(remaining, TimeUnit.NANOSECONDS);
                if (next == null) {
                    break;
                }
            }
            batch.add(next);
            bytes += next.size();
        }
        return batch;
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
