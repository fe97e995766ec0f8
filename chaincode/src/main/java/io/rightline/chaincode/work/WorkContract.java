package io.rightline.chaincode.work;

import io.rightline.chaincode.common.Callers;
import io.rightline.chaincode.common.ErrorCode;
import io.rightline.chaincode.common.Json;
import io.rightline.chaincode.common.Ledger;
import io.rightline.chaincode.common.Party;
import io.rightline.chaincode.common.PartyRole;
import io.rightline.chaincode.common.Refusals;
import io.rightline.chaincode.common.Share;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * Works, their fingerprints and owners. The exact SHA-256 and every perceptual fingerprint are
 * indexed; registering any of them again is refused with the existing work's id.
 */
@Contract(name = "works", info = @Info(title = "Rightline works", version = "1"))
public final class WorkContract implements ContractInterface {

    static final String FINGERPRINT_KEY = "fingerprint";
    static final String TRANSFER_KEY = "share-transfer";

    /** Registers a work; the caller must be a creator and one of its owners. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String registerWork(Context ctx, String requestJson) {
        Party caller = Callers.require(ctx, PartyRole.CREATOR);
        RegisterWorkRequest request = Json.read(requestJson, RegisterWorkRequest.class);
        Optional<Work> existing = Ledger.get(ctx, Ledger.key(ctx, Works.WORK_KEY, request.workId()), Work.class);
        if (existing.isPresent()) {
            if (!existing.get().request().equals(request)) {
                throw Refusals.refuse(
                        ErrorCode.ID_CONFLICT, "work " + request.workId() + " was registered differently");
            }
            return Json.write(existing.get());
        }
        if (request.owners().stream().noneMatch(owner -> owner.partyId().equals(caller.partyId()))) {
            throw Refusals.refuse(ErrorCode.NOT_OWNER, "the registering creator must be one of the owners");
        }
        request.owners().forEach(owner -> Callers.requireParty(ctx, owner.partyId(), PartyRole.CREATOR));
        List<String> fingerprints = fingerprints(request);
        for (String fingerprint : fingerprints) {
            Ledger.getText(ctx, fingerprintKey(ctx, fingerprint)).ifPresent(workId -> {
                throw Refusals.refuse(
                        ErrorCode.DUPLICATE_FINGERPRINT, "fingerprint " + fingerprint + " is already work " + workId);
            });
        }
        Work work = new Work(request, request.owners(), Ledger.now(ctx), caller.partyId(), 1);
        Ledger.put(ctx, Ledger.key(ctx, Works.WORK_KEY, request.workId()), work);
        fingerprints.forEach(fingerprint -> Ledger.putText(ctx, fingerprintKey(ctx, fingerprint), request.workId()));
        Ledger.emit(ctx, "WorkRegistered", Map.of("work", work));
        return Json.write(work);
    }

    /** Moves part of the caller's share to another creator; owners still sum to 10 000 bps. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String transferShare(Context ctx, String requestJson) {
        Party caller = Callers.require(ctx, PartyRole.CREATOR);
        TransferShareRequest request = Json.read(requestJson, TransferShareRequest.class);
        String transferKey = Ledger.key(ctx, TRANSFER_KEY, request.transferId());
        Optional<ShareTransfer> done = Ledger.get(ctx, transferKey, ShareTransfer.class);
        if (done.isPresent()) {
            if (!done.get().request().equals(request)
                    || !done.get().fromPartyId().equals(caller.partyId())) {
                throw Refusals.refuse(ErrorCode.ID_CONFLICT, "transfer " + request.transferId() + " differs");
            }
            return Json.write(done.get());
        }
        Work work = Works.requireOwned(ctx, request.workId(), caller);
        int held = work.ownerShare(caller.partyId()).orElseThrow().shareBps();
        if (held < request.shareBps()) {
            throw Refusals.refuse(
                    ErrorCode.INSUFFICIENT_SHARE,
                    caller.partyId() + " holds " + held + " bps, not " + request.shareBps());
        }
        if (request.toPartyId().equals(caller.partyId())) {
            throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, "cannot transfer a share to oneself");
        }
        Callers.requireParty(ctx, request.toPartyId(), PartyRole.CREATOR);
        List<Share> owners = moveShare(work.owners(), caller.partyId(), request.toPartyId(), request.shareBps());
        Work updated =
                new Work(work.request(), owners, work.registeredAt(), work.registeredBy(), work.ownersVersion() + 1);
        ShareTransfer transfer = new ShareTransfer(request, caller.partyId(), Ledger.now(ctx), owners);
        Ledger.put(ctx, Ledger.key(ctx, Works.WORK_KEY, work.workId()), updated);
        Ledger.put(ctx, transferKey, transfer);
        Ledger.emit(ctx, "ShareTransferred", Map.of("transfer", transfer));
        return Json.write(transfer);
    }

    /** The work {@code workId}; refuses with WORK_NOT_FOUND. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getWork(Context ctx, String workId) {
        return Json.write(Works.require(ctx, workId));
    }

    /** The work id registered with the fingerprint (SHA-256 hex or {@code algorithm:value}), or {@code ""}. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String findByFingerprint(Context ctx, String fingerprint) {
        return Ledger.getText(ctx, fingerprintKey(ctx, fingerprint)).orElse("");
    }

    static List<Share> moveShare(List<Share> owners, String from, String to, int bps) {
        List<Share> result = new ArrayList<>();
        boolean receiverPresent = false;
        for (Share owner : owners) {
            int share = owner.shareBps();
            if (owner.partyId().equals(from)) {
                share -= bps;
            }
            if (owner.partyId().equals(to)) {
                share += bps;
                receiverPresent = true;
            }
            if (share > 0) {
                result.add(new Share(owner.partyId(), share));
            }
        }
        if (!receiverPresent) {
            result.add(new Share(to, bps));
        }
        result.sort(Comparator.comparing(Share::partyId));
        return List.copyOf(result);
    }

    private static List<String> fingerprints(RegisterWorkRequest request) {
        List<String> all = new ArrayList<>();
        all.add("sha256:" + request.sha256());
        all.addAll(request.perceptualFingerprints());
        return all;
    }

    private static String fingerprintKey(Context ctx, String fingerprint) {
        String normalised = fingerprint.matches("[0-9a-f]{64}") ? "sha256:" + fingerprint : fingerprint;
        return Ledger.key(ctx, FINGERPRINT_KEY, normalised);
    }
}
