package io.rightline.ledger.embedded;

import io.rightline.ledger.Committed;
import io.rightline.ledger.Ledger;
import io.rightline.network.identity.Identity;

/** What one benchmark client submits; each call must commit (no conflicts between clients). */
interface Workload {

    /** Name printed with the figures. */
    String name();

    /** Prepares whatever the client's transactions need (parties, works). */
    default void prepare(Ledger ledger, Identity caller, int clients) {}

    /** The {@code sequence}-th transaction of client {@code client}. */
    Committed submit(Ledger ledger, Identity caller, int client, long sequence);
}
