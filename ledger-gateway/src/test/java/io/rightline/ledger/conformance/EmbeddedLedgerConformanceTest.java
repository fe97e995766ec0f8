package io.rightline.ledger.conformance;

/** The conformance suite against the embedded backend (one embedded PostgreSQL for the class). */
class EmbeddedLedgerConformanceTest extends LedgerConformanceTest {

    @Override
    protected LedgerBackend createBackend() {
        return EmbeddedBackend.start();
    }
}
