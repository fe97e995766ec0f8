package io.rightline.ledger.conformance;

import io.rightline.ledger.Ledger;

/** A ledger backend under test: storage that outlives {@link #open()}ed ledgers, so restarts can be tested. */
public interface LedgerBackend extends AutoCloseable {

    /** Opens a ledger on this backend's storage (again after a previous ledger was closed). */
    Ledger open();

    /** Removes the storage. */
    @Override
    void close();
}
