package io.rightline.ledger.embedded;

import java.time.Duration;

/** The committed height, with waiting for it to grow (event streams block on it instead of polling). */
final class HeightMonitor {
    private long height;

    HeightMonitor(long initial) {
        this.height = initial;
    }

    synchronized long height() {
        return height;
    }

    synchronized void advance(long committed) {
        if (committed > height) {
            height = committed;
            notifyAll();
        }
    }

    /** Waits until the height exceeds {@code seen} or the timeout passes; returns the height. */
    synchronized long awaitAbove(long seen, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (height <= seen) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                break;
            }
            long millis = Math.max(1, remaining / 1_000_000);
            wait(millis);
        }
        return height;
    }
}
