package io.rightline.tax.threshold;

import io.rightline.tax.CountryCode;
import io.rightline.tax.TaxErrorCode;
import io.rightline.tax.TaxException;
import io.rightline.tax.money.Money;
import io.rightline.tax.rates.Jurisdiction;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reports, per regime, how close the platform is to each registration threshold given the sales so
 * far. Sales in another currency than the threshold's are refused ({@link
 * TaxErrorCode#CURRENCY_MISMATCH}); convert first.
 *
 * <pre>{@code
 * ThresholdMonitor monitor = new ThresholdMonitor(CountryCode.of("IE"));
 * ThresholdStatus eu = monitor.status(ThresholdRegime.EU_CROSS_BORDER_10K, sales, LocalDate.of(2026, 6, 30));
 * }</pre>
 */
public final class ThresholdMonitor {
    private final CountryCode establishment;

    /**
     * A monitor for a platform established in the given country (its own EU member state does not
     * count towards the EU thresholds).
     */
    public ThresholdMonitor(CountryCode establishment) {
        this.establishment = Objects.requireNonNull(establishment, "establishment");
    }

    /** The status of every regime; sales outside a regime's scope are ignored for it. */
    public List<ThresholdStatus> statusOfAll(List<ThresholdSale> sales, LocalDate asOf) {
        List<ThresholdStatus> statuses = new ArrayList<>();
        for (ThresholdRegime regime : ThresholdRegime.values()) {
            statuses.add(status(regime, sales, asOf));
        }
        return statuses;
    }

    /**
     * The status of one regime on a date.
     *
     * @throws TaxException {@link TaxErrorCode#CURRENCY_MISMATCH} for an in-scope sale in another
     *     currency
     */
    public ThresholdStatus status(ThresholdRegime regime, List<ThresholdSale> sales, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Money threshold = regime.threshold();
        LocalDate windowStart = regime.window() == ThresholdRegime.Window.ROLLING_12_MONTHS
                ? asOf.minusMonths(12).plusDays(1)
                : asOf.withDayOfYear(1);
        LocalDate precedingStart = asOf.withDayOfYear(1).minusYears(1);
        Money counted = Money.zero(threshold.currency());
        Money preceding = Money.zero(threshold.currency());
        for (ThresholdSale sale : sales) {
            if (!inScope(regime, sale.jurisdiction())) {
                continue;
            }
            sale.net().requireSameCurrency(threshold);
            if (!sale.date().isBefore(windowStart) && !sale.date().isAfter(asOf)) {
                counted = counted.plus(sale.net());
            } else if (regime.window() == ThresholdRegime.Window.CALENDAR_YEAR_OR_PRECEDING
                    && !sale.date().isBefore(precedingStart)
                    && sale.date().isBefore(windowStart)) {
                preceding = preceding.plus(sale.net());
            }
        }
        boolean exceeded =
                counted.amountMinor() > threshold.amountMinor() || preceding.amountMinor() > threshold.amountMinor();
        long remaining = exceeded ? 0 : threshold.amountMinor() - counted.amountMinor();
        return new ThresholdStatus(
                regime,
                threshold,
                counted,
                preceding,
                new Money(remaining, threshold.currency()),
                usedBasisPoints(counted.amountMinor(), threshold.amountMinor()),
                exceeded,
                windowStart,
                asOf);
    }

    private static long usedBasisPoints(long counted, long threshold) {
        if (threshold == 0) {
            return counted > 0 ? 10_000 : 0;
        }
        return BigInteger.valueOf(counted)
                .multiply(BigInteger.valueOf(10_000))
                .divide(BigInteger.valueOf(threshold))
                .longValue();
    }

    private boolean inScope(ThresholdRegime regime, Jurisdiction jurisdiction) {
        ThresholdRegime.Scope scope = regime.scope();
        if (scope.all()) {
            return true;
        }
        String country = jurisdiction.country().alpha2();
        if (scope.euOtherMemberStates()) {
            return ThresholdRegime.Scope.EU.contains(country)
                    && !jurisdiction.country().equals(establishment);
        }
        return scope.jurisdictions().contains(jurisdiction.code())
                || scope.jurisdictions().contains(country);
    }
}
