package io.rightline.chaincode.auction;

import io.rightline.chaincode.common.ErrorCode;
import io.rightline.chaincode.common.Ids;
import io.rightline.chaincode.common.Money;
import io.rightline.chaincode.common.Refusals;
import io.rightline.chaincode.common.TerritorySet;
import io.rightline.chaincode.common.Window;
import io.rightline.chaincode.licence.Channel;
import java.time.Instant;

/**
 * Arguments of {@code auctions:openAuction}: one lot of regional rights.
 *
 * @param auctionId client-chosen id (idempotency key)
 * @param workId the work
 * @param territories the lot's territories
 * @param window the licence window the winner receives
 * @param channel the channel
 * @param exclusive whether the awarded licence is exclusive
 * @param reserve reserve price (its currency is the auction's currency)
 * @param biddingDeadline commitments are accepted strictly before this instant
 * @param revealDeadline reveals are accepted from the bidding deadline until strictly before this instant
 * @param format first-price or second-price
 * @param saleId optional: auctions sharing a sale id form one sale for {@code maxLotsPerBidder}
 * @param maxLotsPerBidder optional cap of lots of the sale one bidder may win
 */
public record OpenAuctionRequest(
        String auctionId,
        String workId,
        TerritorySet territories,
        Window window,
        Channel channel,
        boolean exclusive,
        Money reserve,
        Instant biddingDeadline,
        Instant revealDeadline,
        AuctionFormat format,
        String saleId,
        Integer maxLotsPerBidder) {

    public OpenAuctionRequest {
        Ids.require(auctionId, "auctionId");
        if (auctionId.length() > 120) {
            // the awarded licence is "auction:" + auctionId and must stay a valid 128-character id
            throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, "auctionId must be at most 120 characters");
        }
        Ids.require(workId, "workId");
        if (territories == null) {
            throw Refusals.refuse(ErrorCode.INVALID_TERRITORY, "territories are required");
        }
        if (window == null) {
            throw Refusals.refuse(ErrorCode.INVALID_WINDOW, "window is required");
        }
        if (channel == null || reserve == null || format == null) {
            throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, "channel, reserve and format are required");
        }
        if (biddingDeadline == null || revealDeadline == null || !revealDeadline.isAfter(biddingDeadline)) {
            throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, "revealDeadline must come after biddingDeadline");
        }
        if (saleId != null) {
            Ids.require(saleId, "saleId");
        }
        if (maxLotsPerBidder != null && (saleId == null || maxLotsPerBidder < 1)) {
            throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, "maxLotsPerBidder needs a saleId and must be 1 or more");
        }
    }
}
