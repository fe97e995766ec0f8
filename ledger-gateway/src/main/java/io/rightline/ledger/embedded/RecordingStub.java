package io.rightline.ledger.embedded;

import com.google.protobuf.ByteString;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hyperledger.fabric.protos.ledger.rwset.NsReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.TxReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRead;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWrite;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.QueryReads;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.RangeQueryInfo;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.Version;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.protos.peer.QueryResponseMetadata;
import org.hyperledger.fabric.protos.peer.SignedProposal;
import org.hyperledger.fabric.shim.Chaincode.Response;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;

/**
 * The stub the contract runs against during simulation. Reads come from committed state (Fabric semantics: a
 * transaction does not read its own writes); every read is recorded with the version it saw, every range query with
 * the keys and versions it returned, every write and delete in the write set.
 */
final class RecordingStub implements ChaincodeStub {
    private static final String MAX_UNICODE_RUNE = "\udbff\udfff";

    private final WorldState state;
    private final Proposal proposal;
    private final String peerMspId;
    private final Map<String, Version> reads = new TreeMap<>(KeyOrder.CODE_POINTS);
    private final Map<String, Boolean> readAbsent = new TreeMap<>(KeyOrder.CODE_POINTS);
    private final List<RangeQueryInfo> rangeQueries = new ArrayList<>();
    private final Map<String, byte[]> writes = new TreeMap<>(KeyOrder.CODE_POINTS);
    private ChaincodeEvent event;

    /**
     * What a client proposes: who, what, when, with which nonce.
     *
     * @param channelId channel
     * @param chaincodeName chaincode (namespace)
     * @param txId the transaction id derived from nonce and creator
     * @param timestamp the proposal timestamp
     * @param nonce the client's nonce
     * @param creator serialized creator identity (msp.SerializedIdentity)
     * @param arguments function name then arguments
     */
    record Proposal(
            String channelId,
            String chaincodeName,
            String txId,
            Instant timestamp,
            byte[] nonce,
            ByteString creator,
            List<byte[]> arguments) {}

    RecordingStub(WorldState state, Proposal proposal, String peerMspId) {
        this.state = state;
        this.proposal = proposal;
        this.peerMspId = peerMspId;
    }

    /** The read/write set in Fabric's form, keys sorted as Fabric sorts them. */
    TxReadWriteSet readWriteSet() {
        KVRWSet.Builder set = KVRWSet.newBuilder();
        reads.forEach((key, version) -> {
            KVRead.Builder read = KVRead.newBuilder().setKey(key);
            if (!readAbsent.containsKey(key)) {
                read.setVersion(version);
            }
            set.addReads(read);
        });
        set.addAllRangeQueriesInfo(rangeQueries);
        writes.forEach((key, value) -> set.addWrites(KVWrite.newBuilder()
                .setKey(key)
                .setIsDelete(value == null)
                .setValue(value == null ? ByteString.EMPTY : ByteString.copyFrom(value))));
        return TxReadWriteSet.newBuilder()
                .setDataModel(TxReadWriteSet.DataModel.KV)
                .addNsRwset(NsReadWriteSet.newBuilder()
                        .setNamespace(proposal.chaincodeName())
                        .setRwset(set.build().toByteString()))
                .build();
    }

    /** The event set by the contract, or null. */
    ChaincodeEvent chaincodeEvent() {
        return event;
    }

    boolean hasWrites() {
        return !writes.isEmpty();
    }

    @Override
    public List<byte[]> getArgs() {
        return proposal.arguments().stream().map(byte[]::clone).toList();
    }

    @Override
    public List<String> getStringArgs() {
        return proposal.arguments().stream()
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .toList();
    }

    @Override
    public String getFunction() {
        List<String> args = getStringArgs();
        return args.isEmpty() ? null : args.get(0);
    }

    @Override
    public List<String> getParameters() {
        List<String> args = getStringArgs();
        return args.isEmpty() ? List.of() : args.subList(1, args.size());
    }

    @Override
    public String getTxId() {
        return proposal.txId();
    }

    @Override
    public String getChannelId() {
        return proposal.channelId();
    }

    @Override
    public Response invokeChaincode(String chaincodeName, List<byte[]> args, String channel) {
        throw new UnsupportedOperationException("chaincode-to-chaincode calls are not supported by this ledger");
    }

    @Override
    public byte[] getState(String key) {
        requireKey(key);
        VersionedValue value = state.get(key);
        recordRead(key, value);
        return value == null ? null : value.value().clone();
    }

    private void recordRead(String key, VersionedValue value) {
        if (reads.containsKey(key)) {
            return;
        }
        if (value == null) {
            reads.put(key, Version.getDefaultInstance());
            readAbsent.put(key, Boolean.TRUE);
        } else {
            reads.put(key, version(value));
        }
    }

    private static Version version(VersionedValue value) {
        return Version.newBuilder()
                .setBlockNum(value.blockNumber())
                .setTxNum(value.txNumber())
                .build();
    }

    @Override
    public byte[] getStateValidationParameter(String key) {
        return null;
    }

    @Override
    public void putState(String key, byte[] value) {
        requireKey(key);
        if (value == null || value.length == 0) {
            throw new IllegalArgumentException("empty value for key " + printable(key) + ": use delState");
        }
        writes.put(key, value.clone());
    }

    @Override
    public void setStateValidationParameter(String key, byte[] value) {
        throw new UnsupportedOperationException("key-level endorsement policies are not supported by this ledger");
    }

    @Override
    public void delState(String key) {
        requireKey(key);
        writes.put(key, null);
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByRange(String startKey, String endKey) {
        String start = startKey == null ? "" : startKey;
        String end = endKey == null ? "" : endKey;
        return new ListIterator<>(rangeRead(start, end, Integer.MAX_VALUE, ""));
    }

    /** Reads a range from committed state and records it as range query info (for Fabric's phantom read check). */
    private List<KeyValue> rangeRead(String start, String end, int limit, String bookmark) {
        String from = bookmark.isEmpty() ? start : bookmark;
        List<Map.Entry<String, VersionedValue>> entries = state.range(from, end);
        boolean exhausted = entries.size() <= limit;
        List<Map.Entry<String, VersionedValue>> taken = exhausted ? entries : entries.subList(0, limit);
        QueryReads.Builder raw = QueryReads.newBuilder();
        List<KeyValue> result = new ArrayList<>(taken.size());
        for (Map.Entry<String, VersionedValue> entry : taken) {
            raw.addKvReads(KVRead.newBuilder().setKey(entry.getKey()).setVersion(version(entry.getValue())));
            result.add(new StoredKeyValue(entry.getKey(), entry.getValue().value()));
        }
        String recordedEnd = exhausted ? end : entries.get(limit).getKey();
        rangeQueries.add(RangeQueryInfo.newBuilder()
                .setStartKey(from)
                .setEndKey(recordedEnd)
                .setItrExhausted(exhausted)
                .setRawReads(raw)
                .build());
        return result;
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getStateByRangeWithPagination(
            String startKey, String endKey, int pageSize, String bookmark) {
        return paged(startKey == null ? "" : startKey, endKey == null ? "" : endKey, pageSize, bookmark);
    }

    private QueryResultsIteratorWithMetadata<KeyValue> paged(String start, String end, int pageSize, String bookmark) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be positive");
        }
        String mark = bookmark == null ? "" : bookmark;
        List<KeyValue> page = rangeRead(start, end, pageSize, mark);
        List<Map.Entry<String, VersionedValue>> next = state.range(
                page.isEmpty()
                        ? (mark.isEmpty() ? start : mark)
                        : page.getLast().getKey() + "\u0000",
                end);
        QueryResponseMetadata metadata = QueryResponseMetadata.newBuilder()
                .setFetchedRecordsCount(page.size())
                .setBookmark(next.isEmpty() ? "" : next.getFirst().getKey())
                .build();
        return new PagedIterator(page, metadata);
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(String compositeKey) {
        CompositeKey key = compositeKey.startsWith(CompositeKey.NAMESPACE)
                ? CompositeKey.parseCompositeKey(compositeKey)
                : new CompositeKey(compositeKey);
        return getStateByPartialCompositeKey(key);
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(String objectType, String... attributes) {
        return getStateByPartialCompositeKey(new CompositeKey(objectType, attributes));
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(CompositeKey compositeKey) {
        String prefix = compositeKey.toString();
        return new ListIterator<>(rangeRead(prefix, prefix + MAX_UNICODE_RUNE, Integer.MAX_VALUE, ""));
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getStateByPartialCompositeKeyWithPagination(
            CompositeKey compositeKey, int pageSize, String bookmark) {
        String prefix = compositeKey.toString();
        return paged(prefix, prefix + MAX_UNICODE_RUNE, pageSize, bookmark);
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
        throw new UnsupportedOperationException("rich queries need CouchDB; this ledger keeps a key-value state");
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getQueryResultWithPagination(
            String query, int pageSize, String bookmark) {
        throw new UnsupportedOperationException("rich queries need CouchDB; this ledger keeps a key-value state");
    }

    @Override
    public QueryResultsIterator<KeyModification> getHistoryForKey(String key) {
        throw new UnsupportedOperationException("key history is not kept by this ledger");
    }

    @Override
    public byte[] getPrivateData(String collection, String key) {
        throw privateData();
    }

    @Override
    public byte[] getPrivateDataHash(String collection, String key) {
        throw privateData();
    }

    @Override
    public byte[] getPrivateDataValidationParameter(String collection, String key) {
        throw privateData();
    }

    @Override
    public void putPrivateData(String collection, String key, byte[] value) {
        throw privateData();
    }

    @Override
    public void setPrivateDataValidationParameter(String collection, String key, byte[] value) {
        throw privateData();
    }

    @Override
    public void delPrivateData(String collection, String key) {
        throw privateData();
    }

    @Override
    public void purgePrivateData(String collection, String key) {
        throw privateData();
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByRange(String collection, String startKey, String endKey) {
        throw privateData();
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(String collection, String compositeKey) {
        throw privateData();
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(
            String collection, CompositeKey compositeKey) {
        throw privateData();
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(
            String collection, String objectType, String... attributes) {
        throw privateData();
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataQueryResult(String collection, String query) {
        throw privateData();
    }

    private static UnsupportedOperationException privateData() {
        return new UnsupportedOperationException("private data collections are not configured on this channel");
    }

    @Override
    public void setEvent(String name, byte[] payload) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("event name must not be empty");
        }
        event = ChaincodeEvent.newBuilder()
                .setChaincodeId(proposal.chaincodeName())
                .setTxId(proposal.txId())
                .setEventName(name)
                .setPayload(payload == null ? ByteString.EMPTY : ByteString.copyFrom(payload))
                .build();
    }

    @Override
    public ChaincodeEvent getEvent() {
        return event;
    }

    @Override
    public SignedProposal getSignedProposal() {
        throw new UnsupportedOperationException("the signed proposal is not exposed to contracts by this ledger");
    }

    @Override
    public Instant getTxTimestamp() {
        return proposal.timestamp();
    }

    @Override
    public byte[] getCreator() {
        return proposal.creator().toByteArray();
    }

    @Override
    public Map<String, byte[]> getTransient() {
        return Map.of();
    }

    @Override
    public byte[] getBinding() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(proposal.nonce());
            digest.update(proposal.creator().toByteArray());
            digest.update(ByteBuffer.allocate(8)
                    .order(ByteOrder.LITTLE_ENDIAN)
                    .putLong(0)
                    .array());
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing", e);
        }
    }

    @Override
    public String getMspId() {
        return peerMspId;
    }

    private static void requireKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("key must not be empty");
        }
    }

    private static String printable(String key) {
        return key.replace('\u0000', '/');
    }

    private record StoredKeyValue(String key, byte[] value) implements KeyValue {
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

    private static class ListIterator<T> implements QueryResultsIterator<T> {
        private final List<T> items;

        ListIterator(List<T> items) {
            this.items = items;
        }

        @Override
        public Iterator<T> iterator() {
            return items.iterator();
        }

        @Override
        public void close() {}
    }

    private static final class PagedIterator extends ListIterator<KeyValue>
            implements QueryResultsIteratorWithMetadata<KeyValue> {
        private final QueryResponseMetadata metadata;

        PagedIterator(List<KeyValue> items, QueryResponseMetadata metadata) {
            super(items);
            this.metadata = metadata;
        }

        @Override
        public QueryResponseMetadata getMetadata() {
            return metadata;
        }
    }

    /** Reads recorded so far, for tests. */
    Map<String, Version> recordedReads() {
        return new LinkedHashMap<>(reads);
    }
}
