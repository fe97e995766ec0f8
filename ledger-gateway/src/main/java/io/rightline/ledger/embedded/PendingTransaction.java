package io.rightline.ledger.embedded;

import io.rightline.ledger.Committed;
import java.util.concurrent.CompletableFuture;
import org.hyperledger.fabric.protos.common.Envelope;

/**
 * An endorsed, client-signed transaction waiting to be ordered and committed.
 *
 * @param txId its transaction id
 * @param envelope the signed envelope
 * @param payload the chaincode result returned to the submitter once the block commits
 * @param outcome completed when the block holding the transaction commits
 */
record PendingTransaction(String txId, Envelope envelope, byte[] payload, CompletableFuture<Committed> outcome) {

    int size() {
        return envelope.getSerializedSize();
    }
}
