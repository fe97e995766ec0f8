package io.rightline.distribution.identity;

import java.util.Set;

/**
 * A user seeded into the embedded issuer for demonstrations and tests. Never used with an external
 * issuer.
 *
 * @param username login name; the password and the client secret are {@code <username>-demo}
 * @param userId stable user id, the token's {@code sub}
 * @param partyId the ledger party the user acts for
 * @param roles the user's roles
 */
public record DemoUser(String username, String userId, String partyId, Set<Role> roles) {
    public DemoUser {
        roles = Set.copyOf(roles);
    }

    /** Demo password, also the secret of the user's OAuth2 client. Demo only. */
    public String password() {
        return username + "-demo";
    }

    /** Id of the OAuth2 client that obtains tokens for this user with {@code client_credentials}. */
    public String clientId() {
        return "demo-" + username;
    }
}
