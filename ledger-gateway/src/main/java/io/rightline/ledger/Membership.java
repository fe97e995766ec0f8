package io.rightline.ledger;

import io.rightline.network.identity.Identity;
import java.util.Map;
import java.util.Set;

/** The organisations on the channel and the issuing of client identities by their CAs. */
public interface Membership {

    /** MSP ids of the peer organisations (the endorsers). */
    Set<String> peerOrganisations();

    /**
     * Issues a client identity from an organisation's CA.
     *
     * @param mspId e.g. {@code PlatformMSP}
     * @param commonName the certificate subject CN
     * @param attributes certificate attributes such as {@code rightline.party} and {@code rightline.role}
     */
    Identity issueClient(String mspId, String commonName, Map<String, String> attributes);
}
