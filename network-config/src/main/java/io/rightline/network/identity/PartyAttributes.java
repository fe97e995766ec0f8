package io.rightline.network.identity;

import java.util.Map;

/**
 * Names of the certificate attributes that bind an X.509 identity to a Rightline party. They are
 * written in the Fabric CA attribute extension, so chaincode reads them with
 * {@code ctx.getClientIdentity().getAttributeValue(PartyAttributes.PARTY)}.
 *
 * <pre>{@code
 * Identity alice = ca.issue("alice", NodeRole.CLIENT, PartyAttributes.of("creator-alice", PartyAttributes.ROLE_CREATOR));
 * }</pre>
 */
public final class PartyAttributes {

    /** Attribute holding the party id. */
    public static final String PARTY = "rightline.party";

    /** Attribute holding the party role: one of the {@code ROLE_*} values. */
    public static final String ROLE = "rightline.role";

    public static final String ROLE_CREATOR = "creator";
    public static final String ROLE_DISTRIBUTOR = "distributor";
    public static final String ROLE_COLLECTOR = "collector";
    public static final String ROLE_AUDITOR = "auditor";
    public static final String ROLE_PLATFORM = "platform";

    private PartyAttributes() {}

    /** The attribute map for a party id and role, ready for {@link CertificateAuthority#issue}. */
    public static Map<String, String> of(String partyId, String role) {
        return Map.of(PARTY, partyId, ROLE, role);
    }
}
