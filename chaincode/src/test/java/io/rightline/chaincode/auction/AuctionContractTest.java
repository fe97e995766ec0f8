package io.rightline.chaincode.auction;

import static org.assertj.core.api.Assertions.assertThat;

import io.rightline.chaincode.Fixture;
import io.rightline.chaincode.common.ErrorCode;
import io.rightline.network.identity.Identity;
import io.rightline.testsupport.chaincode.Auctions;
import io.rightline.testsupport.chaincode.Licences;
import java.time.Instant;
import org.json.JSONObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AuctionContractTest {

    static final Instant BIDDING_END = Instant.parse("2026-02-01T00:00:00Z");
    static final Instant REVEAL_END = Instant.parse("2026-02-08T00:00:00Z");
    static final String SALT_A = "a".repeat(32);
    static final String SALT_B = "b".repeat(32);
    static final String SALT_C = "c".repeat(32);

    private final Fixture f = new Fixture().withWork();

    private void open(Auctions auction) {
        f.submit(f.alice, ctx -> f.auctions.openAuction(ctx, auction.json()));
    }

    private void commit(Identity bidder, String partyId, long amount, String salt) {
        String commitment = BidCommitment.of("auction-1", partyId, amount, "EUR", salt);
        f.submit(bidder, ctx -> f.auctions.commitBid(ctx, "auction-1", commitment));
    }

    private void reveal(Identity bidder, long amount, String salt) {
        f.submit(bidder, ctx -> f.auctions.revealBid(ctx, Auctions.reveal("auction-1", amount, "EUR", salt)));
    }

    private JSONObject close() {
        return f.submit(f.alice, ctx -> f.auctions.closeAuction(ctx, "auction-1"));
    }

    @Nested
    class SecondPrice {

        @Test
        void winner_pays_the_highest_losing_revealed_bid_and_receives_the_licence() {
            open(Auctions.anAuction());
            commit(f.distA, "dist-a", 90_000, SALT_A);
            commit(f.distB, "dist-b", 70_000, SALT_B);
            commit(f.distC, "dist-c", 80_000, SALT_C);
            f.ledger.advanceTo(BIDDING_END);
            reveal(f.distA, 90_000, SALT_A);
            reveal(f.distB, 70_000, SALT_B);
            f.ledger.advanceTo(REVEAL_END);

            JSONObject auction = close();

            assertThat(auction.getString("status")).isEqualTo("AWARDED");
            assertThat(auction.getString("winnerPartyId")).isEqualTo("dist-a");
            assertThat(auction.getLong("priceMinor"))
                    .as("dist-c never revealed")
                    .isEqualTo(70_000);
            JSONObject licensed = f.evaluate(
                    f.distA, ctx -> f.licences.isLicensed(ctx, "work-1", "DE", "SVOD", "2026-04-01T00:00:00Z"));
            assertThat(licensed.getString("licenceId")).isEqualTo("auction:auction-1");
            assertThat(licensed.getString("licenseePartyId")).isEqualTo("dist-a");
            assertThat(f.lastEvent("AuctionClosed")
                            .getJSONObject("licence")
                            .getJSONObject("grant")
                            .getJSONObject("terms")
                            .getJSONObject("fixedFee")
                            .getLong("amountMinor"))
                    .isEqualTo(70_000);
        }

        @Test
        void single_revealed_bid_pays_the_reserve() {
            open(Auctions.anAuction());
            commit(f.distA, "dist-a", 90_000, SALT_A);
            f.ledger.advanceTo(BIDDING_END);
            reveal(f.distA, 90_000, SALT_A);
            f.ledger.advanceTo(REVEAL_END);

            assertThat(close().getLong("priceMinor")).isEqualTo(50_000);
        }

        @Test
        void ties_go_to_the_earlier_commitment_at_the_tied_price() {
            open(Auctions.anAuction());
            commit(f.distB, "dist-b", 60_000, SALT_B);
            f.ledger.advance(java.time.Duration.ofMinutes(1));
            commit(f.distA, "dist-a", 60_000, SALT_A);
            f.ledger.advanceTo(BIDDING_END);
            reveal(f.distA, 60_000, SALT_A);
            reveal(f.distB, 60_000, SALT_B);
            f.ledger.advanceTo(REVEAL_END);

            JSONObject auction = close();
            assertThat(auction.getString("winnerPartyId")).isEqualTo("dist-b");
            assertThat(auction.getLong("priceMinor")).isEqualTo(60_000);
        }

        @Test
        void ties_committed_at_the_same_instant_go_to_the_smaller_bidder_id() {
            open(Auctions.anAuction());
            commit(f.distB, "dist-b", 60_000, SALT_B);
            commit(f.distA, "dist-a", 60_000, SALT_A);
            f.ledger.advanceTo(BIDDING_END);
            reveal(f.distA, 60_000, SALT_A);
            reveal(f.distB, 60_000, SALT_B);
            f.ledger.advanceTo(REVEAL_END);

            assertThat(close().getString("winnerPartyId")).isEqualTo("dist-a");
        }
    }

    @Nested
    class FirstPrice {

        @Test
        void winner_pays_its_own_bid() {
            open(Auctions.anAuction().with("format", "FIRST_PRICE"));
            commit(f.distA, "dist-a", 90_000, SALT_A);
            commit(f.distB, "dist-b", 70_000, SALT_B);
            f.ledger.advanceTo(BIDDING_END);
            reveal(f.distA, 90_000, SALT_A);
            reveal(f.distB, 70_000, SALT_B);
            f.ledger.advanceTo(REVEAL_END);

            assertThat(close().getLong("priceMinor")).isEqualTo(90_000);
        }

        @Test
        void no_revealed_bid_closes_without_sale_and_without_licence() {
            open(Auctions.anAuction());
            commit(f.distA, "dist-a", 90_000, SALT_A);
            f.ledger.advanceTo(REVEAL_END);

            assertThat(close().getString("status")).isEqualTo("NO_SALE");
            assertThat(f.evaluateArray(f.alice, ctx -> f.licences.licencesOfWork(ctx, "work-1")))
                    .isEmpty();
        }
    }

    @Nested
    class Refusals {

        @Test
        void reveal_must_match_the_commitment() {
            open(Auctions.anAuction());
            commit(f.distA, "dist-a", 90_000, SALT_A);
            f.ledger.advanceTo(BIDDING_END);

            f.refused(
                    ErrorCode.BID_COMMITMENT_MISMATCH,
                    f.distA,
                    ctx -> f.auctions.revealBid(ctx, Auctions.reveal("auction-1", 90_001, "EUR", SALT_A)));
            f.refused(
                    ErrorCode.BID_COMMITMENT_MISMATCH,
                    f.distA,
                    ctx -> f.auctions.revealBid(ctx, Auctions.reveal("auction-1", 90_000, "EUR", SALT_B)));
            f.refused(
                    ErrorCode.BID_NOT_FOUND,
                    f.distB,
                    ctx -> f.auctions.revealBid(ctx, Auctions.reveal("auction-1", 90_000, "EUR", SALT_A)));
        }

        @Test
        void deadlines_are_enforced_by_transaction_time() {
            open(Auctions.anAuction());
            commit(f.distA, "dist-a", 90_000, SALT_A);
            f.refused(
                    ErrorCode.AUCTION_NOT_READY,
                    f.distA,
                    ctx -> f.auctions.revealBid(ctx, Auctions.reveal("auction-1", 90_000, "EUR", SALT_A)));
            f.refused(ErrorCode.AUCTION_NOT_READY, f.alice, ctx -> f.auctions.closeAuction(ctx, "auction-1"));
            f.ledger.advanceTo(BIDDING_END);
            String late = BidCommitment.of("auction-1", "dist-b", 1, "EUR", SALT_B);
            f.refused(ErrorCode.AUCTION_CLOSED, f.distB, ctx -> f.auctions.commitBid(ctx, "auction-1", late));
            f.ledger.advanceTo(REVEAL_END);
            f.refused(
                    ErrorCode.AUCTION_CLOSED,
                    f.distA,
                    ctx -> f.auctions.revealBid(ctx, Auctions.reveal("auction-1", 90_000, "EUR", SALT_A)));
        }

        @Test
        void bids_below_reserve_or_in_another_currency_are_refused_at_reveal() {
            open(Auctions.anAuction());
            commit(f.distA, "dist-a", 49_999, SALT_A);
            String usd = BidCommitment.of("auction-1", "dist-b", 90_000, "USD", SALT_B);
            f.submit(f.distB, ctx -> f.auctions.commitBid(ctx, "auction-1", usd));
            f.ledger.advanceTo(BIDDING_END);

            f.refused(
                    ErrorCode.BELOW_RESERVE,
                    f.distA,
                    ctx -> f.auctions.revealBid(ctx, Auctions.reveal("auction-1", 49_999, "EUR", SALT_A)));
            f.refused(
                    ErrorCode.CURRENCY_MISMATCH,
                    f.distB,
                    ctx -> f.auctions.revealBid(ctx, Auctions.reveal("auction-1", 90_000, "USD", SALT_B)));
        }

        @Test
        void a_second_different_commitment_is_refused_and_a_retry_is_idempotent() {
            open(Auctions.anAuction());
            commit(f.distA, "dist-a", 90_000, SALT_A);
            commit(f.distA, "dist-a", 90_000, SALT_A);
            String other = BidCommitment.of("auction-1", "dist-a", 95_000, "EUR", SALT_A);

            f.refused(ErrorCode.BID_ALREADY_COMMITTED, f.distA, ctx -> f.auctions.commitBid(ctx, "auction-1", other));
            assertThat(f.evaluateArray(f.alice, ctx -> f.auctions.bidsOfAuction(ctx, "auction-1")))
                    .hasSize(1);
        }

        @Test
        void only_owners_open_only_distributors_bid_and_only_seller_or_platform_close() {
            f.refused(
                    ErrorCode.NOT_OWNER,
                    f.bob,
                    ctx -> f.auctions.openAuction(ctx, Auctions.anAuction().json()));
            f.refused(
                    ErrorCode.ROLE_NOT_ALLOWED,
                    f.distA,
                    ctx -> f.auctions.openAuction(ctx, Auctions.anAuction().json()));
            open(Auctions.anAuction());
            String commitment = BidCommitment.of("auction-1", "alice", 1, "EUR", SALT_A);
            f.refused(ErrorCode.ROLE_NOT_ALLOWED, f.alice, ctx -> f.auctions.commitBid(ctx, "auction-1", commitment));
            f.ledger.advanceTo(REVEAL_END);
            f.refused(ErrorCode.NOT_OWNER, f.bob, ctx -> f.auctions.closeAuction(ctx, "auction-1"));
            assertThat(f.submit(f.platform, ctx -> f.auctions.closeAuction(ctx, "auction-1"))
                            .getString("status"))
                    .isEqualTo("NO_SALE");
        }

        @Test
        void lot_conflicting_with_an_exclusive_licence_is_refused_at_opening_and_at_award() {
            f.submit(
                    f.alice,
                    ctx -> f.licences.grantLicence(
                            ctx,
                            Licences.aLicence("excl")
                                    .territories("DE")
                                    .exclusive(true)
                                    .json()));
            String message = f.refused(
                    ErrorCode.LICENCE_CONFLICT,
                    f.alice,
                    ctx -> f.auctions.openAuction(ctx, Auctions.anAuction().json()));
            assertThat(message).contains("excl");

            f.submit(f.alice, ctx -> f.licences.revokeLicence(ctx, "excl"));
            open(Auctions.anAuction());
            commit(f.distA, "dist-a", 90_000, SALT_A);
            f.submit(
                    f.alice,
                    ctx -> f.licences.grantLicence(
                            ctx, Licences.aLicence("later").territories("DE").json()));
            f.ledger.advanceTo(BIDDING_END);
            reveal(f.distA, 90_000, SALT_A);
            f.ledger.advanceTo(REVEAL_END);

            assertThat(f.refused(ErrorCode.LICENCE_CONFLICT, f.alice, ctx -> f.auctions.closeAuction(ctx, "auction-1")))
                    .contains("later");
        }

        @Test
        void invalid_lot_is_refused() {
            f.refused(
                    ErrorCode.INVALID_ARGUMENT,
                    f.alice,
                    ctx -> f.auctions.openAuction(
                            ctx,
                            Auctions.anAuction()
                                    .with("revealDeadline", "2026-01-15T00:00:00Z")
                                    .json()));
            f.refused(
                    ErrorCode.INVALID_TERRITORY,
                    f.alice,
                    ctx -> f.auctions.openAuction(
                            ctx,
                            Auctions.anAuction()
                                    .with(
                                            "territories",
                                            Licences.territorySet(java.util.List.of("EU"), java.util.List.of()))
                                    .json()));
            f.ledger.advanceTo(BIDDING_END);
            f.refused(
                    ErrorCode.INVALID_ARGUMENT,
                    f.alice,
                    ctx -> f.auctions.openAuction(ctx, Auctions.anAuction().json()));
        }
    }

    @Nested
    class LotCap {

        @Test
        void bidder_that_reached_the_cap_is_passed_over_for_the_next_ranked_bid() {
            for (String id : new String[] {"auction-1", "auction-2"}) {
                open(Auctions.anAuction(id)
                        .with(
                                "territories",
                                Licences.territorySet(
                                        java.util.List.of(id.endsWith("1") ? "DE" : "AT"), java.util.List.of()))
                        .with("saleId", "sale-1")
                        .with("maxLotsPerBidder", 1));
            }
            for (String id : new String[] {"auction-1", "auction-2"}) {
                String a = BidCommitment.of(id, "dist-a", 90_000, "EUR", SALT_A);
                String b = BidCommitment.of(id, "dist-b", 60_000, "EUR", SALT_B);
                f.submit(f.distA, ctx -> f.auctions.commitBid(ctx, id, a));
                f.submit(f.distB, ctx -> f.auctions.commitBid(ctx, id, b));
            }
            f.ledger.advanceTo(BIDDING_END);
            for (String id : new String[] {"auction-1", "auction-2"}) {
                f.submit(f.distA, ctx -> f.auctions.revealBid(ctx, Auctions.reveal(id, 90_000, "EUR", SALT_A)));
                f.submit(f.distB, ctx -> f.auctions.revealBid(ctx, Auctions.reveal(id, 60_000, "EUR", SALT_B)));
            }
            f.ledger.advanceTo(REVEAL_END);

            JSONObject first = f.submit(f.alice, ctx -> f.auctions.closeAuction(ctx, "auction-1"));
            JSONObject second = f.submit(f.alice, ctx -> f.auctions.closeAuction(ctx, "auction-2"));

            assertThat(first.getString("winnerPartyId")).isEqualTo("dist-a");
            assertThat(first.getLong("priceMinor")).isEqualTo(60_000);
            assertThat(second.getString("winnerPartyId")).isEqualTo("dist-b");
            assertThat(second.getLong("priceMinor"))
                    .as("capped dist-a does not set the price")
                    .isEqualTo(50_000);
        }
    }
}
