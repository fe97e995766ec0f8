package io.rightline.ledger.embedded;

import com.google.protobuf.ByteString;
import io.rightline.ledger.BlockEvent;
import io.rightline.ledger.ChaincodeEvent;
import io.rightline.ledger.Committed;
import io.rightline.ledger.EventPosition;
import io.rightline.ledger.EventStream;
import io.rightline.ledger.Ledger;
import io.rightline.ledger.LedgerErrorCode;
import io.rightline.ledger.LedgerException;
import io.rightline.ledger.Membership;
import io.rightline.ledger.TransactionRecord;
import io.rightline.network.identity.Identity;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.shim.Chaincode.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded backend: execute (simulate on a bounded executor, endorse with a MAJORITY of peer identities, client
 * signs) → order (single-threaded block cutter, orderer-signed blocks) → validate and commit (one database transaction
 * per block). Submitters complete when their block commits.
 */
final class EmbeddedLedger implements Ledger {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedLedger.class);
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(SecureRandom::new);
    private static final int NONCE_BYTES = 24;

    private final EmbeddedLedgerConfig config;
    private final Clock clock;
    private final Database database;
    private final BlockStore store;
    private final Organisations organisations;
    private final IdentityRegistry identities;
    private final ContractEngine engine;
    private final WorldState state = new WorldState();
    private final HeightMonitor height;
    private final ExecutorService executor;
    private final ForkJoinPool validationPool;
    private final Sequencer sequencer;
    private final Committer committer;
    private final Semaphore permits;
    private final Map<X509Certificate, ByteString> serializedCreators = new ConcurrentHashMap<>();
    private final List<Identity> endorsers;
    private long nextBlock;
    private byte[] previousHeaderHash;
    private volatile boolean open = true;

    EmbeddedLedger(EmbeddedLedgerConfig config, Clock clock, Database database, ContractEngine engine) {
        this.config = config;
        this.clock = clock;
        this.database = database;
        this.engine = engine;
        this.organisations = Organisations.loadOrCreate(config.dataDirectory().resolve("msp"));
        this.identities = new IdentityRegistry(organisations.rootCertificates());
        this.endorsers = organisations.endorsers(organisations.majority());
        this.store = new BlockStore(database);
        BlockStore.Tip tip = store.tip().orElseGet(this::writeGenesis);
        this.nextBlock = tip.number() + 1;
        this.previousHeaderHash = tip.headerHash();
        store.loadState(state);
        this.height = new HeightMonitor(tip.number());
        this.executor = Executors.newFixedThreadPool(
                config.executionThreads(),
                Thread.ofPlatform().name("ledger-execute-", 0).daemon().factory());
        this.validationPool = new ForkJoinPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        this.permits = new Semaphore(config.maxPendingTransactions());
        this.committer = new Committer(
                store,
                state,
                new BlockValidator(identities, FabricWire.majority(Organisations.PEER_ORGANISATIONS), validationPool),
                validationPool,
                config.chaincodeName(),
                height);
        this.sequencer =
                new Sequencer(config.maxMessageCount(), config.preferredMaxBytes(), config.batchTimeout(), this::cut);
        committer.start();
        sequencer.start();
        LOG.info(
                "embedded ledger open channel={} height={} stateKeys={} transactions={}",
                config.channelId(),
                tip.number(),
                state.size(),
                engine.transactions().size());
    }

    private BlockStore.Tip writeGenesis() {
        Block genesis = FabricWire.genesis(
                config.channelId(),
                organisations.rootCertificates(),
                Organisations.ORDERER,
                Organisations.PEER_ORGANISATIONS,
                organisations.orderer());
        byte[] headerHash = FabricWire.headerHash(genesis.getHeader());
        try {
            store.commit(new BlockStore.CommittedBlock(
                    0, headerHash, genesis.toByteArray(), List.of(), List.of(), Map.of()));
        } catch (java.sql.SQLException e) {
            throw new LedgerException(LedgerErrorCode.LEDGER_UNAVAILABLE, "cannot write genesis block", null, e);
        }
        return new BlockStore.Tip(0, headerHash);
    }

    /** Runs on the sequencer thread: the orderer assembles and signs the block, then hands it to the committer. */
    private void cut(List<PendingTransaction> batch) {
        List<Envelope> envelopes = new ArrayList<>(batch.size());
        for (PendingTransaction transaction : batch) {
            envelopes.add(transaction.envelope());
        }
        Block block = FabricWire.assemble(nextBlock, previousHeaderHash, envelopes, organisations.orderer());
        byte[] headerHash = FabricWire.headerHash(block.getHeader());
        nextBlock++;
        previousHeaderHash = headerHash;
        committer.enqueue(new Committer.CutBlock(block, headerHash, batch));
    }

    @Override
    public Committed submit(Identity caller, String transaction, String... arguments) {
        try {
            return submitAsync(caller, transaction, List.of(nonNull(arguments))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerException(LedgerErrorCode.LEDGER_UNAVAILABLE, "interrupted while waiting", null, e);
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        }
    }

    @Override
    public CompletableFuture<Committed> submitAsync(Identity caller, String transaction, List<String> arguments) {
        Request request = prepare(caller, transaction, arguments);
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerException(LedgerErrorCode.LEDGER_UNAVAILABLE, "interrupted while queued", null, e);
        }
        CompletableFuture<Committed> outcome = new CompletableFuture<>();
        outcome.whenComplete((result, failure) -> permits.release());
        executor.execute(() -> {
            try {
                endorseAndOrder(request, outcome);
            } catch (LedgerException e) {
                outcome.completeExceptionally(e);
            }
        });
        return outcome;
    }

    private void endorseAndOrder(Request request, CompletableFuture<Committed> outcome) {
        RecordingStub stub = new RecordingStub(state, request.proposal(), Organisations.PLATFORM);
        Response response = state.atSnapshot(() -> engine.invoke(stub));
        requireSuccess(request, response);
        byte[] payload = response.getPayload() == null ? new byte[0] : response.getPayload();
        Envelope envelope = FabricWire.endorsedEnvelope(
                new FabricWire.Simulated(
                        request.proposal(),
                        request.caller(),
                        stub.readWriteSet(),
                        stub.chaincodeEvent(),
                        response.getStatus().getCode(),
                        response.getMessage() == null ? "" : response.getMessage(),
                        payload),
                endorsers);
        String txId = request.proposal().txId();
        LedgerException stopped = committer.failure();
        if (stopped != null || !open) {
            throw new LedgerException(
                    LedgerErrorCode.LEDGER_UNAVAILABLE, "ledger is not accepting transactions", txId, null, null);
        }
        sequencer.order(new PendingTransaction(txId, envelope, payload, outcome));
    }

    @Override
    public String evaluate(Identity caller, String transaction, String... arguments) {
        Request request = prepare(caller, transaction, List.of(nonNull(arguments)));
        RecordingStub stub = new RecordingStub(state, request.proposal(), Organisations.PLATFORM);
        Response response = state.atSnapshot(() -> engine.invoke(stub));
        requireSuccess(request, response);
        return response.getPayload() == null ? "" : new String(response.getPayload(), StandardCharsets.UTF_8);
    }

    private static void requireSuccess(Request request, Response response) {
        if (response.getStatus().getCode() < 400) {
            return;
        }
        byte[] errorPayload = response.getPayload();
        String code = errorPayload == null || errorPayload.length == 0
                ? null
                : new String(errorPayload, StandardCharsets.UTF_8);
        if (code == null) {
            LOG.warn(
                    "chaincode failed without an error code txId={} transaction={} message={}",
                    request.proposal().txId(),
                    request.transaction(),
                    response.getMessage());
        }
        throw new LedgerException(
                LedgerErrorCode.CHAINCODE_ERROR,
                response.getMessage(),
                request.proposal().txId(),
                null,
                code);
    }

    /**
     * A checked proposal.
     *
     * @param caller the client identity
     * @param transaction {@code contract:function}
     * @param proposal what the stub sees
     */
    private record Request(Identity caller, String transaction, RecordingStub.Proposal proposal) {}

    private Request prepare(Identity caller, String transaction, List<String> arguments) {
        requireOpen();
        if (caller == null
                || transaction == null
                || transaction.isBlank()
                || arguments == null
                || arguments.stream().anyMatch(java.util.Objects::isNull)) {
            throw new LedgerException(
                    LedgerErrorCode.MALFORMED_ARGUMENTS,
                    "caller, transaction name and arguments must be present",
                    null,
                    null,
                    null);
        }
        ByteString creator = creator(caller);
        IdentityRegistry.Resolved resolved = identities.resolve(creator);
        if (!resolved.trusted()) {
            throw new LedgerException(
                    LedgerErrorCode.UNKNOWN_IDENTITY,
                    "identity of " + caller.mspId() + " refused: " + resolved.problem(),
                    null,
                    "BAD_CREATOR_SIGNATURE",
                    null);
        }
        checkTransaction(transaction, arguments);
        List<byte[]> args = new ArrayList<>(arguments.size() + 1);
        args.add(transaction.getBytes(StandardCharsets.UTF_8));
        long size = args.getFirst().length;
        for (String argument : arguments) {
            byte[] bytes = argument.getBytes(StandardCharsets.UTF_8);
            size += bytes.length;
            args.add(bytes);
        }
        if (size > config.maxArgumentBytes()) {
            throw new LedgerException(
                    LedgerErrorCode.ARGUMENTS_TOO_LARGE,
                    "arguments of " + transaction + " take " + size + " bytes; the limit is "
                            + config.maxArgumentBytes(),
                    null,
                    null,
                    null);
        }
        return new Request(caller, transaction, proposal(caller, creator, List.copyOf(args)));
    }

    private void checkTransaction(String transaction, List<String> arguments) {
        Optional<Integer> parameters = engine.parameterCount(transaction);
        if (parameters.isEmpty()) {
            throw new LedgerException(
                    LedgerErrorCode.UNKNOWN_TRANSACTION,
                    "no transaction " + transaction + " in chaincode " + config.chaincodeName(),
                    null,
                    null,
                    null);
        }
        if (parameters.get() != arguments.size()) {
            throw new LedgerException(
                    LedgerErrorCode.MALFORMED_ARGUMENTS,
                    transaction + " takes " + parameters.get() + " arguments, got " + arguments.size(),
                    null,
                    null,
                    null);
        }
    }

    private RecordingStub.Proposal proposal(Identity caller, ByteString creator, List<byte[]> args) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.get().nextBytes(nonce);
        return new RecordingStub.Proposal(
                config.channelId(),
                config.chaincodeName(),
                FabricWire.transactionId(nonce, creator),
                clock.instant(),
                nonce,
                creator,
                args);
    }

    private ByteString creator(Identity caller) {
        return serializedCreators.computeIfAbsent(caller.certificate(), certificate -> FabricWire.serialize(caller));
    }

    private void requireOpen() {
        if (!open) {
            throw new LedgerException(LedgerErrorCode.LEDGER_UNAVAILABLE, "ledger is closed", null, null, null);
        }
        LedgerException stopped = committer == null ? null : committer.failure();
        if (stopped != null) {
            throw stopped;
        }
    }

    private static String[] nonNull(String[] arguments) {
        if (arguments == null) {
            throw new LedgerException(
                    LedgerErrorCode.MALFORMED_ARGUMENTS, "arguments must not be null", null, null, null);
        }
        for (String argument : arguments) {
            if (argument == null) {
                throw new LedgerException(
                        LedgerErrorCode.MALFORMED_ARGUMENTS, "arguments must not be null", null, null, null);
            }
        }
        return arguments;
    }

    private static LedgerException unwrap(Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof LedgerException ledgerException) {
            return ledgerException;
        }
        return new LedgerException(LedgerErrorCode.LEDGER_UNAVAILABLE, "submit failed", null, cause);
    }

    @Override
    public EventStream<ChaincodeEvent> chaincodeEvents(long fromBlock) {
        return new StoredEventStream.Chaincode(store, height, null, fromBlock, -1);
    }

    @Override
    public EventStream<ChaincodeEvent> chaincodeEvents(String consumerId) {
        Optional<EventPosition> checkpoint = store.checkpoint(consumerId);
        return new StoredEventStream.Chaincode(
                store,
                height,
                consumerId,
                checkpoint.map(EventPosition::blockNumber).orElse(0L),
                checkpoint.map(EventPosition::txNumber).orElse(-1));
    }

    @Override
    public EventStream<BlockEvent> blockEvents(long fromBlock) {
        return new StoredEventStream.Blocks(store, height, null, fromBlock);
    }

    @Override
    public EventStream<BlockEvent> blockEvents(String consumerId) {
        long first = store.checkpoint(consumerId).map(p -> p.blockNumber() + 1).orElse(0L);
        return new StoredEventStream.Blocks(store, height, consumerId, first);
    }

    @Override
    public long height() {
        return height.height();
    }

    @Override
    public Optional<TransactionRecord> transaction(String txId) {
        return store.transaction(txId);
    }

    @Override
    public Membership membership() {
        return organisations;
    }

    @Override
    public void close() {
        if (!open) {
            return;
        }
        open = false;
        executor.shutdown();
        try {
            executor.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sequencer.close();
        committer.close();
        validationPool.shutdown();
        store.close();
        database.close();
        LOG.info("embedded ledger closed height={}", height.height());
    }
}
