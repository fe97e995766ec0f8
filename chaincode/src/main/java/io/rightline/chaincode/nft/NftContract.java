package io.rightline.chaincode.nft;

import io.rightline.chaincode.common.Callers;
import io.rightline.chaincode.common.ErrorCode;
import io.rightline.chaincode.common.Json;
import io.rightline.chaincode.common.Ledger;
import io.rightline.chaincode.common.Party;
import io.rightline.chaincode.common.PartyRole;
import io.rightline.chaincode.common.Refusals;
import io.rightline.chaincode.work.Works;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * NFT edition links. Owners set the edition cap of a work; the platform links each minted edition
 * (edition number within the cap, EVM chain, contract, token, mint transaction). An edition number or
 * a token is linked at most once.
 */
@Contract(name = "nfts", info = @Info(title = "Rightline NFT edition links", version = "1"))
public final class NftContract implements ContractInterface {

    static final String CAP_KEY = "edition-cap";
    static final String EDITION_KEY = "edition";
    static final String TOKEN_KEY = "edition-token";

    /** Sets the cap; an owner only. The cap never drops below the editions already linked. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String setEditionCap(Context ctx, String workId, int cap) {
        Party caller = Callers.require(ctx, PartyRole.CREATOR);
        Works.requireOwned(ctx, workId, caller);
        if (cap < 1 || cap > 1_000_000) {
            throw Refusals.refuse(ErrorCode.EDITION_OUT_OF_RANGE, "cap must be 1..1000000: " + cap);
        }
        Optional<EditionCap> current = Ledger.get(ctx, Ledger.key(ctx, CAP_KEY, workId), EditionCap.class);
        if (current.isPresent() && current.get().cap() == cap) {
            return Json.write(current.get());
        }
        int highestLinked = editions(ctx, workId).stream()
                .mapToInt(e -> e.link().editionNumber())
                .max()
                .orElse(0);
        if (cap < highestLinked) {
            throw Refusals.refuse(ErrorCode.EDITION_OUT_OF_RANGE, "edition " + highestLinked + " is already linked");
        }
        EditionCap editionCap = new EditionCap(workId, cap, caller.partyId(), Ledger.now(ctx));
        Ledger.put(ctx, Ledger.key(ctx, CAP_KEY, workId), editionCap);
        Ledger.emit(ctx, "EditionCapSet", Map.of("cap", editionCap));
        return Json.write(editionCap);
    }

    /** Links a minted edition; the platform only. A retried identical link returns the stored one. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String linkEdition(Context ctx, String requestJson) {
        Party caller = Callers.require(ctx, PartyRole.PLATFORM);
        EditionLinkRequest request = Json.read(requestJson, EditionLinkRequest.class);
        Works.require(ctx, request.workId());
        String editionKey = editionKey(ctx, request.workId(), request.editionNumber());
        Optional<EditionLink> existing = Ledger.get(ctx, editionKey, EditionLink.class);
        if (existing.isPresent()) {
            if (existing.get().link().equals(request)) {
                return Json.write(existing.get());
            }
            throw Refusals.refuse(
                    ErrorCode.EDITION_ALREADY_LINKED,
                    "edition " + request.editionNumber() + " of " + request.workId() + " is linked");
        }
        EditionCap cap = Ledger.get(ctx, Ledger.key(ctx, CAP_KEY, request.workId()), EditionCap.class)
                .orElseThrow(() ->
                        Refusals.refuse(ErrorCode.EDITIONS_NOT_ENABLED, "no edition cap for " + request.workId()));
        if (request.editionNumber() < 1 || request.editionNumber() > cap.cap()) {
            throw Refusals.refuse(
                    ErrorCode.EDITION_OUT_OF_RANGE, "edition " + request.editionNumber() + " outside 1.." + cap.cap());
        }
        String tokenKey = Ledger.key(
                ctx, TOKEN_KEY, Long.toString(request.chainId()), request.contractAddress(), request.tokenId());
        Ledger.getText(ctx, tokenKey).ifPresent(linked -> {
            throw Refusals.refuse(ErrorCode.EDITION_ALREADY_LINKED, "token is already linked as " + linked);
        });
        EditionLink link = new EditionLink(request, Ledger.now(ctx), caller.partyId());
        Ledger.put(ctx, editionKey, link);
        Ledger.putText(ctx, tokenKey, request.workId() + "#" + request.editionNumber());
        Ledger.emit(ctx, "EditionLinked", Map.of("edition", link));
        return Json.write(link);
    }

    /** The linked editions of a work, by edition number. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String editionsOfWork(Context ctx, String workId) {
        return Json.write(editions(ctx, workId));
    }

    private static List<EditionLink> editions(Context ctx, String workId) {
        return Ledger.byPrefix(ctx, EDITION_KEY, workId).stream()
                .map(entry -> Json.fromBytes(entry.getValue(), EditionLink.class))
                .toList();
    }

    private static String editionKey(Context ctx, String workId, int editionNumber) {
        return Ledger.key(ctx, EDITION_KEY, workId, String.format("%010d", Math.max(editionNumber, 0)));
    }
}
