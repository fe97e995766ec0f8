package io.rightline.distribution.identity;

import io.rightline.distribution.custody.PublicSigningKey;
import java.util.List;

/**
 * The caller as this server sees them.
 *
 * @param userId stable user id (the token's {@code sub})
 * @param username login name, if the issuer sent one
 * @param roles the caller's roles, lower case, sorted
 * @param partyId the ledger party the caller acts for
 * @param signingKey public half of the caller's custodial signing key
 */
public record Me(String userId, String username, List<String> roles, String partyId, PublicSigningKey signingKey) {}
