package io.rightline.network.identity;

/**
 * The Fabric NodeOU an issued certificate belongs to. The role becomes the certificate's
 * organisational unit, which the MSP's {@code config.yaml} maps to client, peer, admin or orderer.
 *
 * <pre>{@code
 * Identity peer = ca.issue("peer0.creators", NodeRole.PEER, Map.of());
 * }</pre>
 */
public enum NodeRole {
    CLIENT("client"),
    PEER("peer"),
    ADMIN("admin"),
    ORDERER("orderer");

    private final String organisationalUnit;

    NodeRole(String organisationalUnit) {
        this.organisationalUnit = organisationalUnit;
    }

    /** The OU value written into the certificate subject, e.g. {@code client}. */
    public String organisationalUnit() {
        return organisationalUnit;
    }
}
