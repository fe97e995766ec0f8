package io.rightline.chaincode.auction;

/** How the winner's price is set. */
public enum AuctionFormat {
    /** The winner pays its own bid. */
    FIRST_PRICE,
    /** Vickrey: the winner pays the highest losing revealed bid, or the reserve if that is higher or absent. */
    SECOND_PRICE
}
