package io.rightline.ledger.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rightline.ledger.BlockEvent;
import io.rightline.ledger.ChaincodeEvent;
import io.rightline.ledger.Committed;
import io.rightline.ledger.EventStream;
import io.rightline.ledger.Ledger;
import io.rightline.ledger.LedgerErrorCode;
import io.rightline.ledger.LedgerException;
import io.rightline.ledger.TransactionRecord;
import io.rightline.network.identity.CertificateAuthority;
import io.rightline.network.identity.Identity;
import io.rightline.network.identity.NodeRole;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every ledger backend must do, defined once against {@link Ledger} and run against each backend. Uses the test
 * contract {@code assets}; chaincode scenarios run through the typed client in {@link RightsScenariosTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class LedgerConformanceTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    protected LedgerBackend backend;
    protected Ledger ledger;
    protected Identity operator;

    /** The backend under test. */
    protected abstract LedgerBackend createBackend();

    @BeforeAll
    void openLedger() {
        backend = createBackend();
        ledger = backend.open();
        operator = ledger.membership().issueClient("PlatformMSP", "operator", Map.of("rightline.role", "operator"));
    }

    @AfterAll
    void closeLedger() {
        ledger.close();
        backend.close();
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private void restart() {
        ledger.close();
        ledger = backend.open();
    }

    @Nested
    class Submit {
        @Test
        void returns_tx_id_block_and_result_and_the_write_is_readable() {
            String asset = id();
            long before = ledger.height();

            Committed committed = ledger.submit(operator, "assets:create", asset, "{\"v\":1}");

            assertThat(committed.txId()).matches("[0-9a-f]{64}");
            assertThat(committed.blockNumber()).isGreaterThan(before);
            assertThat(committed.payloadText()).isEqualTo("{\"id\":\"" + asset + "\",\"creator\":\"PlatformMSP\"}");
            assertThat(ledger.evaluate(operator, "assets:read", asset)).isEqualTo("{\"v\":1}");
            assertThat(ledger.transaction(committed.txId()))
                    .map(TransactionRecord::validationCode)
                    .contains("VALID");
        }

        @Test
        void passes_the_callers_identity_and_attributes_to_the_contract() {
            Identity auditor =
                    ledger.membership().issueClient("AuditorMSP", "auditor-1", Map.of("rightline.role", "auditor"));

            String who = ledger.evaluate(auditor, "assets:whoAmI");

            assertThat(who).startsWith("AuditorMSP/auditor/");
        }

        @Test
        void deletes_are_committed() {
            String asset = id();
            ledger.submit(operator, "assets:create", asset, "x");

            ledger.submit(operator, "assets:remove", asset);

            assertThatThrownBy(() -> ledger.evaluate(operator, "assets:read", asset))
                    .isInstanceOfSatisfying(
                            LedgerException.class,
                            e -> assertThat(e.chaincodeErrorCode()).contains("ASSET_NOT_FOUND"));
        }
    }

    @Nested
    class Refusals {
        @Test
        void chaincode_refusal_keeps_its_error_code_and_commits_nothing() {
            String asset = id();
            ledger.submit(operator, "assets:create", asset, "x");
            long height = ledger.height();

            assertThatThrownBy(() -> ledger.submit(operator, "assets:create", asset, "y"))
                    .isInstanceOfSatisfying(LedgerException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo(LedgerErrorCode.CHAINCODE_ERROR);
                        assertThat(e.chaincodeErrorCode()).contains("ASSET_EXISTS");
                        assertThat(e.txId()).isPresent();
                        assertThat(ledger.transaction(e.txId().orElseThrow())).isEmpty();
                    });
            assertThat(ledger.height()).isEqualTo(height);
            assertThat(ledger.evaluate(operator, "assets:read", asset)).isEqualTo("x");
        }

        @Test
        void unknown_transaction_is_refused_before_ordering() {
            long height = ledger.height();

            assertThatThrownBy(() -> ledger.submit(operator, "assets:steal", "a"))
                    .isInstanceOfSatisfying(
                            LedgerException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(LedgerErrorCode.UNKNOWN_TRANSACTION));
            assertThatThrownBy(() -> ledger.submit(operator, "nosuchcontract:create", "a", "b"))
                    .isInstanceOfSatisfying(
                            LedgerException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(LedgerErrorCode.UNKNOWN_TRANSACTION));
            assertThat(ledger.height()).isEqualTo(height);
        }

        @Test
        void wrong_argument_count_or_null_argument_is_malformed() {
            assertThatThrownBy(() -> ledger.submit(operator, "assets:create", "only-one"))
                    .isInstanceOfSatisfying(
                            LedgerException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(LedgerErrorCode.MALFORMED_ARGUMENTS));
            assertThatThrownBy(() -> ledger.submit(operator, "assets:create", "a", null))
                    .isInstanceOfSatisfying(
                            LedgerException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(LedgerErrorCode.MALFORMED_ARGUMENTS));
        }

        @Test
        void oversize_arguments_are_refused_and_nothing_is_committed() {
            String asset = id();
            String huge = "x".repeat(300 * 1024);

            assertThatThrownBy(() -> ledger.submit(operator, "assets:create", asset, huge))
                    .isInstanceOfSatisfying(
                            LedgerException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(LedgerErrorCode.ARGUMENTS_TOO_LARGE));
            assertThatThrownBy(() -> ledger.evaluate(operator, "assets:read", asset))
                    .isInstanceOfSatisfying(
                            LedgerException.class,
                            e -> assertThat(e.chaincodeErrorCode()).contains("ASSET_NOT_FOUND"));
        }

        @Test
        void identity_from_an_unknown_ca_is_refused_with_a_clear_error() {
            CertificateAuthority impostorCa = CertificateAuthority.create("PlatformMSP", "Impostor Platform");
            Identity impostor = impostorCa.issue("mallory", NodeRole.CLIENT, Map.of());
            long height = ledger.height();

            assertThatThrownBy(() -> ledger.submit(impostor, "assets:create", id(), "x"))
                    .isInstanceOfSatisfying(LedgerException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo(LedgerErrorCode.UNKNOWN_IDENTITY);
                        assertThat(e.validationCode()).contains("BAD_CREATOR_SIGNATURE");
                        assertThat(e.getMessage()).contains("PlatformMSP");
                    });
            assertThat(ledger.height()).isEqualTo(height);
        }
    }

    @Nested
    class Concurrency {
        private List<Object> outcomes(List<CompletableFuture<Committed>> futures) throws InterruptedException {
            List<Object> outcomes = new ArrayList<>();
            for (CompletableFuture<Committed> future : futures) {
                try {
                    outcomes.add(future.get());
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause());
                }
            }
            return outcomes;
        }

        @Test
        void concurrent_creates_of_one_key_leave_exactly_one_valid_and_the_others_conflict()
                throws InterruptedException {
            String asset = id();
            List<CompletableFuture<Committed>> creates = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                creates.add(ledger.submitAsync(operator, "assets:create", List.of(asset, "v" + i)));
            }

            List<Object> outcomes = outcomes(creates);

            assertThat(outcomes).filteredOn(Committed.class::isInstance).hasSize(1);
            List<LedgerException> failures = outcomes.stream()
                    .filter(LedgerException.class::isInstance)
                    .map(LedgerException.class::cast)
                    .toList();
            assertThat(failures)
                    .hasSize(15)
                    .allSatisfy(failure -> assertThat(failure.validationCode()
                                    .orElse(failure.chaincodeErrorCode().orElse("")))
                            .isIn("MVCC_READ_CONFLICT", "ASSET_EXISTS"));
            assertThat(failures).anySatisfy(failure -> {
                assertThat(failure.errorCode()).isEqualTo(LedgerErrorCode.INVALID_TRANSACTION);
                assertThat(failure.validationCode()).contains("MVCC_READ_CONFLICT");
                assertThat(ledger.transaction(failure.txId().orElseThrow()))
                        .map(TransactionRecord::validationCode)
                        .contains("MVCC_READ_CONFLICT");
            });
            Committed winner = (Committed) outcomes.stream()
                    .filter(Committed.class::isInstance)
                    .findFirst()
                    .orElseThrow();
            String value = ledger.evaluate(operator, "assets:read", asset);
            assertThat(value).isEqualTo("v" + outcomes.indexOf(winner));
        }

        @Test
        void concurrent_updates_never_lose_an_update() throws InterruptedException {
            String asset = id();
            ledger.submit(operator, "assets:create", asset, "v0");
            List<CompletableFuture<Committed>> updates = new ArrayList<>();

            for (int i = 1; i <= 16; i++) {
                updates.add(ledger.submitAsync(operator, "assets:update", List.of(asset, "v" + i)));
            }

            List<Object> outcomes = outcomes(updates);
            List<String> previousValues = outcomes.stream()
                    .filter(Committed.class::isInstance)
                    .map(o -> ((Committed) o).payloadText())
                    .toList();
            assertThat(previousValues).isNotEmpty().doesNotHaveDuplicates();
            assertThat(outcomes)
                    .filteredOn(LedgerException.class::isInstance)
                    .allSatisfy(o ->
                            assertThat(((LedgerException) o).validationCode()).contains("MVCC_READ_CONFLICT"));
            String last = ledger.evaluate(operator, "assets:read", asset);
            assertThat(previousValues).doesNotContain(last);
        }
    }

    @Nested
    class Events {
        @Test
        void chaincode_events_resume_after_the_checkpoint_across_a_restart_without_loss_or_duplicates() {
            String consumer = "consumer-" + id();
            long start = ledger.height() + 1;
            List<String> assets = List.of(id(), id(), id());
            for (String asset : assets) {
                ledger.submit(operator, "assets:create", asset, "x");
            }
            try (EventStream<ChaincodeEvent> events = ledger.chaincodeEvents(start)) {
                List<String> seen = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    seen.add(events.next(WAIT).orElseThrow().payloadText());
                }
                assertThat(seen).containsExactly(payloads(assets).toArray(String[]::new));
            }
            try (EventStream<ChaincodeEvent> events = ledger.chaincodeEvents(consumer)) {
                ChaincodeEvent first;
                do {
                    first = events.next(WAIT).orElseThrow();
                } while (!first.payloadText().equals(payloads(assets).get(1)));
                events.checkpoint(first);
            }

            restart();
            String later = id();
            ledger.submit(operator, "assets:create", later, "x");

            try (EventStream<ChaincodeEvent> events = ledger.chaincodeEvents(consumer)) {
                assertThat(events.next(WAIT).orElseThrow().payloadText())
                        .isEqualTo(payloads(assets).get(2));
                ChaincodeEvent next = events.next(WAIT).orElseThrow();
                assertThat(next.payloadText())
                        .isEqualTo(payloads(List.of(later)).getFirst());
                assertThat(next.eventName()).isEqualTo("AssetCreated");
                assertThat(events.next(Duration.ofMillis(200))).isEmpty();
            }
        }

        @Test
        void block_events_start_at_any_block_and_report_validation_codes() {
            Committed committed = ledger.submit(operator, "assets:create", id(), "x");

            try (EventStream<BlockEvent> blocks = ledger.blockEvents(committed.blockNumber())) {
                BlockEvent block = blocks.next(WAIT).orElseThrow();

                assertThat(block.blockNumber()).isEqualTo(committed.blockNumber());
                assertThat(block.transactions()).contains(new BlockEvent.TransactionStatus(committed.txId(), "VALID"));
                assertThat(block.blockBytes()).isNotEmpty();
            }
        }

        @Test
        void block_stream_from_genesis_is_contiguous() {
            ledger.submit(operator, "assets:create", id(), "x");
            long height = ledger.height();
            try (EventStream<BlockEvent> blocks = ledger.blockEvents(0)) {
                for (long number = 0; number <= height; number++) {
                    Optional<BlockEvent> block = blocks.next(WAIT);
                    assertThat(block).map(BlockEvent::blockNumber).contains(number);
                }
            }
        }
    }

    @Nested
    class Restart {
        @Test
        void committed_state_and_height_survive_a_restart() {
            String asset = id();
            Committed committed = ledger.submit(operator, "assets:create", asset, "durable");
            long height = ledger.height();

            restart();

            assertThat(ledger.height()).isEqualTo(height);
            assertThat(ledger.evaluate(operator, "assets:read", asset)).isEqualTo("durable");
            assertThat(ledger.transaction(committed.txId()))
                    .map(TransactionRecord::validationCode)
                    .contains("VALID");
            Committed after = ledger.submit(operator, "assets:update", asset, "again");
            assertThat(after.blockNumber()).isEqualTo(height + 1);
        }
    }

    private static List<String> payloads(List<String> assets) {
        return assets.stream().map(asset -> "{\"id\":\"" + asset + "\"}").toList();
    }
}
