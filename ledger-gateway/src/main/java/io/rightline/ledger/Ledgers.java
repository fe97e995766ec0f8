package io.rightline.ledger;

import io.rightline.ledger.embedded.EmbeddedLedgerConfig;
import io.rightline.ledger.embedded.EmbeddedLedgers;

/** Creates ledger backends. */
public final class Ledgers {

    private Ledgers() {}

    /**
     * Opens (creating on first use) the embedded ledger: the chaincode on the classpath executed in-process with
     * Fabric's execute-order-validate semantics, blocks and state in PostgreSQL.
     */
    public static Ledger embedded(EmbeddedLedgerConfig config) {
        return EmbeddedLedgers.open(config);
    }
}
