package io.rightline.chaincode.auction;

import io.rightline.chaincode.common.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The bid commitment: lower-case hex SHA-256 over the UTF-8 bytes of the canonical JSON
 * {@code {"amountMinor":N,"auctionId":"…","bidder":"…","currency":"EUR"}} immediately followed by
 * the UTF-8 bytes of the salt (hex text, at least 32 characters).
 *
 * <pre>{@code
 * String commitment = BidCommitment.of("auction-1", "dist-a", 150_000, "EUR", salt);
 * }</pre>
 */
public final class BidCommitment {

    private BidCommitment() {}

    /** The canonical JSON of the bid, the first part of the hashed bytes. */
    public static String canonicalBid(String auctionId, String bidder, long amountMinor, String currency) {
        return Json.write(
                Map.of("auctionId", auctionId, "bidder", bidder, "amountMinor", amountMinor, "currency", currency));
    }

    /** The commitment a distributor submits for the bid. */
    public static String of(String auctionId, String bidder, long amountMinor, String currency, String salt) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(canonicalBid(auctionId, bidder, amountMinor, currency).getBytes(StandardCharsets.UTF_8));
            digest.update(salt.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
