package io.rightline.ledger.embedded;

import io.rightline.ledger.Committed;
import io.rightline.ledger.Ledger;
import io.rightline.network.identity.Identity;
import java.util.UUID;

/** Test contract {@code assets}: a create (blind insert after an absence read), then read-modify-write updates. */
final class AssetWorkload implements Workload {
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Override
    public String name() {
        return "assets:create+update";
    }

    @Override
    public Committed submit(Ledger ledger, Identity caller, int client, long sequence) {
        String id = run + "-" + client + "-" + (sequence / 2);
        String value = "{\"client\":" + client + ",\"sequence\":" + sequence + "}";
        return sequence % 2 == 0
                ? ledger.submit(caller, "assets:create", id, value)
                : ledger.submit(caller, "assets:update", id, value);
    }
}
