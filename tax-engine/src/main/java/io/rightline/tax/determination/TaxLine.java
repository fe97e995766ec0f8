package io.rightline.tax.determination;

import io.rightline.tax.rates.RateEntry;
import java.util.Objects;

/**
 * One tax component of a determination (Quebec has two: GST and QST).
 *
 * @param rate the rate entry applied, with its source
 * @param taxableMinor the net amount the rate applies to, in minor units
 * @param taxMinor the tax in minor units (zero when reverse-charged)
 */
public record TaxLine(RateEntry rate, long taxableMinor, long taxMinor) {
    /** Rejects nulls. */
    public TaxLine {
        Objects.requireNonNull(rate, "rate");
    }
}
