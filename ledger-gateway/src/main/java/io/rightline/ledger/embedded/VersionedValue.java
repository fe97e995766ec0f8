package io.rightline.ledger.embedded;

/** A committed value and the version that wrote it: (block number, transaction index in the block). */
record VersionedValue(byte[] value, long blockNumber, int txNumber) {

    boolean sameVersion(long block, int tx) {
        return blockNumber == block && txNumber == tx;
    }
}
