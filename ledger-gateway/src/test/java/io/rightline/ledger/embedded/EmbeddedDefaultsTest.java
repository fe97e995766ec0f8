package io.rightline.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.rightline.ledger.Committed;
import io.rightline.ledger.Ledger;
import io.rightline.ledger.Ledgers;
import io.rightline.network.identity.Identity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default configuration: PostgreSQL and CAs under the data directory, reused across restarts. */
class EmbeddedDefaultsTest {

    @Test
    void restart_on_the_same_data_directory_keeps_state_cas_and_client_identities(@TempDir Path data) throws Exception {
        EmbeddedLedgerConfig config = EmbeddedLedgerConfig.defaults(data);
        Identity client;
        Committed committed;
        try (Ledger ledger = Ledgers.embedded(config)) {
            client = ledger.membership().issueClient("DistributorMSP", "distributor-1", Map.of());
            committed = ledger.submit(client, "assets:create", "kept", "{\"v\":1}");
        }
        assertThat(data.resolve("msp/PlatformMSP")).isDirectory();
        assertThat(Files.list(data.resolve("postgres")).count()).isPositive();

        try (Ledger ledger = Ledgers.embedded(config)) {
            assertThat(ledger.height()).isEqualTo(committed.blockNumber());
            assertThat(ledger.evaluate(client, "assets:read", "kept")).isEqualTo("{\"v\":1}");
            Committed again = ledger.submit(client, "assets:update", "kept", "{\"v\":2}");
            assertThat(again.blockNumber()).isEqualTo(committed.blockNumber() + 1);
        }
        assertThat(ReplayCommand.run(config)).isTrue();
    }
}
