package io.rightline.tax.threshold;

import io.rightline.tax.money.Money;
import java.time.LocalDate;

/**
 * How close the platform is to one threshold.
 *
 * @param regime the threshold
 * @param threshold the threshold amount
 * @param counted sales counted in the current window
 * @param precedingYear sales in the preceding calendar year (zero for rolling windows)
 * @param remaining how much more can be sold before the threshold is exceeded (zero once exceeded)
 * @param usedBasisPoints counted as basis points of the threshold, rounded down (10 000 = 100 %)
 * @param exceeded whether the threshold is exceeded (in the window, or in the preceding year)
 * @param windowStart first day of the window
 * @param asOf last day of the window
 */
public record ThresholdStatus(
        ThresholdRegime regime,
        Money threshold,
        Money counted,
        Money precedingYear,
        Money remaining,
        long usedBasisPoints,
        boolean exceeded,
        LocalDate windowStart,
        LocalDate asOf) {}
