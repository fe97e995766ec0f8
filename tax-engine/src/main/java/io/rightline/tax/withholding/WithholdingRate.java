package io.rightline.tax.withholding;

import io.rightline.tax.CountryCode;
import io.rightline.tax.rates.Confidence;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One row of withholding data.
 *
 * @param payer the payer jurisdiction
 * @param payeeResidence the treaty partner, or empty for the statutory default
 * @param type the royalty type
 * @param ratePercent the rate in percent
 * @param ratePpm the rate in parts per million
 * @param validFrom first day in force
 * @param validTo first day no longer in force, or {@code null}
 * @param source the statute or treaty article
 * @param lastReviewed when the row was last checked
 * @param confidence how sure the maintainers are
 * @param origin file and line
 */
public record WithholdingRate(
        CountryCode payer,
        Optional<CountryCode> payeeResidence,
        RoyaltyType type,
        BigDecimal ratePercent,
        long ratePpm,
        LocalDate validFrom,
        LocalDate validTo,
        String source,
        LocalDate lastReviewed,
        Confidence confidence,
        String origin) {

    /** Whether this is a treaty rate rather than the statutory default. */
    public boolean isTreaty() {
        return payeeResidence.isPresent();
    }

    boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }
}
