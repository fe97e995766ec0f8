package io.rightline.ledger.embedded;

import io.rightline.ledger.Committed;
import io.rightline.ledger.Ledger;
import io.rightline.ledger.LedgerException;
import io.rightline.ledger.Ledgers;
import io.rightline.network.identity.Identity;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sustained load for the fault test: clients submit until the process is killed; every transaction the ledger reports
 * committed is appended to the acknowledgement file before the client goes on (the file is written with one write per
 * line, so a SIGKILL loses at most lines not yet acknowledged to the client).
 *
 * <p>Arguments: JDBC URL, ledger data directory, acknowledgement file, clients.
 */
public final class FaultLoad {
    private static final Logger LOG = LoggerFactory.getLogger(FaultLoad.class);

    private FaultLoad() {}

    /** Runs until killed. */
    public static void main(String[] args) throws IOException {
        EmbeddedLedgerConfig config =
                EmbeddedLedgerConfig.defaults(Path.of(args[1])).withDatabase(args[0], "postgres", null);
        int clients = Integer.parseInt(args[3]);
        Ledger ledger = Ledgers.embedded(config);
        Identity caller = ledger.membership().issueClient("PlatformMSP", "fault-load", Map.of());
        BufferedWriter acks = Files.newBufferedWriter(
                Path.of(args[2]), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Workload workload = new AssetWorkload();
        LOG.info("fault load running clients={} height={}", clients, ledger.height());
        for (int client = 0; client < clients; client++) {
            int id = client;
            Thread.ofPlatform().start(() -> {
                for (long sequence = 0; ; sequence++) {
                    try {
                        Committed committed = workload.submit(ledger, caller, id, sequence);
                        acknowledge(acks, committed.txId());
                    } catch (LedgerException e) {
                        LOG.warn("submit failed code={} validationCode={}", e.errorCode(), e.validationCode());
                    }
                }
            });
        }
    }

    private static void acknowledge(BufferedWriter acks, String txId) {
        synchronized (acks) {
            try {
                acks.write(txId);
                acks.write('\n');
                acks.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
