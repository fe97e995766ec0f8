package io.rightline.ledger;

/**
 * A position in the ledger: a transaction within a block. Ordered by block, then transaction.
 *
 * @param blockNumber the block
 * @param txNumber the index of the transaction within the block
 */
public record EventPosition(long blockNumber, int txNumber) implements Comparable<EventPosition> {

    /** Positions are never negative. */
    public EventPosition {
        if (blockNumber < 0 || txNumber < 0) {
            throw new IllegalArgumentException("negative event position " + blockNumber + ":" + txNumber);
        }
    }

    @Override
    public int compareTo(EventPosition other) {
        int byBlock = Long.compare(blockNumber, other.blockNumber);
        return byBlock != 0 ? byBlock : Integer.compare(txNumber, other.txNumber);
    }
}
