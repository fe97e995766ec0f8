package io.rightline.testsupport.ledger;

import com.google.protobuf.ByteString;
import io.rightline.network.identity.Identity;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.protos.peer.SignedProposal;
import org.hyperledger.fabric.shim.Chaincode.Response;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;

/**
 * A {@link ChaincodeStub} over an in-memory world state with Fabric's semantics:
 *
 * <ul>
 *   <li>keys are ordered by Unicode code point (the UTF-8 byte order Fabric's state database uses);
 *   <li>reads, range queries and partial composite key queries see the committed state only, not the
 *       writes of the running transaction, exactly as a Fabric endorser simulates;
 *   <li>writes collect in a write set that {@link #commit()} applies and {@link #discard()} drops;
 *   <li>one chaincode event per transaction: the last {@link #setEvent} wins.
 * </ul>
 *
 * <pre>{@code
 * InMemoryChaincodeStub stub = new InMemoryChaincodeStub("rightline");
 * stub.begin("tx1", Instant.parse("2026-01-01T00:00:00Z"), alice);
 * contract.registerWork(new Context(stub), json);
 * stub.commit();
 * }</pre>
 */
public class InMemoryChaincodeStub implements ChaincodeStub {

    /** Orders keys by code point, which equals the UTF-8 byte order of Fabric's state database. */
    static final Comparator<String> CODE_POINT_ORDER = (left, right) -> {
        int i = 0;
        int j = 0;
        while (i < left.length() && j < right.length()) {
            int a = left.codePointAt(i);
            int b = right.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Integer.compare(left.length() - i, right.length() - j);
    };

    private static final String UNSPECIFIED_START_KEY = new String(Character.toChars(0x000001));
    private static final String MAX_UNICODE_RUNE = new String(Character.toChars(Character.MAX_CODE_POINT));

    private final String channelId;
    private final NavigableMap<String, byte[]> committed = new TreeMap<>(CODE_POINT_ORDER);
    private final NavigableMap<String, byte[]> writes = new TreeMap<>(CODE_POINT_ORDER);
    private final List<CommittedEvent> committedEvents = new ArrayList<>();
    private String txId = "";
    private Instant timestamp = Instant.EPOCH;
    private byte[] creator = new byte[0];
    private String mspId = "";
    private ChaincodeEvent event;
    private List<String> args = List.of();

    /** One committed chaincode event. */
    public record CommittedEvent(String txId, String name, byte[] payload) {
        /** The payload as UTF-8 text. */
        public String payloadText() {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }

    public InMemoryChaincodeStub(String channelId) {
        this.channelId = Objects.requireNonNull(channelId, "channelId");
    }

    /** Starts a transaction: drops any uncommitted writes and sets id, timestamp and creator. */
    public void begin(String transactionId, Instant transactionTimestamp, Identity caller) {
        discard();
        this.txId = Objects.requireNonNull(transactionId, "transactionId");
        this.timestamp = Objects.requireNonNull(transactionTimestamp, "transactionTimestamp");
        this.mspId = caller.mspId();
        this.creator = serialize(caller);
    }

    /** Sets the invocation arguments reported by {@link #getArgs()} (function name first). */
    public void arguments(List<String> functionAndArguments) {
        this.args = List.copyOf(functionAndArguments);
    }

    /** Applies the write set to the world state and records the transaction's event. */
    public void commit() {
        for (Map.Entry<String, byte[]> write : writes.entrySet()) {
            if (write.getValue() == null) {
                committed.remove(write.getKey());
            } else {
                committed.put(write.getKey(), write.getValue());
            }
        }
        if (event != null) {
            committedEvents.add(new CommittedEvent(
                    txId, event.getEventName(), event.getPayload().toByteArray()));
        }
        writes.clear();
        event = null;
    }

    /** Drops the write set and the event of the running transaction, as Fabric does for a failed one. */
    public void discard() {
        writes.clear();
        event = null;
    }

    /** An unmodifiable view of the committed world state. */
    public NavigableMap<String, byte[]> worldState() {
        return Collections.unmodifiableNavigableMap(committed);
    }

    /** The pending writes of the running transaction; a {@code null} value is a delete. */
    public Map<String, byte[]> writeSet() {
        return Collections.unmodifiableMap(writes);
    }

    /** Events of committed transactions, oldest first. */
    public List<CommittedEvent> committedEvents() {
        return List.copyOf(committedEvents);
    }

    /** Serialized creator as Fabric writes it: {@code msp.SerializedIdentity{mspid, id_bytes = PEM}}. */
    public static byte[] serialize(Identity identity) {
        return SerializedIdentity.newBuilder()
                .setMspid(identity.mspId())
                .setIdBytes(ByteString.copyFromUtf8(identity.certificatePem()))
                .build()
                .toByteArray();
    }

    @Override
    public List<byte[]> getArgs() {
        return args.stream().map(a -> a.getBytes(StandardCharsets.UTF_8)).toList();
    }

    @Override
    public List<String> getStringArgs() {
        return args;
    }

    @Override
    public String getFunction() {
        return args.isEmpty() ? null : args.getFirst();
    }

    @Override
    public List<String> getParameters() {
        return args.isEmpty() ? List.of() : args.subList(1, args.size());
    }

    @Override
    public String getTxId() {
        return txId;
    }

    @Override
    public String getChannelId() {
        return channelId;
    }

    @Override
    public Response invokeChaincode(String chaincodeName, List<byte[]> arguments, String channel) {
        throw unsupported("invokeChaincode");
    }

    @Override
    public byte[] getState(String key) {
        byte[] value = committed.get(key);
        return value == null ? new byte[0] : value.clone();
    }

    @Override
    public byte[] getStateValidationParameter(String key) {
        throw unsupported("getStateValidationParameter");
    }

    @Override
    public void putState(String key, byte[] value) {
        Objects.requireNonNull(key, "key");
        if (key.isEmpty()) {
            throw new IllegalArgumentException("key must not be an empty string");
        }
        if (value == null || value.length == 0) {
            throw new IllegalArgumentException("value for key " + key + " must not be empty; use delState");
        }
        writes.put(key, value.clone());
    }

    @Override
    public void setStateValidationParameter(String key, byte[] value) {
        throw unsupported("setStateValidationParameter");
    }

    @Override
    public void delState(String key) {
        writes.put(Objects.requireNonNull(key, "key"), null);
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByRange(String startKey, String endKey) {
        String start = startKey == null || startKey.isEmpty() ? UNSPECIFIED_START_KEY : startKey;
        String end = endKey == null ? "" : endKey;
        CompositeKey.validateSimpleKeys(start, end);
        return new Results(range(start, end));
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getStateByRangeWithPagination(
            String startKey, String endKey, int pageSize, String bookmark) {
        String start = startKey == null || startKey.isEmpty() ? UNSPECIFIED_START_KEY : startKey;
        String end = endKey == null ? "" : endKey;
        CompositeKey.validateSimpleKeys(start, end);
        return Page.of(range(start, end), pageSize, bookmark);
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(String compositeKey) {
        return getStateByPartialCompositeKey(CompositeKey.parseCompositeKey(compositeKey));
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(String objectType, String... attributes) {
        return getStateByPartialCompositeKey(new CompositeKey(objectType, attributes));
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(CompositeKey compositeKey) {
        String prefix =
                compositeKey == null ? new CompositeKey(UNSPECIFIED_START_KEY).toString() : compositeKey.toString();
        return new Results(range(prefix, prefix + MAX_UNICODE_RUNE));
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getStateByPartialCompositeKeyWithPagination(
            CompositeKey compositeKey, int pageSize, String bookmark) {
        String prefix =
                compositeKey == null ? new CompositeKey(UNSPECIFIED_START_KEY).toString() : compositeKey.toString();
        return Page.of(range(prefix, prefix + MAX_UNICODE_RUNE), pageSize, bookmark);
    }

    @Override
    public CompositeKey createCompositeKey(String objectType, String... attributes) {
        return new CompositeKey(objectType, attributes);
    }

    @Override
    public CompositeKey splitCompositeKey(String compositeKey) {
        return CompositeKey.parseCompositeKey(compositeKey);
    }

    @Override
    public QueryResultsIterator<KeyValue> getQueryResult(String query) {
        throw unsupported("getQueryResult (rich queries need CouchDB; Rightline uses keys and ranges only)");
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getQueryResultWithPagination(
            String query, int pageSize, String bookmark) {
        throw unsupported("getQueryResultWithPagination (rich queries need CouchDB)");
    }

    @Override
    public QueryResultsIterator<KeyModification> getHistoryForKey(String key) {
        throw unsupported("getHistoryForKey");
    }

    @Override
    public byte[] getPrivateData(String collection, String key) {
        throw unsupported("private data");
    }

    @Override
    public byte[] getPrivateDataHash(String collection, String key) {
        throw unsupported("private data");
    }

    @Override
    public byte[] getPrivateDataValidationParameter(String collection, String key) {
        throw unsupported("private data");
    }

    @Override
    public void putPrivateData(String collection, String key, byte[] value) {
        throw unsupported("private data");
    }

    @Override
    public void setPrivateDataValidationParameter(String collection, String key, byte[] value) {
        throw unsupported("private data");
    }

    @Override
    public void delPrivateData(String collection, String key) {
        throw unsupported("private data");
    }

    @Override
    public void purgePrivateData(String collection, String key) {
        throw unsupported("private data");
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByRange(String collection, String startKey, String endKey) {
        throw unsupported("private data");
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(String collection, String compositeKey) {
        throw unsupported("private data");
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(
            String collection, CompositeKey compositeKey) {
        throw unsupported("private data");
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(
            String collection, String objectType, String... attributes) {
        throw unsupported("private data");
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataQueryResult(String collection, String query) {
        throw unsupported("private data");
    }

    @Override
    public void setEvent(String name, byte[] payload) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("event name must not be blank");
        }
        event = ChaincodeEvent.newBuilder()
                .setTxId(txId)
                .setEventName(name)
                .setPayload(ByteString.copyFrom(payload == null ? new byte[0] : payload))
                .build();
    }

    @Override
    public ChaincodeEvent getEvent() {
        return event;
    }

    @Override
    public SignedProposal getSignedProposal() {
        throw unsupported("getSignedProposal");
    }

    @Override
    public Instant getTxTimestamp() {
        return timestamp;
    }

    @Override
    public byte[] getCreator() {
        return creator.clone();
    }

    @Override
    public Map<String, byte[]> getTransient() {
        return Map.of();
    }

    @Override
    public byte[] getBinding() {
        throw unsupported("getBinding");
    }

    @Override
    public String getMspId() {
        return mspId;
    }

    /** Committed entries in [start, end); an empty end means "to the end of the key space". */
    private List<KeyValue> range(String start, String end) {
        NavigableMap<String, byte[]> view =
                end.isEmpty() ? committed.tailMap(start, true) : committed.subMap(start, true, end, false);
        List<KeyValue> result = new ArrayList<>(view.size());
        view.forEach((key, value) -> result.add(new Entry(key, value.clone())));
        return result;
    }

    private static UnsupportedOperationException unsupported(String feature) {
        return new UnsupportedOperationException(
                feature + " is not supported by the in-memory stub; the Rightline chaincode does not use it");
    }

    private record Entry(String key, byte[] value) implements KeyValue {
        @Override
        public String getKey() {
            return key;
        }

        @Override
        public byte[] getValue() {
            return value.clone();
        }

        @Override
        public String getStringValue() {
            return new String(value, StandardCharsets.UTF_8);
        }
    }

    private static class Results implements QueryResultsIterator<KeyValue> {
        private final List<KeyValue> entries;

        Results(List<KeyValue> entries) {
            this.entries = entries;
        }

        @Override
        public Iterator<KeyValue> iterator() {
            return entries.iterator();
        }

        @Override
        public void close() {
            // nothing to release
        }
    }
}
