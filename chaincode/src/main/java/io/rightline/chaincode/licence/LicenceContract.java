package io.rightline.chaincode.licence;

import io.rightline.chaincode.common.Callers;
import io.rightline.chaincode.common.ErrorCode;
import io.rightline.chaincode.common.Json;
import io.rightline.chaincode.common.Ledger;
import io.rightline.chaincode.common.Party;
import io.rightline.chaincode.common.PartyRole;
import io.rightline.chaincode.common.Refusals;
import io.rightline.chaincode.common.Territory;
import io.rightline.chaincode.work.Works;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/** Licences: grants by an owner of the work, revocation, and availability queries. */
@Contract(name = "licences", info = @Info(title = "Rightline licences", version = "1"))
public final class LicenceContract implements ContractInterface {

    /** Grants a licence; the caller must own the work and the grant must not conflict. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String grantLicence(Context ctx, String requestJson) {
        Party caller = Callers.require(ctx, PartyRole.CREATOR);
        GrantLicenceRequest request = Json.read(requestJson, GrantLicenceRequest.class);
        Optional<Licence> existing = Licensing.find(ctx, request.licenceId());
        if (existing.isPresent()) {
            if (!existing.get().grant().equals(request) || existing.get().auctionId() != null) {
                throw Refusals.refuse(ErrorCode.ID_CONFLICT, "licence " + request.licenceId() + " differs");
            }
            return Json.write(existing.get());
        }
        Works.requireOwned(ctx, request.workId(), caller);
        Callers.requireParty(ctx, request.licenseePartyId(), PartyRole.DISTRIBUTOR, PartyRole.PLATFORM);
        Licensing.requireNoConflict(
                ctx, request.workId(), request.channel(), request.territories(), request.window(), request.exclusive());
        Licence licence = new Licence(request, caller.partyId(), null, Ledger.now(ctx), null);
        Licensing.store(ctx, licence);
        Ledger.emit(ctx, "LicenceGranted", Map.of("licence", licence));
        return Json.write(licence);
    }

    /** Revokes an active licence; the caller must own the work. Revoking twice returns the revoked licence. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String revokeLicence(Context ctx, String licenceId) {
        Party caller = Callers.require(ctx, PartyRole.CREATOR);
        Licence licence = Licensing.find(ctx, licenceId)
                .orElseThrow(() -> Refusals.refuse(ErrorCode.LICENCE_NOT_FOUND, "no licence " + licenceId));
        Works.requireOwned(ctx, licence.grant().workId(), caller);
        if (!licence.active()) {
            return Json.write(licence);
        }
        Licence revoked = new Licence(
                licence.grant(), licence.grantorPartyId(), licence.auctionId(), licence.grantedAt(), Ledger.now(ctx));
        Ledger.put(ctx, Ledger.key(ctx, Licensing.LICENCE_KEY, licenceId), revoked);
        Ledger.emit(ctx, "LicenceRevoked", Map.of("licence", revoked, "revokedBy", caller.partyId()));
        return Json.write(revoked);
    }

    /** The licence {@code licenceId}. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getLicence(Context ctx, String licenceId) {
        return Json.write(Licensing.find(ctx, licenceId)
                .orElseThrow(() -> Refusals.refuse(ErrorCode.LICENCE_NOT_FOUND, "no licence " + licenceId)));
    }

    /** All licences of a work (active and revoked), ordered by channel then licence id. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String licencesOfWork(Context ctx, String workId) {
        Works.require(ctx, workId);
        return Json.write(Licensing.licencesOf(ctx, workId));
    }

    /**
     * Whether {@code territory} is licensed for the work on {@code channel} at {@code instant}:
     * {@code {"licensed":true,"licenceId":"…","licenseePartyId":"…","licenceIds":[…]}}; {@code licenceId}
     * is the lowest matching id.
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String isLicensed(Context ctx, String workId, String territory, String channel, String instant) {
        Territory.require(territory);
        Channel parsedChannel = parseChannel(channel);
        Instant at = parseInstant(instant);
        List<Licence> matches = Licensing.licencesOf(ctx, workId, parsedChannel).stream()
                .filter(Licence::active)
                .filter(l -> l.grant().territories().covers(territory))
                .filter(l -> l.grant().window().contains(at))
                .toList();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("licensed", !matches.isEmpty());
        answer.put("licenceIds", matches.stream().map(Licence::licenceId).toList());
        if (!matches.isEmpty()) {
            answer.put("licenceId", matches.getFirst().licenceId());
            answer.put("licenseePartyId", matches.getFirst().grant().licenseePartyId());
        }
        return Json.write(answer);
    }

    private static Channel parseChannel(String channel) {
        try {
            return Channel.valueOf(channel);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, "unknown channel " + channel);
        }
    }

    private static Instant parseInstant(String instant) {
        try {
            return Instant.parse(instant);
        } catch (DateTimeParseException | NullPointerException e) {
            throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, "not an ISO-8601 instant: " + instant);
        }
    }
}
