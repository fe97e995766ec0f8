package io.rightline.tax.rates;

import java.util.List;

/**
 * The taxes that apply to one sale: usually one, two in Quebec (GST and QST, each computed and
 * rounded on the net price).
 *
 * @param profile the jurisdiction's profile
 * @param components the rate entries, in data order
 */
public record AppliedRates(JurisdictionProfile profile, List<RateEntry> components) {
    /** Copies the list. */
    public AppliedRates {
        components = List.copyOf(components);
    }

    /** The sum of the component rates in ppm. */
    public long totalPpm() {
        long total = 0;
        for (RateEntry entry : components) {
            total += entry.ratePpm();
        }
        return total;
    }
}
