package io.rightline.chaincode.auction;

import io.rightline.chaincode.common.ErrorCode;
import io.rightline.chaincode.common.Ids;
import io.rightline.chaincode.common.Money;
import io.rightline.chaincode.common.Refusals;
import java.util.regex.Pattern;

/**
 * Arguments of {@code auctions:revealBid}.
 *
 * @param auctionId the auction
 * @param amountMinor the bid in minor units
 * @param currency the bid's currency
 * @param salt the salt used in the commitment: 32-128 lower-case hex characters
 */
public record RevealBidRequest(String auctionId, long amountMinor, String currency, String salt) {

    private static final Pattern SALT = Pattern.compile("[0-9a-f]{32,128}");

    public RevealBidRequest {
        Ids.require(auctionId, "auctionId");
        new Money(amountMinor, currency);
        if (salt == null || !SALT.matcher(salt).matches()) {
            throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, "salt must be 32-128 lower-case hex characters");
        }
    }
}
