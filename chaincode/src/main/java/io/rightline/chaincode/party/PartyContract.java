package io.rightline.chaincode.party;

import io.rightline.chaincode.common.Callers;
import io.rightline.chaincode.common.ErrorCode;
import io.rightline.chaincode.common.Json;
import io.rightline.chaincode.common.Ledger;
import io.rightline.chaincode.common.Party;
import io.rightline.chaincode.common.PartyRole;
import io.rightline.chaincode.common.Refusals;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * Parties bound to X.509 identities. Creators, collectors and the platform register themselves (the
 * certificate's party and role attributes must name the party being registered); only the platform
 * registers distributors and auditors.
 */
@Contract(name = "parties", info = @Info(title = "Rightline parties", version = "1"))
public final class PartyContract implements ContractInterface {

    static final String PLATFORM_KEY = "platform-party";

    /** Registers a party; a retried identical request returns the existing party. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String registerParty(Context ctx, String requestJson) {
        RegisterPartyRequest request = Json.read(requestJson, RegisterPartyRequest.class);
        PartyRole role = request.partyRole();
        String registeredBy;
        String mspId;
        if (role == PartyRole.DISTRIBUTOR || role == PartyRole.AUDITOR) {
            registeredBy = Callers.require(ctx, PartyRole.PLATFORM).partyId();
            if (request.mspId() == null) {
                throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, "mspId is required for a " + request.role());
            }
            mspId = request.mspId();
        } else {
            mspId = requireSelf(ctx, request, role);
            registeredBy = request.partyId();
        }
        Party party = new Party(
                request.partyId(),
                role,
                mspId,
                request.residenceCountry(),
                request.payoutCurrency(),
                request.evmAddress() == null ? null : request.evmAddress().toLowerCase(Locale.ROOT),
                Ledger.now(ctx),
                registeredBy);
        Optional<Party> existing = Callers.find(ctx, request.partyId());
        if (existing.isPresent()) {
            return Json.write(sameRegistration(existing.get(), party));
        }
        if (role == PartyRole.PLATFORM) {
            Ledger.putText(ctx, Ledger.key(ctx, PLATFORM_KEY), party.partyId());
        }
        Ledger.put(ctx, Ledger.key(ctx, Callers.PARTY_KEY, party.partyId()), party);
        Ledger.emit(ctx, "PartyRegistered", Map.of("party", party));
        return Json.write(party);
    }

    /** The party {@code partyId}; refuses with UNKNOWN_PARTY when absent. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getParty(Context ctx, String partyId) {
        return Json.write(Callers.find(ctx, partyId)
                .orElseThrow(() -> Refusals.refuse(ErrorCode.UNKNOWN_PARTY, "no party " + partyId)));
    }

    private static String requireSelf(Context ctx, RegisterPartyRequest request, PartyRole role) {
        Callers.Claim claim = Callers.claim(ctx);
        if (!claim.partyId().equals(request.partyId()) || claim.role() != role) {
            throw Refusals.refuse(
                    ErrorCode.ROLE_NOT_ALLOWED,
                    "a " + role.attributeValue() + " registers itself: certificate names " + claim.partyId() + " as "
                            + claim.role().attributeValue());
        }
        if (request.mspId() != null && !request.mspId().equals(claim.mspId())) {
            throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, "mspId differs from the caller's MSP " + claim.mspId());
        }
        if (role == PartyRole.PLATFORM) {
            Ledger.getText(ctx, Ledger.key(ctx, PLATFORM_KEY))
                    .filter(existing -> !existing.equals(request.partyId()))
                    .ifPresent(existing -> {
                        throw Refusals.refuse(ErrorCode.ROLE_NOT_ALLOWED, "the platform is already " + existing);
                    });
        }
        return claim.mspId();
    }

    private static Party sameRegistration(Party existing, Party requested) {
        boolean same = existing.role() == requested.role()
                && existing.mspId().equals(requested.mspId())
                && existing.residenceCountry().equals(requested.residenceCountry())
                && existing.payoutCurrency().equals(requested.payoutCurrency())
                && java.util.Objects.equals(existing.evmAddress(), requested.evmAddress());
        if (!same) {
            throw Refusals.refuse(ErrorCode.ID_CONFLICT, "party " + existing.partyId() + " is registered differently");
        }
        return existing;
    }
}
