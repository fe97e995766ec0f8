package io.rightline.chaincode.common;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.hyperledger.fabric.contract.ClientIdentity;
import org.hyperledger.fabric.contract.Context;

/** The guards every privileged transaction starts with: who is calling, as which registered party. */
public final class Callers {

    /** Attribute holding the party id (Fabric CA attribute extension). */
    public static final String PARTY_ATTRIBUTE = "rightline.party";

    /** Attribute holding the party role. */
    public static final String ROLE_ATTRIBUTE = "rightline.role";

    /** Object type of party records. */
    public static final String PARTY_KEY = "party";

    private Callers() {}

    /** The party id, role and MSP claimed by the caller's certificate, unverified against state. */
    public record Claim(String partyId, PartyRole role, String mspId) {}

    /** The caller's certificate claim, or {@link ErrorCode#NO_PARTY_IDENTITY}. */
    public static Claim claim(Context ctx) {
        ClientIdentity identity = ctx.getClientIdentity();
        String partyId = identity.getAttributeValue(PARTY_ATTRIBUTE);
        String role = identity.getAttributeValue(ROLE_ATTRIBUTE);
        if (partyId == null || role == null) {
            throw Refusals.refuse(
                    ErrorCode.NO_PARTY_IDENTITY, "certificate carries no rightline.party/rightline.role attributes");
        }
        return new Claim(partyId, PartyRole.parse(role), identity.getMSPID());
    }

    /**
     * The registered party the caller acts for, which must hold one of {@code allowed}. Refuses with
     * {@link ErrorCode#PARTY_NOT_REGISTERED} when the certificate's party is unknown or registered with
     * another MSP or role, and {@link ErrorCode#ROLE_NOT_ALLOWED} when the role is not allowed.
     */
    public static Party require(Context ctx, PartyRole... allowed) {
        Claim claim = claim(ctx);
        Party party = find(ctx, claim.partyId())
                .filter(p -> p.mspId().equals(claim.mspId()) && p.role() == claim.role())
                .orElseThrow(() -> Refusals.refuse(
                        ErrorCode.PARTY_NOT_REGISTERED,
                        "caller " + claim.partyId() + " of " + claim.mspId() + " is not a registered "
                                + claim.role().attributeValue()));
        if (!Set.of(allowed).contains(party.role())) {
            throw Refusals.refuse(
                    ErrorCode.ROLE_NOT_ALLOWED,
                    "role " + party.role().attributeValue() + " may not do this; allowed: " + Arrays.toString(allowed));
        }
        return party;
    }

    /** The registered party {@code partyId}, if any. */
    public static Optional<Party> find(Context ctx, String partyId) {
        return Ledger.get(ctx, Ledger.key(ctx, PARTY_KEY, partyId), Party.class);
    }

    /** The registered party {@code partyId} with one of {@code roles}, else {@link ErrorCode#UNKNOWN_PARTY}. */
    public static Party requireParty(Context ctx, String partyId, PartyRole... roles) {
        Party party =
                find(ctx, partyId).orElseThrow(() -> Refusals.refuse(ErrorCode.UNKNOWN_PARTY, "no party " + partyId));
        if (!Set.of(roles).contains(party.role())) {
            throw Refusals.refuse(
                    ErrorCode.UNKNOWN_PARTY,
                    "party " + partyId + " is a " + party.role().attributeValue() + ", expected one of "
                            + Arrays.toString(roles));
        }
        return party;
    }
}
