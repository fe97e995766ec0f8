package io.rightline.chaincode.auction;

import java.time.Instant;

/**
 * A sealed bid: the commitment, and after the reveal the amount and salt.
 *
 * @param auctionId the auction
 * @param bidderPartyId the distributor
 * @param commitment hex SHA-256 commitment
 * @param committedAt transaction timestamp of the commitment (first tie-break)
 * @param commitTxId transaction id of the commitment
 * @param amountMinor revealed amount, or {@code null}
 * @param currency revealed currency, or {@code null}
 * @param salt revealed salt, or {@code null}
 * @param revealedAt transaction timestamp of the reveal, or {@code null}
 */
public record Bid(
        String auctionId,
        String bidderPartyId,
        String commitment,
        Instant committedAt,
        String commitTxId,
        Long amountMinor,
        String currency,
        String salt,
        Instant revealedAt) {

    public boolean revealed() {
        return amountMinor != null;
    }
}
