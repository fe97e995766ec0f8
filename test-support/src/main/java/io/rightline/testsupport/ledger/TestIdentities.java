package io.rightline.testsupport.ledger;

import io.rightline.network.identity.CertificateAuthority;
import io.rightline.network.identity.Identity;
import io.rightline.network.identity.NodeRole;
import io.rightline.network.identity.PartyAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Client identities for tests, issued by one cached CA per MSP with the Rightline party attributes.
 *
 * <pre>{@code
 * Identity alice = TestIdentities.creator("alice");
 * Identity platform = TestIdentities.platform();
 * }</pre>
 */
public final class TestIdentities {

    public static final String CREATORS_MSP = "CreatorsMSP";
    public static final String DISTRIBUTORS_MSP = "DistributorsMSP";
    public static final String PLATFORM_MSP = "PlatformMSP";

    private static final Map<String, CertificateAuthority> AUTHORITIES = new ConcurrentHashMap<>();
    private static final Map<String, Identity> ISSUED = new ConcurrentHashMap<>();

    private TestIdentities() {}

    /** A creator in {@link #CREATORS_MSP} whose party id is {@code partyId}. */
    public static Identity creator(String partyId) {
        return party(CREATORS_MSP, partyId, PartyAttributes.ROLE_CREATOR);
    }

    /** A collector in {@link #CREATORS_MSP}. */
    public static Identity collector(String partyId) {
        return party(CREATORS_MSP, partyId, PartyAttributes.ROLE_COLLECTOR);
    }

    /** A distributor in {@link #DISTRIBUTORS_MSP}. */
    public static Identity distributor(String partyId) {
        return party(DISTRIBUTORS_MSP, partyId, PartyAttributes.ROLE_DISTRIBUTOR);
    }

    /** An auditor in {@link #PLATFORM_MSP}. */
    public static Identity auditor(String partyId) {
        return party(PLATFORM_MSP, partyId, PartyAttributes.ROLE_AUDITOR);
    }

    /** The platform operator, party id {@code platform}, in {@link #PLATFORM_MSP}. */
    public static Identity platform() {
        return party(PLATFORM_MSP, "platform", PartyAttributes.ROLE_PLATFORM);
    }

    /** An identity of {@code mspId} with the given party attributes (cached per msp, party and role). */
    public static Identity party(String mspId, String partyId, String role) {
        return ISSUED.computeIfAbsent(
                mspId + "/" + partyId + "/" + role,
                key -> authority(mspId).issue(partyId, NodeRole.CLIENT, PartyAttributes.of(partyId, role)));
    }

    /** An identity without any Rightline attributes. */
    public static Identity withoutAttributes(String mspId, String commonName) {
        return authority(mspId).issue(commonName, NodeRole.CLIENT, Map.of());
    }

    /** The cached CA of {@code mspId}. */
    public static CertificateAuthority authority(String mspId) {
        return AUTHORITIES.computeIfAbsent(mspId, id -> CertificateAuthority.create(id, id.replace("MSP", "")));
    }
}
