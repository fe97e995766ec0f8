package io.rightline.ledger;

import java.util.List;

/**
 * A committed block.
 *
 * @param blockNumber the block number
 * @param blockBytes the serialized Fabric {@code common.Block}
 * @param transactions the transactions in block order with their validation codes
 */
public record BlockEvent(long blockNumber, byte[] blockBytes, List<TransactionStatus> transactions) {

    /** Defensive copies. */
    public BlockEvent {
        blockBytes = blockBytes.clone();
        transactions = List.copyOf(transactions);
    }

    @Override
    public byte[] blockBytes() {
        return blockBytes.clone();
    }

    /**
     * One transaction of a block.
     *
     * @param txId the transaction id
     * @param validationCode Fabric's {@code TxValidationCode} name
     */
    public record TransactionStatus(String txId, String validationCode) {}
}
