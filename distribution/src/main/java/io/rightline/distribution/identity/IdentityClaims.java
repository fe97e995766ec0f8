package io.rightline.distribution.identity;

/** Names of the token claims this server reads. */
public final class IdentityClaims {
    /** Roles of the caller, lower case: {@code ["creator"]}. */
    public static final String ROLES = "roles";

    /** The ledger party the caller acts for. */
    public static final String PARTY_ID = "party_id";

    /** Login name shown to people. */
    public static final String USERNAME = "preferred_username";

    private IdentityClaims() {}
}
