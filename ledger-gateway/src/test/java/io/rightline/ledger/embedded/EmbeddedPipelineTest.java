package io.rightline.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.rightline.ledger.BlockEvent;
import io.rightline.ledger.Committed;
import io.rightline.ledger.EventStream;
import io.rightline.ledger.Ledger;
import io.rightline.ledger.LedgerException;
import io.rightline.ledger.conformance.EmbeddedBackend;
import io.rightline.network.identity.Identity;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Engine behaviour that needs control of block cutting: blocks of exactly the submitted transactions (count cut at 4,
 * a long timeout) and one execution thread, so transactions land in one block in submission order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedPipelineTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private EmbeddedBackend backend;
    private Ledger ledger;
    private Identity operator;

    @BeforeAll
    void open() {
        backend = EmbeddedBackend.start(config -> config.withBlockCutting(4, 2 * 1024 * 1024, Duration.ofSeconds(2))
                .withExecutionThreads(1));
        ledger = backend.open();
        operator = ledger.membership().issueClient("PlatformMSP", "operator", Map.of());
    }

    @AfterAll
    void close() {
        ledger.close();
        backend.close();
    }

    private List<Object> submitTogether(List<List<String>> calls) throws InterruptedException {
        List<CompletableFuture<Committed>> futures = new ArrayList<>();
        for (List<String> call : calls) {
            futures.add(ledger.submitAsync(operator, call.getFirst(), call.subList(1, call.size())));
        }
        List<Object> outcomes = new ArrayList<>();
        for (CompletableFuture<Committed> future : futures) {
            try {
                outcomes.add(future.get());
            } catch (ExecutionException e) {
                outcomes.add(((LedgerException) e.getCause()).validationCode().orElseThrow());
            }
        }
        return outcomes;
    }

    private Block block(long number) throws Exception {
        try (EventStream<BlockEvent> blocks = ledger.blockEvents(number)) {
            return Block.parseFrom(blocks.next(WAIT).orElseThrow().blockBytes());
        }
    }

    @Nested
    class Blocks_cut_by_count {
        @Test
        void four_transactions_make_one_block_with_fabric_header_hashes() throws Exception {
            List<Object> outcomes = submitTogether(List.of(
                    List.of("assets:create", "c1", "1"),
                    List.of("assets:create", "c2", "2"),
                    List.of("assets:create", "c3", "3"),
                    List.of("assets:create", "c4", "4")));

            long number = ((Committed) outcomes.getFirst()).blockNumber();
            assertThat(outcomes)
                    .allSatisfy(o -> assertThat(((Committed) o).blockNumber()).isEqualTo(number));
            Block block = block(number);
            Block previous = block(number - 1);
            assertThat(block.getData().getDataCount()).isEqualTo(4);
            assertThat(block.getHeader().getPreviousHash().toByteArray())
                    .isEqualTo(FabricWire.headerHash(previous.getHeader()));
            assertThat(block.getHeader().getDataHash().toByteArray()).isEqualTo(FabricWire.dataHash(block.getData()));
            assertThat(block.getMetadata()
                            .getMetadata(BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE)
                            .toByteArray())
                    .containsExactly(0, 0, 0, 0);
        }
    }

    @Nested
    class Validation_within_a_block {
        @Test
        void second_update_of_the_same_key_in_one_block_is_an_mvcc_conflict() throws Exception {
            ledger.submit(operator, "assets:create", "m1", "v0");

            List<Object> outcomes = submitTogether(List.of(
                    List.of("assets:update", "m1", "a"),
                    List.of("assets:update", "m1", "b"),
                    List.of("assets:create", "m2", "x"),
                    List.of("assets:create", "m3", "y")));

            assertThat(outcomes.get(0)).isInstanceOf(Committed.class);
            assertThat(outcomes.get(1)).isEqualTo("MVCC_READ_CONFLICT");
            assertThat(outcomes.get(2)).isInstanceOf(Committed.class);
            assertThat(outcomes.get(3)).isInstanceOf(Committed.class);
            Committed any = (Committed) outcomes.stream()
                    .filter(Committed.class::isInstance)
                    .findFirst()
                    .orElseThrow();
            byte[] flags = block(any.blockNumber())
                    .getMetadata()
                    .getMetadata(BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE)
                    .toByteArray();
            assertThat(flags).contains((byte) TxValidationCode.MVCC_READ_CONFLICT_VALUE);
            assertThat(flags[1]).isEqualTo((byte) TxValidationCode.MVCC_READ_CONFLICT_VALUE);
            assertThat(ledger.evaluate(operator, "assets:read", "m1")).isEqualTo("a");
        }

        @Test
        void a_range_read_followed_by_an_insert_in_the_same_block_is_a_phantom_conflict() throws Exception {
            List<Object> outcomes = submitTogether(List.of(
                    List.of("assets:create", "p1", "x"),
                    List.of("assets:census"),
                    List.of("assets:create", "p2", "x"),
                    List.of("assets:census")));

            assertThat(outcomes.get(0)).isInstanceOf(Committed.class);
            assertThat(outcomes.get(2)).isInstanceOf(Committed.class);
            assertThat(outcomes.get(1)).isEqualTo("PHANTOM_READ_CONFLICT");
            assertThat(outcomes.get(3)).isEqualTo("PHANTOM_READ_CONFLICT");
        }
    }

    @Nested
    class Replay_check {
        @Test
        void replay_of_the_blocks_equals_the_live_state() throws SQLException {
            ledger.submit(operator, "assets:create", "r1", "v");
            ledger.submit(operator, "assets:remove", "r1");

            assertThat(ReplayCommand.run(backend.config())).isTrue();
        }

        @Test
        void replay_detects_a_tampered_state_row() throws SQLException {
            ledger.submit(operator, "assets:create", "t1", "v");
            try (Connection connection = DriverManager.getConnection(backend.jdbcUrl());
                    Statement statement = connection.createStatement()) {
                statement.executeUpdate("update ledger.state set value = 'forged'::bytea where value = 'v'::bytea");
            }
            try {
                assertThat(ReplayCommand.run(backend.config())).isFalse();
            } finally {
                try (Connection connection = DriverManager.getConnection(backend.jdbcUrl());
                        Statement statement = connection.createStatement()) {
                    statement.executeUpdate("update ledger.state set value = 'v'::bytea where value = 'forged'::bytea");
                }
            }
        }
    }
}
