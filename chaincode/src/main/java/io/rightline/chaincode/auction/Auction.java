package io.rightline.chaincode.auction;

import java.time.Instant;

/**
 * An auction and, once closed, its outcome.
 *
 * @param lot the lot as opened
 * @param sellerPartyId the owner that opened it
 * @param openedAt transaction timestamp of opening
 * @param status OPEN, AWARDED or NO_SALE
 * @param winnerPartyId the winner, when awarded
 * @param priceMinor the price the winner pays, in the reserve's currency
 * @param licenceId the licence granted to the winner
 * @param closedAt transaction timestamp of closing
 */
public record Auction(
        OpenAuctionRequest lot,
        String sellerPartyId,
        Instant openedAt,
        Status status,
        String winnerPartyId,
        Long priceMinor,
        String licenceId,
        Instant closedAt) {

    /** Life cycle of an auction. */
    public enum Status {
        OPEN,
        AWARDED,
        NO_SALE
    }
}
