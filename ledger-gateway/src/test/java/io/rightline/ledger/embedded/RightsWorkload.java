package io.rightline.ledger.embedded;

import io.rightline.ledger.Committed;
import io.rightline.ledger.Ledger;
import io.rightline.ledger.RightsClient;
import io.rightline.network.identity.Identity;
import io.rightline.network.identity.PartyAttributes;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The rights chaincode: each client alternates {@code works:registerWork} (a new fingerprinted work) and
 * {@code licences:grantLicence} (a non-exclusive licence on the work it just registered), so clients never conflict.
 */
final class RightsWorkload implements Workload {
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicLong fingerprints = new AtomicLong();
    private RightsClient rights;
    private Identity creator;
    private String creatorId;
    private String distributorId;

    @Override
    public String name() {
        return "works:registerWork+licences:grantLicence";
    }

    @Override
    public void prepare(Ledger ledger, Identity caller, int clients) {
        rights = new RightsClient(ledger);
        String platformId = "platform-" + run;
        creatorId = "creator-" + run;
        distributorId = "distributor-" + run;
        Identity platform = ledger.membership()
                .issueClient("PlatformMSP", platformId, PartyAttributes.of(platformId, PartyAttributes.ROLE_PLATFORM));
        creator = ledger.membership()
                .issueClient("PlatformMSP", creatorId, PartyAttributes.of(creatorId, PartyAttributes.ROLE_CREATOR));
        rights.registerParty(platform, party(platformId, "PLATFORM", null));
        rights.registerParty(creator, party(creatorId, "CREATOR", null));
        rights.registerParty(platform, party(distributorId, "DISTRIBUTOR", "DistributorMSP"));
    }

    private static String party(String partyId, String role, String mspId) {
        return "{\"partyId\":\"" + partyId + "\",\"role\":\"" + role + "\""
                + (mspId == null ? "" : ",\"mspId\":\"" + mspId + "\"")
                + ",\"residenceCountry\":\"DE\",\"payoutCurrency\":\"EUR\"}";
    }

    @Override
    public Committed submit(Ledger ledger, Identity caller, int client, long sequence) {
        String workId = "w-" + run + "-" + client + "-" + (sequence / 2);
        if (sequence % 2 == 0) {
            String sha256 = HexFormat.of().toHexDigits(fingerprints.incrementAndGet()) + run + "0".repeat(40);
            return rights.registerWork(
                    creator,
                    "{\"workId\":\"" + workId + "\",\"sha256\":\"" + sha256
                            + "\",\"type\":\"AUDIO\",\"title\":\"Track " + workId + "\",\"owners\":[{\"partyId\":\""
                            + creatorId + "\",\"shareBps\":10000}]}");
        }
        return rights.grantLicence(
                creator,
                "{\"licenceId\":\"l-" + workId + "\",\"workId\":\"" + workId + "\",\"licenseePartyId\":\""
                        + distributorId + "\",\"territories\":{\"include\":[\"DE\",\"FR\"],\"exclude\":[]},"
                        + "\"window\":{\"start\":\"2026-01-01T00:00:00Z\",\"end\":\"2027-01-01T00:00:00Z\"},"
                        + "\"channel\":\"SVOD\",\"exclusive\":false,"
                        + "\"terms\":{\"fixedFee\":{\"amountMinor\":1000,\"currency\":\"EUR\"}}}");
    }
}
