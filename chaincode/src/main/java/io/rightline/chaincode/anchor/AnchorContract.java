package io.rightline.chaincode.anchor;

import io.rightline.chaincode.common.Callers;
import io.rightline.chaincode.common.ErrorCode;
import io.rightline.chaincode.common.Json;
import io.rightline.chaincode.common.Ledger;
import io.rightline.chaincode.common.Party;
import io.rightline.chaincode.common.PartyRole;
import io.rightline.chaincode.common.Refusals;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * Settlement anchors: an append-only hash chain recorded by the platform. Each anchor names the hash
 * of the current head; a correction is a new anchor that references the anchor it corrects.
 */
@Contract(name = "anchors", info = @Info(title = "Rightline settlement anchors", version = "1"))
public final class AnchorContract implements ContractInterface {

    static final String ANCHOR_KEY = "anchor";
    static final String HEAD_KEY = "anchor-head";

    /** Appends an anchor; only the platform may. A retried identical request returns the stored anchor. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String recordAnchor(Context ctx, String requestJson) {
        Party caller = Callers.require(ctx, PartyRole.PLATFORM);
        RecordAnchorRequest request = Json.read(requestJson, RecordAnchorRequest.class);
        Optional<Anchor> existing = find(ctx, request.anchorId());
        if (existing.isPresent()) {
            if (!existing.get().request().equals(request)) {
                throw Refusals.refuse(ErrorCode.ID_CONFLICT, "anchor " + request.anchorId() + " differs");
            }
            return Json.write(existing.get());
        }
        Optional<Anchor> head = head(ctx);
        String headHash = head.map(Anchor::anchorHash).orElse(null);
        if (!Objects.equals(headHash, request.previousAnchorHash())) {
            throw Refusals.refuse(
                    ErrorCode.ANCHOR_CHAIN_BROKEN,
                    "previousAnchorHash must be " + (headHash == null ? "absent" : headHash));
        }
        if (request.corrects() != null && find(ctx, request.corrects()).isEmpty()) {
            throw Refusals.refuse(
                    ErrorCode.ANCHOR_NOT_FOUND, "corrected anchor " + request.corrects() + " does not exist");
        }
        long sequence = head.map(a -> a.sequence() + 1).orElse(1L);
        Anchor unhashed = new Anchor(
                request,
                sequence,
                Ledger.now(ctx),
                caller.partyId(),
                ctx.getStub().getTxId(),
                null);
        Anchor anchor = new Anchor(
                request,
                sequence,
                unhashed.recordedAt(),
                caller.partyId(),
                unhashed.txId(),
                sha256Hex(Json.bytes(unhashed)));
        Ledger.put(ctx, Ledger.key(ctx, ANCHOR_KEY, request.anchorId()), anchor);
        Ledger.putText(ctx, Ledger.key(ctx, HEAD_KEY), request.anchorId());
        Ledger.emit(ctx, "AnchorRecorded", Map.of("anchor", anchor));
        return Json.write(anchor);
    }

    /** The anchor {@code anchorId}. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getAnchor(Context ctx, String anchorId) {
        return Json.write(find(ctx, anchorId)
                .orElseThrow(() -> Refusals.refuse(ErrorCode.ANCHOR_NOT_FOUND, "no anchor " + anchorId)));
    }

    /** The head of the chain; refuses with ANCHOR_NOT_FOUND when no anchor exists. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String latestAnchor(Context ctx) {
        return Json.write(head(ctx).orElseThrow(() -> Refusals.refuse(ErrorCode.ANCHOR_NOT_FOUND, "no anchors yet")));
    }

    /** Hex SHA-256 of {@code bytes}. */
    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    private static Optional<Anchor> head(Context ctx) {
        return Ledger.getText(ctx, Ledger.key(ctx, HEAD_KEY)).flatMap(id -> find(ctx, id));
    }

    private static Optional<Anchor> find(Context ctx, String anchorId) {
        return Ledger.get(ctx, Ledger.key(ctx, ANCHOR_KEY, anchorId), Anchor.class);
    }
}
