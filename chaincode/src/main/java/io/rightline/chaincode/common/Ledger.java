package io.rightline.chaincode.common;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;

/**
 * State access in canonical JSON under composite keys, and the one event per transaction. Reads see
 * the committed state only (Fabric never shows a transaction its own writes), so contracts never read
 * back what they wrote in the same transaction.
 */
public final class Ledger {

    private Ledger() {}

    /** The composite key {@code objectType + attributes} as the shim builds it. */
    public static String key(Context ctx, String objectType, String... attributes) {
        return ctx.getStub().createCompositeKey(objectType, attributes).toString();
    }

    /** The value under {@code key}, if any. */
    public static <T> Optional<T> get(Context ctx, String key, Class<T> type) {
        byte[] bytes = ctx.getStub().getState(key);
        return bytes == null || bytes.length == 0 ? Optional.empty() : Optional.of(Json.fromBytes(bytes, type));
    }

    /** Writes {@code value} as canonical JSON under {@code key}. */
    public static void put(Context ctx, String key, Object value) {
        ctx.getStub().putState(key, Json.bytes(value));
    }

    /** Writes a plain UTF-8 string (index entries point at a primary key). */
    public static void putText(Context ctx, String key, String value) {
        ctx.getStub().putState(key, value.getBytes(StandardCharsets.UTF_8));
    }

    /** A UTF-8 string under {@code key}, if any. */
    public static Optional<String> getText(Context ctx, String key) {
        byte[] bytes = ctx.getStub().getState(key);
        return bytes == null || bytes.length == 0
                ? Optional.empty()
                : Optional.of(new String(bytes, StandardCharsets.UTF_8));
    }

    /** Values of all keys starting with the partial composite key, in key order. */
    public static List<KeyValue> byPrefix(Context ctx, String objectType, String... attributes) {
        ChaincodeStub stub = ctx.getStub();
        List<KeyValue> result = new ArrayList<>();
        try (QueryResultsIterator<KeyValue> iterator =
                stub.getStateByPartialCompositeKey(stub.createCompositeKey(objectType, attributes))) {
            iterator.forEach(result::add);
        } catch (Exception e) {
            throw new IllegalStateException("range query over " + objectType + " failed", e);
        }
        return result;
    }

    /** Emits the transaction's event: {@code name} with the canonical JSON of {@code payload}. */
    public static void emit(Context ctx, String name, Object payload) {
        ctx.getStub().setEvent(name, Json.bytes(payload));
    }

    /** The transaction timestamp: the chaincode's only clock. */
    public static java.time.Instant now(Context ctx) {
        return ctx.getStub().getTxTimestamp();
    }
}
