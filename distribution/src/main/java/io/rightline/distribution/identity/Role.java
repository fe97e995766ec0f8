package io.rightline.distribution.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * What a user may do. Tokens carry roles in lower case in their {@code roles} claim; Spring Security
 * sees them as {@code ROLE_<NAME>} authorities.
 */
public enum Role {
    CREATOR,
    DISTRIBUTOR,
    COLLECTOR,
    VIEWER,
    AUDITOR,
    ADMIN;

    /** The value in a token's {@code roles} claim, e.g. {@code creator}. */
    public String claimValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Spring Security authority, e.g. {@code ROLE_CREATOR}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role named by a claim value; empty for values this server does not know. */
    public static Optional<Role> fromClaim(String value) {
        for (Role role : values()) {
            if (role.claimValue().equals(value)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
