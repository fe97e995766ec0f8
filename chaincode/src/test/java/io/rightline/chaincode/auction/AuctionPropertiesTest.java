package io.rightline.chaincode.auction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class AuctionPropertiesTest {

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    private static List<Bid> bids(List<Long> amounts, List<Boolean> revealed) {
        List<Bid> bids = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            boolean open = revealed.get(i % revealed.size());
            bids.add(new Bid(
                    "a",
                    "bidder-" + (char) ('a' + i),
                    "c",
                    T.plusSeconds(i % 3),
                    "tx",
                    open ? amounts.get(i) : null,
                    open ? "EUR" : null,
                    null,
                    null));
        }
        return bids;
    }

    @Property(tries = 300)
    void second_price_winner_pays_highest_losing_revealed_bid_or_reserve(
            @ForAll @Size(min = 1, max = 8) List<@LongRange(min = 100, max = 1_000) Long> amounts,
            @ForAll @Size(min = 1, max = 8) List<Boolean> revealed,
            @ForAll @LongRange(min = 0, max = 100) long reserve) {
        List<Bid> all = bids(amounts, revealed);
        List<Bid> open = all.stream().filter(Bid::revealed).toList();

        var outcome = Award.decide(AuctionFormat.SECOND_PRICE, reserve, all, Map.of(), null);

        if (open.isEmpty()) {
            assertThat(outcome).isEmpty();
            return;
        }
        long highest = open.stream().mapToLong(Bid::amountMinor).max().orElseThrow();
        Bid winner = open.stream()
                .filter(b -> b.bidderPartyId().equals(outcome.orElseThrow().winnerPartyId()))
                .findFirst()
                .orElseThrow();
        long highestLosing = open.stream()
                .filter(b -> b != winner)
                .mapToLong(Bid::amountMinor)
                .max()
                .orElse(reserve);
        assertThat(winner.amountMinor()).isEqualTo(highest);
        assertThat(outcome.get().priceMinor()).isEqualTo(Math.max(highestLosing, reserve));
        assertThat(outcome.get().priceMinor()).isLessThanOrEqualTo(highest);
        Bid expectedWinner = open.stream()
                .filter(b -> b.amountMinor() == highest)
                .min(Comparator.comparing(Bid::committedAt).thenComparing(Bid::bidderPartyId))
                .orElseThrow();
        assertThat(winner).isEqualTo(expectedWinner);
    }

    @Property(tries = 200)
    void first_price_winner_pays_its_own_highest_bid(
            @ForAll @Size(min = 1, max = 8) List<@LongRange(min = 100, max = 1_000) Long> amounts) {
        List<Bid> all = bids(amounts, List.of(true));

        var outcome =
                Award.decide(AuctionFormat.FIRST_PRICE, 0, all, Map.of(), null).orElseThrow();

        assertThat(outcome.priceMinor())
                .isEqualTo(amounts.stream().mapToLong(Long::longValue).max().orElseThrow());
    }

    @Property(tries = 200)
    void outcome_does_not_depend_on_bid_order(
            @ForAll @Size(min = 1, max = 8) List<@LongRange(min = 100, max = 200) Long> amounts,
            @ForAll @IntRange(min = 0, max = 7) int rotation) {
        List<Bid> all = bids(amounts, List.of(true));
        List<Bid> rotated = new ArrayList<>(all);
        java.util.Collections.rotate(rotated, rotation);

        assertThat(Award.decide(AuctionFormat.SECOND_PRICE, 0, rotated, Map.of(), null))
                .isEqualTo(Award.decide(AuctionFormat.SECOND_PRICE, 0, all, Map.of(), null));
    }
}
