package io.rightline.tax.threshold;

import io.rightline.tax.money.Money;
import io.rightline.tax.rates.Jurisdiction;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One consumer sale as the threshold monitor counts it: net amount already converted to the
 * threshold's currency by the caller (the engine does no FX).
 *
 * @param date the date of supply
 * @param jurisdiction where the customer is
 * @param net the net amount, zero or more
 */
public record ThresholdSale(LocalDate date, Jurisdiction jurisdiction, Money net) {
    /** Rejects nulls and negative amounts. */
    public ThresholdSale {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        net.requireNonNegative();
    }
}
