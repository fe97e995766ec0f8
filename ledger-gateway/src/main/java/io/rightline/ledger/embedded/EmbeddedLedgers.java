package io.rightline.ledger.embedded;

import io.rightline.ledger.Ledger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;

/** Opens the embedded ledger backend. */
public final class EmbeddedLedgers {

    private EmbeddedLedgers() {}

    /** Opens the ledger in {@code config.dataDirectory()}, creating CAs, schema and genesis block on first use. */
    public static Ledger open(EmbeddedLedgerConfig config) {
        return open(config, Clock.systemUTC());
    }

    /** Opens the ledger with the clock that stamps proposals. */
    public static Ledger open(EmbeddedLedgerConfig config, Clock clock) {
        try {
            Files.createDirectories(config.dataDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + config.dataDirectory(), e);
        }
        Database database = Database.open(config);
        try {
            return new EmbeddedLedger(config, clock, database, new ContractEngine(config.chaincodeName()));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }
}
