package io.rightline.chaincode.auction;

import io.rightline.chaincode.common.Callers;
import io.rightline.chaincode.common.ErrorCode;
import io.rightline.chaincode.common.Json;
import io.rightline.chaincode.common.Ledger;
import io.rightline.chaincode.common.Money;
import io.rightline.chaincode.common.Party;
import io.rightline.chaincode.common.PartyRole;
import io.rightline.chaincode.common.Refusals;
import io.rightline.chaincode.licence.GrantLicenceRequest;
import io.rightline.chaincode.licence.Licence;
import io.rightline.chaincode.licence.Licensing;
import io.rightline.chaincode.licence.Terms;
import io.rightline.chaincode.work.Works;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * Sealed-bid regional-rights auctions (commit, reveal, close). Closing picks the winner and grants the
 * licence in the same transaction; the exclusivity rule is checked at opening and at award.
 */
@Contract(name = "auctions", info = @Info(title = "Rightline regional-rights auctions", version = "1"))
public final class AuctionContract implements ContractInterface {

    static final String AUCTION_KEY = "auction";
    static final String BID_KEY = "auction-bid";
    static final String SALE_KEY = "auction-sale";
    private static final Pattern COMMITMENT = Pattern.compile("[0-9a-f]{64}");

    /** Opens an auction for a lot of the caller's work. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String openAuction(Context ctx, String requestJson) {
        Party caller = Callers.require(ctx, PartyRole.CREATOR);
        OpenAuctionRequest lot = Json.read(requestJson, OpenAuctionRequest.class);
        Optional<Auction> existing = find(ctx, lot.auctionId());
        if (existing.isPresent()) {
            if (!existing.get().lot().equals(lot)) {
                throw Refusals.refuse(ErrorCode.ID_CONFLICT, "auction " + lot.auctionId() + " differs");
            }
            return Json.write(existing.get());
        }
        Works.requireOwned(ctx, lot.workId(), caller);
        Instant now = Ledger.now(ctx);
        if (!lot.biddingDeadline().isAfter(now)) {
            throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, "biddingDeadline must be in the future");
        }
        Licensing.requireNoConflict(ctx, lot.workId(), lot.channel(), lot.territories(), lot.window(), lot.exclusive());
        Auction auction = new Auction(lot, caller.partyId(), now, Auction.Status.OPEN, null, null, null, null);
        Ledger.put(ctx, Ledger.key(ctx, AUCTION_KEY, lot.auctionId()), auction);
        if (lot.saleId() != null) {
            Ledger.putText(ctx, Ledger.key(ctx, SALE_KEY, lot.saleId(), lot.auctionId()), lot.auctionId());
        }
        Ledger.emit(ctx, "AuctionOpened", Map.of("auction", auction));
        return Json.write(auction);
    }

    /** Commits a sealed bid (see {@link BidCommitment}) before the bidding deadline; distributors only. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String commitBid(Context ctx, String auctionId, String commitment) {
        Party caller = Callers.require(ctx, PartyRole.DISTRIBUTOR);
        if (commitment == null || !COMMITMENT.matcher(commitment).matches()) {
            throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, "commitment must be 64 lower-case hex digits");
        }
        Auction auction = require(ctx, auctionId);
        String bidKey = Ledger.key(ctx, BID_KEY, auctionId, caller.partyId());
        Optional<Bid> existing = Ledger.get(ctx, bidKey, Bid.class);
        if (existing.isPresent()) {
            if (existing.get().commitment().equals(commitment)) {
                return Json.write(existing.get());
            }
            throw Refusals.refuse(ErrorCode.BID_ALREADY_COMMITTED, caller.partyId() + " already bid in " + auctionId);
        }
        Instant now = Ledger.now(ctx);
        if (auction.status() != Auction.Status.OPEN
                || !now.isBefore(auction.lot().biddingDeadline())) {
            throw Refusals.refuse(ErrorCode.AUCTION_CLOSED, "bidding in " + auctionId + " has ended");
        }
        Bid bid = new Bid(
                auctionId, caller.partyId(), commitment, now, ctx.getStub().getTxId(), null, null, null, null);
        Ledger.put(ctx, bidKey, bid);
        Ledger.emit(
                ctx,
                "BidCommitted",
                Map.of("auctionId", auctionId, "bidder", caller.partyId(), "commitment", commitment));
        return Json.write(bid);
    }

    /** Reveals the caller's bid between the bidding and reveal deadlines. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String revealBid(Context ctx, String requestJson) {
        Party caller = Callers.require(ctx, PartyRole.DISTRIBUTOR);
        RevealBidRequest request = Json.read(requestJson, RevealBidRequest.class);
        Auction auction = require(ctx, request.auctionId());
        String bidKey = Ledger.key(ctx, BID_KEY, request.auctionId(), caller.partyId());
        Bid bid = Ledger.get(ctx, bidKey, Bid.class)
                .orElseThrow(() -> Refusals.refuse(ErrorCode.BID_NOT_FOUND, "no bid of " + caller.partyId()));
        String expected = BidCommitment.of(
                request.auctionId(), caller.partyId(), request.amountMinor(), request.currency(), request.salt());
        if (!expected.equals(bid.commitment())) {
            throw Refusals.refuse(ErrorCode.BID_COMMITMENT_MISMATCH, "revealed bid does not match the commitment");
        }
        if (bid.revealed()) {
            return Json.write(bid);
        }
        Instant now = Ledger.now(ctx);
        if (now.isBefore(auction.lot().biddingDeadline())) {
            throw Refusals.refuse(
                    ErrorCode.AUCTION_NOT_READY,
                    "reveals open at " + auction.lot().biddingDeadline());
        }
        if (auction.status() != Auction.Status.OPEN
                || !now.isBefore(auction.lot().revealDeadline())) {
            throw Refusals.refuse(
                    ErrorCode.AUCTION_CLOSED,
                    "reveals closed at " + auction.lot().revealDeadline());
        }
        Money reserve = auction.lot().reserve();
        if (!reserve.currency().equals(request.currency())) {
            throw Refusals.refuse(ErrorCode.CURRENCY_MISMATCH, "auction currency is " + reserve.currency());
        }
        if (request.amountMinor() < reserve.amountMinor()) {
            throw Refusals.refuse(ErrorCode.BELOW_RESERVE, "bid is below the reserve " + reserve.amountMinor());
        }
        Bid revealed = new Bid(
                bid.auctionId(),
                bid.bidderPartyId(),
                bid.commitment(),
                bid.committedAt(),
                bid.commitTxId(),
                request.amountMinor(),
                request.currency(),
                request.salt(),
                now);
        Ledger.put(ctx, bidKey, revealed);
        Ledger.emit(ctx, "BidRevealed", Map.of("bid", revealed));
        return Json.write(revealed);
    }

    /** Closes after the reveal deadline: awards the lot and grants the licence; the seller or the platform. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String closeAuction(Context ctx, String auctionId) {
        Party caller = Callers.require(ctx, PartyRole.CREATOR, PartyRole.PLATFORM);
        Auction auction = require(ctx, auctionId);
        if (caller.role() == PartyRole.CREATOR && !caller.partyId().equals(auction.sellerPartyId())) {
            throw Refusals.refuse(ErrorCode.NOT_OWNER, "only the seller or the platform closes " + auctionId);
        }
        if (auction.status() != Auction.Status.OPEN) {
            return Json.write(auction);
        }
        Instant now = Ledger.now(ctx);
        OpenAuctionRequest lot = auction.lot();
        if (now.isBefore(lot.revealDeadline())) {
            throw Refusals.refuse(ErrorCode.AUCTION_NOT_READY, "reveals run until " + lot.revealDeadline());
        }
        List<Bid> bids = bids(ctx, auctionId);
        Optional<Award.Outcome> outcome = Award.decide(
                lot.format(), lot.reserve().amountMinor(), bids, lotsWon(ctx, lot), lot.maxLotsPerBidder());
        if (outcome.isEmpty()) {
            Auction unsold = new Auction(
                    lot, auction.sellerPartyId(), auction.openedAt(), Auction.Status.NO_SALE, null, null, null, now);
            Ledger.put(ctx, Ledger.key(ctx, AUCTION_KEY, auctionId), unsold);
            Ledger.emit(ctx, "AuctionClosed", Map.of("auction", unsold));
            return Json.write(unsold);
        }
        return Json.write(award(ctx, auction, outcome.get(), now));
    }

    /** The auction {@code auctionId}. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getAuction(Context ctx, String auctionId) {
        return Json.write(require(ctx, auctionId));
    }

    /** The bids of an auction, by bidder; amounts appear only once revealed. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String bidsOfAuction(Context ctx, String auctionId) {
        return Json.write(bids(ctx, auctionId));
    }

    private static Auction award(Context ctx, Auction auction, Award.Outcome outcome, Instant now) {
        OpenAuctionRequest lot = auction.lot();
        Licensing.requireNoConflict(ctx, lot.workId(), lot.channel(), lot.territories(), lot.window(), lot.exclusive());
        String licenceId = "auction:" + lot.auctionId();
        GrantLicenceRequest grant = new GrantLicenceRequest(
                licenceId,
                lot.workId(),
                outcome.winnerPartyId(),
                lot.territories(),
                lot.window(),
                lot.channel(),
                lot.exclusive(),
                new Terms(new Money(outcome.priceMinor(), lot.reserve().currency()), null));
        Licence licence = new Licence(grant, auction.sellerPartyId(), lot.auctionId(), now, null);
        Licensing.store(ctx, licence);
        Auction awarded = new Auction(
                lot,
                auction.sellerPartyId(),
                auction.openedAt(),
                Auction.Status.AWARDED,
                outcome.winnerPartyId(),
                outcome.priceMinor(),
                licenceId,
                now);
        Ledger.put(ctx, Ledger.key(ctx, AUCTION_KEY, lot.auctionId()), awarded);
        if (lot.saleId() != null) {
            Ledger.putText(ctx, Ledger.key(ctx, SALE_KEY, lot.saleId(), lot.auctionId()), lot.auctionId());
        }
        Ledger.emit(ctx, "AuctionClosed", Map.of("auction", awarded, "licence", licence));
        return awarded;
    }

    private static Map<String, Integer> lotsWon(Context ctx, OpenAuctionRequest lot) {
        Map<String, Integer> won = new HashMap<>();
        if (lot.saleId() == null) {
            return won;
        }
        Ledger.byPrefix(ctx, SALE_KEY, lot.saleId()).stream()
                .map(entry -> find(ctx, entry.getStringValue()).orElseThrow())
                .filter(a -> a.status() == Auction.Status.AWARDED)
                .forEach(a -> won.merge(a.winnerPartyId(), 1, Integer::sum));
        return won;
    }

    private static List<Bid> bids(Context ctx, String auctionId) {
        return Ledger.byPrefix(ctx, BID_KEY, auctionId).stream()
                .map(entry -> Json.fromBytes(entry.getValue(), Bid.class))
                .toList();
    }

    private static Auction require(Context ctx, String auctionId) {
        return find(ctx, auctionId)
                .orElseThrow(() -> Refusals.refuse(ErrorCode.AUCTION_NOT_FOUND, "no auction " + auctionId));
    }

    private static Optional<Auction> find(Context ctx, String auctionId) {
        return Ledger.get(ctx, Ledger.key(ctx, AUCTION_KEY, auctionId), Auction.class);
    }
}
