package io.rightline.distribution.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The seeded demo users of the embedded issuer: one per role, and a second creator so that
 * isolation between creators can be shown. Credentials are public; they exist only on the embedded
 * issuer.
 */
public final class DemoUsers {
    /** Every demo user. */
    public static final List<DemoUser> ALL = List.of(
            new DemoUser("creator", "user-creator", "party-creator", Set.of(Role.CREATOR)),
            new DemoUser("creator2", "user-creator2", "party-creator2", Set.of(Role.CREATOR)),
            new DemoUser("distributor", "user-distributor", "party-distributor", Set.of(Role.DISTRIBUTOR)),
            new DemoUser("collector", "user-collector", "party-collector", Set.of(Role.COLLECTOR)),
            new DemoUser("viewer", "user-viewer", "party-viewer", Set.of(Role.VIEWER)),
            new DemoUser("auditor", "user-auditor", "party-auditor", Set.of(Role.AUDITOR)),
            new DemoUser("admin", "user-admin", "party-platform", Set.of(Role.ADMIN)));

    private DemoUsers() {}

    /** The demo user with this login name or OAuth2 client id. */
    public static Optional<DemoUser> byUsernameOrClientId(String name) {
        return ALL.stream()
                .filter(user -> user.username().equals(name) || user.clientId().equals(name))
                .findFirst();
    }
}
