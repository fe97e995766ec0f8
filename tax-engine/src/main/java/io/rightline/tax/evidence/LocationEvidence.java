package io.rightline.tax.evidence;

import java.util.List;
import java.util.Objects;

/**
 * Everything known about where a consumer is, for one sale.
 *
 * <pre>{@code
 * LocationEvidence evidence = new LocationEvidence(SupplyChannel.INTERNET, List.of(
 *         Evidence.supplier(EvidenceType.BILLING_ADDRESS, "FR"),
 *         Evidence.thirdParty(EvidenceType.BANK_DETAILS, "FR")), false);
 * }</pre>
 *
 * @param channel how the service was delivered
 * @param items the evidence, in the order collected
 * @param simplifiedRuleEligible whether the platform's cross-border supplies of these services
 *     stayed under EUR 100 000 in the current and the preceding calendar year (Art. 24b second
 *     paragraph), so one third-party item suffices; see {@code io.rightline.tax.threshold}
 */
public record LocationEvidence(SupplyChannel channel, List<Evidence> items, boolean simplifiedRuleEligible) {
    /** Copies the list and rejects nulls. */
    public LocationEvidence {
        Objects.requireNonNull(channel, "channel");
        items = List.copyOf(items);
    }
}
