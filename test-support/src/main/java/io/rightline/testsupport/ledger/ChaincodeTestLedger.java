package io.rightline.testsupport.ledger;

import io.rightline.network.identity.Identity;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeException;

/**
 * Runs contract methods as Fabric transactions against an {@link InMemoryChaincodeStub}: each call
 * gets a new transaction id and the current time of a controllable clock; a {@link ChaincodeException}
 * discards the transaction's writes and event, anything else commits them.
 *
 * <pre>{@code
 * ChaincodeTestLedger ledger = new ChaincodeTestLedger(Instant.parse("2026-01-01T00:00:00Z"));
 * String work = ledger.submit(alice, ctx -> works.registerWork(ctx, json));
 * ledger.advance(Duration.ofDays(1));
 * }</pre>
 */
public final class ChaincodeTestLedger {

    private final InMemoryChaincodeStub stub = new InMemoryChaincodeStub("rightline");
    private Instant now;
    private long sequence;

    public ChaincodeTestLedger(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
    }

    /** Runs {@code transaction} as {@code caller}; commits on success, discards on {@link ChaincodeException}. */
    public <T> T submit(Identity caller, Function<Context, T> transaction) {
        stub.begin(nextTransactionId(), now, caller);
        try {
            T result = transaction.apply(new Context(stub));
            stub.commit();
            return result;
        } catch (ChaincodeException e) {
            stub.discard();
            throw e;
        }
    }

    /** Runs a read-only evaluation as {@code caller}: any writes are discarded, as a Fabric query is never ordered. */
    public <T> T evaluate(Identity caller, Function<Context, T> query) {
        stub.begin(nextTransactionId(), now, caller);
        try {
            return query.apply(new Context(stub));
        } finally {
            stub.discard();
        }
    }

    /** The clock's current instant, used as the timestamp of the next transaction. */
    public Instant now() {
        return now;
    }

    /** Moves the clock forward. */
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("the clock never goes back: " + duration);
        }
        now = now.plus(duration);
    }

    /** Sets the clock to {@code instant}, which must not be earlier than now. */
    public void advanceTo(Instant instant) {
        advance(Duration.between(now, instant));
    }

    /** The stub, for assertions on world state and committed events. */
    public InMemoryChaincodeStub stub() {
        return stub;
    }

    /** The payload of the last committed event, as text; fails when there is none. */
    public InMemoryChaincodeStub.CommittedEvent lastEvent() {
        var events = stub.committedEvents();
        if (events.isEmpty()) {
            throw new IllegalStateException("no event has been committed");
        }
        return events.getLast();
    }

    private String nextTransactionId() {
        sequence++;
        return String.format("tx%016x", sequence);
    }
}
