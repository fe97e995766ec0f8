package io.rightline.chaincode.auction;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the winner and price from revealed bids. Ranking: highest amount first; equal amounts go to
 * the earlier commitment (transaction timestamp), then to the lexicographically smaller bidder id.
 * Bidders that already won {@code maxLotsPerBidder} lots of the sale are passed over.
 */
final class Award {

    /** The outcome: winner and the price it pays. */
    record Outcome(String winnerPartyId, long priceMinor) {}

    static final Comparator<Bid> RANKING = Comparator.comparing(Bid::amountMinor, Comparator.reverseOrder())
            .thenComparing(Bid::committedAt)
            .thenComparing(Bid::bidderPartyId);

    private Award() {}

    static Optional<Outcome> decide(
            AuctionFormat format, long reserveMinor, List<Bid> bids, Map<String, Integer> lotsWon, Integer maxLots) {
        List<Bid> ranked = bids.stream().filter(Bid::revealed).sorted(RANKING).toList();
        Optional<Bid> winner = ranked.stream()
                .filter(bid -> maxLots == null || lotsWon.getOrDefault(bid.bidderPartyId(), 0) < maxLots)
                .findFirst();
        return winner.map(bid -> new Outcome(bid.bidderPartyId(), price(format, reserveMinor, bid, ranked)));
    }

    private static long price(AuctionFormat format, long reserveMinor, Bid winner, List<Bid> ranked) {
        if (format == AuctionFormat.FIRST_PRICE) {
            return winner.amountMinor();
        }
        long highestLosing = ranked.stream()
                .filter(bid -> !bid.bidderPartyId().equals(winner.bidderPartyId()))
                .filter(bid -> bid.amountMinor() <= winner.amountMinor())
                .mapToLong(Bid::amountMinor)
                .max()
                .orElse(reserveMinor);
        return Math.max(highestLosing, reserveMinor);
    }
}
