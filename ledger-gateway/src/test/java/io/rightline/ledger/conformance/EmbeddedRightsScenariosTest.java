package io.rightline.ledger.conformance;

/** The rights scenarios against the embedded backend. */
class EmbeddedRightsScenariosTest extends RightsScenariosTest {

    @Override
    protected LedgerBackend createBackend() {
        return EmbeddedBackend.start();
    }
}
