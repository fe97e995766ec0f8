package io.rightline.ledger;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A transaction that was ordered into a block and validated as {@code VALID}.
 *
 * @param txId the Fabric transaction id
 * @param blockNumber the block holding the transaction
 * @param payload the chaincode's result bytes
 */
public record Committed(String txId, long blockNumber, byte[] payload) {

    /** Defensive copy: the payload belongs to this record. */
    public Committed {
        payload = payload == null ? new byte[0] : payload.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** The result as UTF-8 text (the chaincode returns canonical JSON). */
    public String payloadText() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Committed that
                && txId.equals(that.txId)
                && blockNumber == that.blockNumber
                && Arrays.equals(payload, that.payload);
    }

    @Override
    public int hashCode() {
        return 31 * txId.hashCode() + Long.hashCode(blockNumber) + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        return "Committed[txId=" + txId + ", blockNumber=" + blockNumber + ", payloadBytes=" + payload.length + "]";
    }
}
