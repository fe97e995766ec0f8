package io.rightline.testsupport.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InMemoryChaincodeStubTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final InMemoryChaincodeStub stub = new InMemoryChaincodeStub("ch");

    private void put(String key, String value) {
        stub.putState(key, value.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> keys(Iterable<KeyValue> results) {
        List<String> keys = new ArrayList<>();
        results.forEach(kv -> keys.add(kv.getKey()));
        return keys;
    }

    @Nested
    class State {

        @Test
        void writes_are_invisible_until_commit_as_in_fabric_simulation() {
            stub.begin("tx1", T0, TestIdentities.creator("alice"));
            put("a", "1");

            assertThat(stub.getState("a")).isEmpty();
            stub.commit();
            assertThat(new String(stub.getState("a"), StandardCharsets.UTF_8)).isEqualTo("1");
        }

        @Test
        void discard_drops_writes_deletes_and_event() {
            stub.begin("tx1", T0, TestIdentities.creator("alice"));
            put("a", "1");
            stub.commit();
            stub.begin("tx2", T0, TestIdentities.creator("alice"));
            stub.delState("a");
            put("b", "2");
            stub.setEvent("E", new byte[] {1});
            stub.discard();

            assertThat(stub.worldState()).containsOnlyKeys("a");
            assertThat(stub.committedEvents()).isEmpty();
        }

        @Test
        void delete_removes_a_committed_key() {
            put("a", "1");
            stub.commit();
            stub.delState("a");
            stub.commit();

            assertThat(stub.worldState()).isEmpty();
        }

        @Test
        void empty_values_are_refused() {
            assertThatThrownBy(() -> stub.putState("a", new byte[0])).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Queries {

        @Test
        void range_is_half_open_and_ordered_by_code_point() {
            for (String key : List.of("b", "a", "c", "\uffff", "\ud83d\ude00")) {
                put(key, key);
            }
            stub.commit();

            assertThat(keys(stub.getStateByRange("a", "c"))).containsExactly("a", "b");
            assertThat(keys(stub.getStateByRange("", ""))).containsExactly("a", "b", "c", "\uffff", "\ud83d\ude00");
        }

        @Test
        void partial_composite_key_returns_only_matching_keys_in_order() {
            put(new CompositeKey("licence", "w1", "SVOD", "l2").toString(), "x");
            put(new CompositeKey("licence", "w1", "SVOD", "l1").toString(), "x");
            put(new CompositeKey("licence", "w1", "AVOD", "l3").toString(), "x");
            put(new CompositeKey("licence", "w10", "SVOD", "l4").toString(), "x");
            put("plain", "x");
            stub.commit();

            List<String> found = keys(stub.getStateByPartialCompositeKey("licence", "w1", "SVOD"));

            assertThat(found)
                    .extracting(k -> stub.splitCompositeKey(k).getAttributes().get(2))
                    .containsExactly("l1", "l2");
            assertThat(keys(stub.getStateByPartialCompositeKey("licence", "w1")))
                    .hasSize(3);
            assertThat(keys(stub.getStateByRange("", ""))).containsExactly("plain");
        }

        @Test
        void pagination_returns_pages_with_bookmark_of_next_key() throws Exception {
            for (int i = 0; i < 5; i++) {
                put(new CompositeKey("k", "a" + i).toString(), "v");
            }
            stub.commit();

            QueryResultsIteratorWithMetadata<KeyValue> first =
                    stub.getStateByPartialCompositeKeyWithPagination(new CompositeKey("k"), 2, "");
            QueryResultsIteratorWithMetadata<KeyValue> second = stub.getStateByPartialCompositeKeyWithPagination(
                    new CompositeKey("k"), 2, first.getMetadata().getBookmark());

            assertThat(keys(first)).hasSize(2);
            assertThat(first.getMetadata().getFetchedRecordsCount()).isEqualTo(2);
            assertThat(keys(second))
                    .containsExactly(new CompositeKey("k", "a2").toString(), new CompositeKey("k", "a3").toString());
        }

        @Test
        void rich_queries_and_private_data_are_unsupported() {
            assertThatThrownBy(() -> stub.getQueryResult("{}")).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> stub.getPrivateData("c", "k")).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class Identity {

        @Test
        void creator_is_a_serialized_identity_readable_by_client_identity() {
            stub.begin("tx1", T0, TestIdentities.creator("alice"));

            Context ctx = new Context(stub);

            assertThat(ctx.getClientIdentity().getMSPID()).isEqualTo(TestIdentities.CREATORS_MSP);
            assertThat(ctx.getClientIdentity().getAttributeValue("rightline.party"))
                    .isEqualTo("alice");
            assertThat(ctx.getClientIdentity().getAttributeValue("rightline.role"))
                    .isEqualTo("creator");
            assertThat(stub.getTxTimestamp()).isEqualTo(T0);
            assertThat(stub.getTxId()).isEqualTo("tx1");
        }
    }

    @Nested
    class TestLedger {

        @Test
        void failed_transaction_leaves_no_writes_and_clock_sets_timestamps() {
            ChaincodeTestLedger ledger = new ChaincodeTestLedger(T0);
            ledger.submit(TestIdentities.creator("alice"), ctx -> {
                ctx.getStub().putStringState("a", "1");
                ctx.getStub().setEvent("Put", "1".getBytes(StandardCharsets.UTF_8));
                return null;
            });
            ledger.advance(java.time.Duration.ofHours(1));

            assertThatThrownBy(() -> ledger.submit(TestIdentities.creator("alice"), ctx -> {
                        ctx.getStub().putStringState("b", "2");
                        assertThat(ctx.getStub().getTxTimestamp()).isEqualTo(T0.plusSeconds(3600));
                        throw new ChaincodeException("no", "CODE");
                    }))
                    .isInstanceOf(ChaincodeException.class);

            assertThat(ledger.stub().worldState()).containsOnlyKeys("a");
            assertThat(ledger.lastEvent().name()).isEqualTo("Put");
            assertThat(ledger.stub().committedEvents()).hasSize(1);
        }
    }
}
