package io.rightline.ledger.embedded;

import com.google.protobuf.ByteString;
import io.rightline.ledger.ChaincodeEvent;
import io.rightline.ledger.Committed;
import io.rightline.ledger.EventPosition;
import io.rightline.ledger.LedgerErrorCode;
import io.rightline.ledger.LedgerException;
import io.rightline.ledger.TransactionRecord;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The committing peer on one thread: validates each cut block, writes block, state, index and events in one database
 * transaction, then applies the writes to the in-memory state and completes the submitters.
 */
final class Committer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Committer.class);

    /**
     * A block cut by the sequencer and signed by the orderer, with its submitters.
     *
     * @param block the block, validation flags still NOT_VALIDATED
     * @param headerHash its header hash
     * @param transactions the submitters, in block order
     */
    record CutBlock(Block block, byte[] headerHash, List<PendingTransaction> transactions) {}

    private final BlockingQueue<CutBlock> queue = new LinkedBlockingQueue<>();
    private final BlockStore store;
    private final WorldState state;
    private final BlockValidator validator;
    private final ForkJoinPool pool;
    private final String namespace;
    private final HeightMonitor height;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile LedgerException failure;

    Committer(
            BlockStore store,
            WorldState state,
            BlockValidator validator,
            ForkJoinPool pool,
            String namespace,
            HeightMonitor height) {
        this.store = store;
        this.state = state;
        this.validator = validator;
        this.pool = pool;
        this.namespace = namespace;
        this.height = height;
        this.thread = Thread.ofPlatform().name("ledger-committer").daemon().unstarted(this::run);
    }

    void start() {
        thread.start();
    }

    void enqueue(CutBlock block) {
        queue.add(block);
    }

    /** The storage failure that stopped the committer, or null. */
    LedgerException failure() {
        return failure;
    }

    private void run() {
        try {
            while (running || !queue.isEmpty()) {
                CutBlock cut = queue.poll(200, TimeUnit.MILLISECONDS);
                if (cut == null) {
                    continue;
                }
                if (failure != null) {
                    fail(cut, failure);
                } else {
                    commit(cut);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void commit(CutBlock cut) {
        long number = cut.block().getHeader().getNumber();
        try {
            List<ParsedTransaction> parsed = parse(cut.block());
            List<String> txIds = parsed.stream().map(ParsedTransaction::txId).toList();
            BlockValidator.Outcome outcome = validator.validate(number, parsed, store.existingTxIds(txIds), state);
            Block validated = FabricWire.withValidationCodes(cut.block(), outcome.codes());
            store.commit(new BlockStore.CommittedBlock(
                    number,
                    cut.headerHash(),
                    validated.toByteArray(),
                    records(number, parsed, outcome.codes()),
                    events(number, parsed, outcome.codes()),
                    outcome.updates()));
            state.apply(outcome.updates());
            height.advance(number);
            complete(number, cut.transactions(), outcome.codes());
        } catch (SQLException | LedgerException | IllegalStateException e) {
            failure = new LedgerException(
                    LedgerErrorCode.LEDGER_UNAVAILABLE, "commit of block " + number + " failed", null, e);
            LOG.error("commit failed block={}; the ledger stops accepting transactions", number, e);
            fail(cut, failure);
        }
    }

    private List<ParsedTransaction> parse(Block block) {
        List<ByteString> envelopes = block.getData().getDataList();
        try {
            return pool.submit(() -> IntStream.range(0, envelopes.size())
                            .parallel()
                            .mapToObj(i -> ParsedTransaction.parse(envelopes.get(i), namespace))
                            .toList())
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("parse interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("parse failed", e.getCause());
        }
    }

    private static List<TransactionRecord> records(
            long number, List<ParsedTransaction> parsed, List<TxValidationCode> codes) {
        List<TransactionRecord> records = new ArrayList<>(parsed.size());
        for (int i = 0; i < parsed.size(); i++) {
            records.add(new TransactionRecord(
                    parsed.get(i).txId(),
                    new EventPosition(number, i),
                    codes.get(i).name()));
        }
        return records;
    }

    private static List<ChaincodeEvent> events(
            long number, List<ParsedTransaction> parsed, List<TxValidationCode> codes) {
        List<ChaincodeEvent> events = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            var event = parsed.get(i).event();
            if (event != null && codes.get(i) == TxValidationCode.VALID) {
                events.add(new ChaincodeEvent(
                        new EventPosition(number, i),
                        parsed.get(i).txId(),
                        event.getChaincodeId(),
                        event.getEventName(),
                        event.getPayload().toByteArray()));
            }
        }
        return events;
    }

    private static void complete(long number, List<PendingTransaction> transactions, List<TxValidationCode> codes) {
        for (int i = 0; i < transactions.size(); i++) {
            PendingTransaction transaction = transactions.get(i);
            TxValidationCode code = codes.get(i);
            if (code == TxValidationCode.VALID) {
                transaction.outcome().complete(new Committed(transaction.txId(), number, transaction.payload()));
            } else {
                transaction
                        .outcome()
                        .completeExceptionally(new LedgerException(
                                LedgerErrorCode.INVALID_TRANSACTION,
                                "transaction invalidated in block " + number,
                                transaction.txId(),
                                code.name(),
                                null));
            }
        }
    }

    private static void fail(CutBlock cut, LedgerException cause) {
        for (PendingTransaction transaction : cut.transactions()) {
            transaction
                    .outcome()
                    .completeExceptionally(new LedgerException(
                            LedgerErrorCode.LEDGER_UNAVAILABLE,
                            "ledger storage failed; look the transaction up after restart",
                            transaction.txId(),
                            cause));
        }
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
