package io.rightline.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hyperledger.fabric.protos.ledger.rwset.TxReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRead;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWrite;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RecordingStubTest {
    private static final Instant TIMESTAMP = Instant.parse("2026-11-23T10:00:00Z");

    private final WorldState state = new WorldState();

    private RecordingStub stub(String... args) {
        List<byte[]> arguments = new ArrayList<>();
        for (String arg : args) {
            arguments.add(arg.getBytes(StandardCharsets.UTF_8));
        }
        return new RecordingStub(
                state,
                new RecordingStub.Proposal(
                        "channel",
                        "cc",
                        "tx-1",
                        TIMESTAMP,
                        new byte[] {1, 2, 3},
                        ByteString.copyFromUtf8("creator"),
                        arguments),
                "PlatformMSP");
    }

    private static KVRWSet kv(RecordingStub stub) throws InvalidProtocolBufferException {
        TxReadWriteSet set = stub.readWriteSet();
        assertThat(set.getNsRwset(0).getNamespace()).isEqualTo("cc");
        return KVRWSet.parseFrom(set.getNsRwset(0).getRwset());
    }

    private void commit(String key, String value, long block, int tx) {
        state.apply(Map.of(key, new VersionedValue(value.getBytes(StandardCharsets.UTF_8), block, tx)));
    }

    @Nested
    class Reads {
        @Test
        void records_the_version_of_each_key_read_and_absence_without_version() throws Exception {
            commit("a", "1", 3, 7);
            RecordingStub stub = stub("c:f");

            assertThat(stub.getStringState("a")).isEqualTo("1");
            assertThat(stub.getState("missing")).isNull();

            List<KVRead> reads = kv(stub).getReadsList();
            assertThat(reads).hasSize(2);
            assertThat(reads.get(0).getKey()).isEqualTo("a");
            assertThat(reads.get(0).getVersion().getBlockNum()).isEqualTo(3);
            assertThat(reads.get(0).getVersion().getTxNum()).isEqualTo(7);
            assertThat(reads.get(1).getKey()).isEqualTo("missing");
            assertThat(reads.get(1).hasVersion()).isFalse();
        }

        @Test
        void does_not_see_its_own_writes_as_in_fabric() {
            RecordingStub stub = stub("c:f");

            stub.putStringState("k", "new");

            assertThat(stub.getState("k")).isNull();
        }

        @Test
        void range_query_records_keys_and_versions_in_code_point_order() throws Exception {
            commit("r\u0000b", "2", 1, 1);
            commit("r\u0000a", "1", 1, 0);
            commit("s", "x", 1, 2);
            RecordingStub stub = stub("c:f");

            List<String> keys = new ArrayList<>();
            try (QueryResultsIterator<KeyValue> results = stub.getStateByRange("r", "s")) {
                results.forEach(kv -> keys.add(kv.getKey()));
            }

            assertThat(keys).containsExactly("r\u0000a", "r\u0000b");
            var range = kv(stub).getRangeQueriesInfo(0);
            assertThat(range.getItrExhausted()).isTrue();
            assertThat(range.getRawReads().getKvReadsList())
                    .extracting(KVRead::getKey)
                    .containsExactly("r\u0000a", "r\u0000b");
        }

        @Test
        void paginated_range_returns_a_bookmark_to_the_next_key() throws Exception {
            commit("p1", "1", 1, 0);
            commit("p2", "2", 1, 1);
            commit("p3", "3", 1, 2);
            RecordingStub stub = stub("c:f");

            QueryResultsIteratorWithMetadata<KeyValue> page = stub.getStateByRangeWithPagination("p", "q", 2, "");

            List<String> keys = new ArrayList<>();
            page.forEach(kv -> keys.add(kv.getKey()));
            assertThat(keys).containsExactly("p1", "p2");
            assertThat(page.getMetadata().getBookmark()).isEqualTo("p3");
            assertThat(kv(stub).getRangeQueriesInfo(0).getItrExhausted()).isFalse();
        }
    }

    @Nested
    class Writes {
        @Test
        void writes_and_deletes_are_sorted_by_key_and_last_write_wins() throws Exception {
            RecordingStub stub = stub("c:f");

            stub.putStringState("b", "1");
            stub.putStringState("a", "1");
            stub.putStringState("b", "2");
            stub.delState("c");

            List<KVWrite> writes = kv(stub).getWritesList();
            assertThat(writes).extracting(KVWrite::getKey).containsExactly("a", "b", "c");
            assertThat(writes.get(1).getValue().toStringUtf8()).isEqualTo("2");
            assertThat(writes.get(2).getIsDelete()).isTrue();
        }

        @Test
        void rejects_empty_keys_and_empty_values() {
            RecordingStub stub = stub("c:f");

            assertThatThrownBy(() -> stub.putStringState("", "x")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> stub.putState("k", new byte[0])).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void event_carries_chaincode_and_tx_id() {
            RecordingStub stub = stub("c:f");

            stub.setEvent("Done", "{}".getBytes(StandardCharsets.UTF_8));

            assertThat(stub.chaincodeEvent().getChaincodeId()).isEqualTo("cc");
            assertThat(stub.chaincodeEvent().getTxId()).isEqualTo("tx-1");
            assertThat(stub.chaincodeEvent().getEventName()).isEqualTo("Done");
        }
    }

    @Nested
    class Proposal_data {
        @Test
        void exposes_function_parameters_timestamp_and_creator() {
            RecordingStub stub = stub("works:register", "{\"a\":1}", "x");

            assertThat(stub.getFunction()).isEqualTo("works:register");
            assertThat(stub.getParameters()).containsExactly("{\"a\":1}", "x");
            assertThat(stub.getTxTimestamp()).isEqualTo(TIMESTAMP);
            assertThat(stub.getCreator()).isEqualTo("creator".getBytes(StandardCharsets.UTF_8));
            assertThat(stub.getBinding()).hasSize(32);
        }

        @Test
        void unsupported_features_fail_loudly() {
            RecordingStub stub = stub("c:f");

            assertThatThrownBy(() -> stub.getQueryResult("{}")).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> stub.getPrivateData("col", "k")).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> stub.invokeChaincode("other", List.of(), "channel"))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }
}
