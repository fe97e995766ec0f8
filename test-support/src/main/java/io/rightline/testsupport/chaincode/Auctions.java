package io.rightline.testsupport.chaincode;

import java.util.List;
import java.util.Map;

/**
 * {@code auctions:openAuction} requests. Defaults: {@code auction-1} for {@code work-1}, DE, SVOD,
 * exclusive, window from 2026-03-01 open-ended, reserve 500.00 EUR, bidding until 2026-02-01,
 * reveals until 2026-02-08, second price.
 */
public final class Auctions extends RequestBuilder<Auctions> {

    private Auctions() {}

    public static Auctions anAuction() {
        return anAuction("auction-1");
    }

    public static Auctions anAuction(String auctionId) {
        return new Auctions()
                .with("auctionId", auctionId)
                .with("workId", "work-1")
                .with("territories", Licences.territorySet(List.of("DE"), List.of()))
                .with("window", Licences.windowOf("2026-03-01T00:00:00Z", null))
                .with("channel", "SVOD")
                .with("exclusive", true)
                .with("reserve", Map.of("amountMinor", 50_000, "currency", "EUR"))
                .with("biddingDeadline", "2026-02-01T00:00:00Z")
                .with("revealDeadline", "2026-02-08T00:00:00Z")
                .with("format", "SECOND_PRICE");
    }

    /** A reveal request. */
    public static String reveal(String auctionId, long amountMinor, String currency, String salt) {
        return new org.json.JSONObject(
                        Map.of("auctionId", auctionId, "amountMinor", amountMinor, "currency", currency, "salt", salt))
                .toString();
    }
}
