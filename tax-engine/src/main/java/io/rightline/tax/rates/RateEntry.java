package io.rightline.tax.rates;

import io.rightline.tax.ProductClass;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of rate data: a tax of a jurisdiction for a product class over a period.
 *
 * @param jurisdiction where the tax applies
 * @param tax the name of the tax (VAT, GST, HST, QST, SALES_TAX, ...)
 * @param productClass what it applies to
 * @param rateType the legal kind of rate
 * @param ratePercent the rate in percent, exact
 * @param ratePpm the same rate in parts per million (19 % = 190 000)
 * @param validFrom first day the rate applies
 * @param validTo first day it no longer applies, or {@code null} when open-ended
 * @param source the official source (URL or citation)
 * @param lastReviewed when the row was last checked against the source
 * @param confidence how sure the maintainers are
 * @param origin data file and line, such as {@code eu.csv:17}
 */
public record RateEntry(
        Jurisdiction jurisdiction,
        String tax,
        ProductClass productClass,
        RateType rateType,
        BigDecimal ratePercent,
        long ratePpm,
        LocalDate validFrom,
        LocalDate validTo,
        String source,
        LocalDate lastReviewed,
        Confidence confidence,
        String origin) {

    /** Rejects nulls (except the open end). */
    public RateEntry {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(tax, "tax");
        Objects.requireNonNull(productClass, "productClass");
        Objects.requireNonNull(rateType, "rateType");
        Objects.requireNonNull(ratePercent, "ratePercent");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(lastReviewed, "lastReviewed");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(origin, "origin");
    }

    /** Whether the entry applies on the date. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }
}
