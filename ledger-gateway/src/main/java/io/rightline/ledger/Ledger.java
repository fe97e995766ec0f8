package io.rightline.ledger;

import io.rightline.network.identity.Identity;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The one door to the ledger. Transactions are named {@code contract:function} as in Fabric's contract API and take
 * canonical JSON strings as arguments.
 *
 * <pre>{@code
 * try (Ledger ledger = Ledgers.embedded(EmbeddedLedgerConfig.defaults(Path.of("data/ledger")))) {
 *     Identity operator = ledger.membership().issueClient("PlatformMSP", "operator", Map.of());
 *     Committed done = ledger.submit(operator, "works:registerWork", "{\"workId\":\"w-1\"}");
 *     String work = ledger.evaluate(operator, "works:readWork", "w-1");
 * }
 * }</pre>
 */
public interface Ledger extends AutoCloseable {

    /**
     * Executes, endorses, orders, validates and commits a transaction and waits until its block is committed.
     *
     * @throws LedgerException with the tx id and validation or chaincode error code when refused or invalid
     */
    Committed submit(Identity caller, String transaction, String... arguments);

    /** Like {@link #submit} without waiting; the future fails with {@link LedgerException}. */
    CompletableFuture<Committed> submitAsync(Identity caller, String transaction, List<String> arguments);

    /**
     * Executes a query against committed state; nothing is ordered.
     *
     * @return the chaincode's result as UTF-8 text
     */
    String evaluate(Identity caller, String transaction, String... arguments);

    /** Chaincode events of valid transactions from block {@code fromBlock} on (inclusive). */
    EventStream<ChaincodeEvent> chaincodeEvents(long fromBlock);

    /** Chaincode events after the durable checkpoint of {@code consumerId} (from the start if it has none). */
    EventStream<ChaincodeEvent> chaincodeEvents(String consumerId);

    /** Blocks from {@code fromBlock} on (inclusive). */
    EventStream<BlockEvent> blockEvents(long fromBlock);

    /** Blocks after the durable checkpoint of {@code consumerId}. */
    EventStream<BlockEvent> blockEvents(String consumerId);

    /** Number of the last committed block (0 is the genesis block). */
    long height();

    /** Position and validation code of a transaction, if it is in a committed block. */
    Optional<TransactionRecord> transaction(String txId);

    /** The channel's organisations and their CAs. */
    Membership membership();

    @Override
    void close();
}
